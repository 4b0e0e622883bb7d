// What a printed worksheet says instead of controls. Pure: no Vue, no DOM.

/** A, B, C … for the n-th (0-based) choice or right-hand item. */
export const letter = (index: number): string => String.fromCharCode(65 + (index % 26));

/** Ruled lines for a written answer: about 70 characters a line, 2 to 8 lines; 4 when unlimited. */
export function answerLines(maxLength: number | null | undefined): number {
  if (!maxLength) return 4;
  return Math.min(8, Math.max(2, Math.ceil(maxLength / 70)));
}

/** [9, 10, 11, 15] → "¶9–11 and ¶15" */
export function paragraphRange(numbers: readonly number[]): string {
  const parts: string[] = [];
  const sorted = [...new Set(numbers)].sort((a, b) => a - b);
  for (let i = 0; i < sorted.length; i++) {
    const start = sorted[i]!;
    while (i + 1 < sorted.length && sorted[i + 1] === sorted[i]! + 1) i++;
    parts.push(sorted[i] === start ? `¶${start}` : `¶${start}–${sorted[i]}`);
  }
  if (parts.length <= 1) return parts.join("");
  return `${parts.slice(0, -1).join(", ")} and ${parts.at(-1)}`;
}

/**
 * An evidence question on paper: its own prompt, with "Select" made "Underline" and the
 * paragraphs named when the prompt does not name them. Nothing is added about the history.
 */
export function underlineInstruction(prompt: string, paragraphNumbers: readonly number[]): string {
  const where = paragraphRange(paragraphNumbers);
  const trimmed = prompt.trim();
  const select = /^(select|choose|highlight|mark|pick)\b/i;
  if (select.test(trimmed)) {
    const underlined = trimmed.replace(select, "Underline");
    if (underlined.includes("¶") || !where) return underlined;
    return `${underlined.replace(/[.:]$/, "")} (in ${where}).`;
  }
  return where ? `Underline the words in ${where} that answer: ${trimmed}` : trimmed;
}

/** "Underline 2 to 4 passages." / "Underline 1 passage." */
export function selectionCount(min: number, max: number): string {
  const noun = (n: number) => (n === 1 ? "passage" : "passages");
  if (min === max) return `Underline ${min} ${noun(min)}.`;
  return `Underline ${min} to ${max} ${noun(max)}.`;
}

/** Rows of an exercise's evidence table: what it asks for, and at least three. */
export const evidenceRows = (minEvidence: number): number => Math.max(3, minEvidence);

/** A paragraph as the worksheet prints it: the text as published and where its notes are. */
export interface WorksheetParagraph {
  number: number;
  text: string;
  notes: ReadonlyArray<{ id: string; kind: string; start: number; end: number }>;
}
