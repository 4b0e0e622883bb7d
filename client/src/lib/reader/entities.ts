import type { MentionSpan } from "./segments.js";

/** A person or glossary term, as a popover and a side list show it. */
export interface ReaderEntity {
  kind: "person" | "term";
  id: string;
  /** The person's name, or the term. */
  title: string;
  /** The person's role at the time, or the term's definition. */
  subtitle: string;
  description?: string;
  /** People only: false where historians have not established who is meant. */
  identified?: boolean;
  paragraphNumbers: readonly number[];
}

interface Mention {
  paragraphNumber: number;
  start: number;
  end: number;
}

export interface EntitySources {
  people: ReadonlyArray<{
    id: string;
    name: string;
    role: string;
    description: string;
    identified: boolean;
    paragraphNumbers: readonly number[];
    mentions: readonly Mention[];
  }>;
  glossary: ReadonlyArray<{
    id: string;
    term: string;
    definition: string;
    paragraphNumbers: readonly number[];
    mentions: readonly Mention[];
  }>;
}

export function peopleOf(sources: EntitySources): ReaderEntity[] {
  return sources.people.map((person) => ({
    kind: "person",
    id: person.id,
    title: person.name,
    subtitle: person.role,
    description: person.description,
    identified: person.identified,
    paragraphNumbers: person.paragraphNumbers,
  }));
}

export function termsOf(sources: EntitySources): ReaderEntity[] {
  return sources.glossary.map((term) => ({
    kind: "term",
    id: term.id,
    title: term.term,
    subtitle: term.definition,
    paragraphNumbers: term.paragraphNumbers,
  }));
}

/** Every mention of a person or term, grouped by paragraph number; spans are offsets into Paragraph.text. */
export function mentionsByParagraph(
  sources: EntitySources,
): Map<number, MentionSpan<ReaderEntity>[]> {
  const byParagraph = new Map<number, MentionSpan<ReaderEntity>[]>();
  const add = (entity: ReaderEntity, mentions: readonly Mention[]) => {
    for (const { paragraphNumber, start, end } of mentions) {
      const list = byParagraph.get(paragraphNumber) ?? [];
      list.push({ key: `${entity.kind}-${entity.id}-${start}`, start, end, entity });
      byParagraph.set(paragraphNumber, list);
    }
  };
  peopleOf(sources).forEach((entity, i) => add(entity, sources.people[i].mentions));
  termsOf(sources).forEach((entity, i) => add(entity, sources.glossary[i].mentions));
  return byParagraph;
}

/** "¶9, ¶10" */
export const paragraphList = (numbers: readonly number[]) => numbers.map((n) => `¶${n}`).join(", ");
