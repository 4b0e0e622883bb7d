// Pure: the versions of a teacher's set that an assignment's attempts span (an assignment moved
// to a new version keeps the attempts begun on the earlier one), for the results page's picker.

export interface LessonVersion {
  /** The version's lesson (`set-<stem>-v<n>`): what results take as `lessonSlug`. */
  slug: string;
  label: string;
  /** The version the assignment gives now. */
  current: boolean;
}

const NUMBER = /-v(\d+)$/;

/** "Version 2", from a version's lesson slug (the slug itself for any other lesson). */
export function versionLabel(slug: string): string {
  const number = NUMBER.exec(slug)?.[1];
  return number ? `Version ${number}` : slug;
}

/**
 * The lessons the attempts began on with the assignment's own, oldest version first; empty when
 * there is only one (nothing to choose).
 */
export function lessonVersions(
  currentSlug: string,
  attempts: ReadonlyArray<{ lesson: { slug: string } }>,
): LessonVersion[] {
  const slugs = [...new Set([currentSlug, ...attempts.map((a) => a.lesson.slug)])];
  if (slugs.length < 2) return [];
  const order = (slug: string) => Number(NUMBER.exec(slug)?.[1] ?? Number.MAX_SAFE_INTEGER);
  return slugs
    .sort((a, b) => order(a) - order(b) || a.localeCompare(b))
    .map((slug) => ({ slug, label: versionLabel(slug), current: slug === currentSlug }));
}

/** The results CSV of an assignment (of an earlier version's lesson, when given). */
export const resultsCsvUrl = (assignmentId: string, lessonSlug?: string | null): string =>
  `/api/assignments/${encodeURIComponent(assignmentId)}/results.csv${
    lessonSlug ? `?lesson=${encodeURIComponent(lessonSlug)}` : ""
  }`;
