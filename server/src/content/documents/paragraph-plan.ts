// How a re-import maps stored paragraphs onto new ones. Pure: no I/O.

export interface StoredParagraph {
  id: string;
  number: number;
  text: string;
}

export interface ParagraphPlan {
  deleteIds: string[];
  updates: Array<{ id: string; number: number; text: string }>;
  inserts: Array<{ number: number; text: string }>;
  /** A stored paragraph's text now stands under another number, or the count changed. */
  renumbers: boolean;
  /** Nothing about the paragraphs changes. */
  unchanged: boolean;
}

/**
 * A paragraph keeps its id where its text is unchanged (wherever it now stands); an edited
 * paragraph keeps the id of the one at its number; the rest are deleted or inserted.
 */
export function planParagraphs(
  stored: readonly StoredParagraph[],
  texts: readonly string[],
): ParagraphPlan {
  const unmatched = new Map<string, StoredParagraph[]>();
  for (const paragraph of stored)
    unmatched.set(paragraph.text, [...(unmatched.get(paragraph.text) ?? []), paragraph]);

  const assigned: Array<StoredParagraph | undefined> = texts.map((text) => {
    const queue = unmatched.get(text);
    return queue && queue.length > 0 ? queue.shift() : undefined;
  });
  const leftover = new Map(
    [...unmatched.values()].flat().map((paragraph) => [paragraph.number, paragraph]),
  );
  texts.forEach((_, index) => {
    if (assigned[index]) return;
    const sameNumber = leftover.get(index + 1);
    if (sameNumber) {
      assigned[index] = sameNumber;
      leftover.delete(index + 1);
    }
  });

  const updates: ParagraphPlan["updates"] = [];
  const inserts: ParagraphPlan["inserts"] = [];
  let renumbers = stored.length !== texts.length;
  texts.forEach((text, index) => {
    const number = index + 1;
    const previous = assigned[index];
    if (!previous) {
      inserts.push({ number, text });
      return;
    }
    if (previous.text === text && previous.number !== number) renumbers = true;
    if (previous.text !== text || previous.number !== number)
      updates.push({ id: previous.id, number, text });
  });
  const deleteIds = [...leftover.values()].map((paragraph) => paragraph.id);
  return {
    deleteIds,
    updates,
    inserts,
    renumbers,
    unchanged: updates.length + inserts.length + deleteIds.length === 0,
  };
}
