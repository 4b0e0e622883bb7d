/** The collection of sources: labels, the home page's order, citations by lesson. Pure: no Vue. */
import type { DocumentOrigin } from "../../api/generated/graphql.js";

export const ORIGIN_LABELS: Record<DocumentOrigin, string> = {
  SOVIET: "Soviet",
  CHINESE: "Chinese",
  NORTH_KOREAN: "North Korean",
};

interface Listed {
  slug: string;
  date: string;
  imported: boolean;
}

/**
 * The home page's order: the record first, then the sources that ship with it, then imported
 * documents; by date within each group (the API already lists them by date).
 */
export function collectionOrder<T extends Listed>(
  documents: readonly T[],
  recordSlug: string,
): { record: T | null; related: T[]; imported: T[] } {
  return {
    record: documents.find((d) => d.slug === recordSlug) ?? null,
    related: documents.filter((d) => d.slug !== recordSlug && !d.imported),
    imported: documents.filter((d) => d.slug !== recordSlug && d.imported),
  };
}

interface CitationLike {
  lessonSlug: string;
  lessonTitle: string;
  stepTitle: string;
  itemId?: string | null;
  prompt?: string | null;
  paragraphNumbers: readonly number[];
}

export interface LessonCitations<C> {
  lessonSlug: string;
  lessonTitle: string;
  citations: C[];
}

/** Citations grouped by lesson, in the order they come (course order). */
export function citationsByLesson<C extends CitationLike>(
  citations: readonly C[],
): Array<LessonCitations<C>> {
  const groups = new Map<string, LessonCitations<C>>();
  for (const citation of citations) {
    const group = groups.get(citation.lessonSlug) ?? {
      lessonSlug: citation.lessonSlug,
      lessonTitle: citation.lessonTitle,
      citations: [],
    };
    group.citations.push(citation);
    groups.set(citation.lessonSlug, group);
  }
  return [...groups.values()];
}

/** The record at the centre of the collection: the document the home page introduces. */
export const RECORD_SLUG = "puzanov-kim-il-sung-1957-11-13";
