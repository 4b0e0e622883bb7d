// Words for the class's misconceptions on the results page. Pure: no Vue.

/** "3 of 24 students" (or "1 student" without a class size). */
export function studentsShowing(count: number, classSize: number): string {
  if (classSize > 0) return `${count} of ${classSize} student${classSize === 1 ? "" : "s"}`;
  return `${count} student${count === 1 ? "" : "s"}`;
}

/** Names as a sentence: "Ana", "Ana and Ben", "Ana, Ben and Cai". */
export function namesList(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? "";
  return `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
}

/** The CSV of an assignment's misconceptions (of an earlier version's lesson, when given). */
export const misconceptionsCsvUrl = (assignmentId: string, lessonSlug?: string | null): string =>
  `/api/assignments/${encodeURIComponent(assignmentId)}/misconceptions.csv${
    lessonSlug ? `?lesson=${encodeURIComponent(lessonSlug)}` : ""
  }`;

/** "2 students in the last 5 minutes (Ana and Ben), 1 before": how a rising misconception grew. */
export function risingCount(
  recent: readonly string[],
  earlierCount: number,
  minutes: number,
): string {
  const students = `${recent.length} student${recent.length === 1 ? "" : "s"}`;
  const before = earlierCount === 0 ? "none before" : `${earlierCount} before`;
  return `${students} in the last ${minutes} minutes (${namesList(recent)}), ${before}`;
}

/** What a rising misconception needs here: which it is, and who showed it lately. */
interface RisingEntry {
  misconception: { id: string; name: string };
  recentStudents: readonly unknown[];
}

/**
 * What the status region says when misconceptions start rising that were not before ("" when
 * none did): "Misconception rising: Speaker is the author, 2 students in the last 5 minutes".
 */
export function newlyRisingAnnouncement(
  before: readonly RisingEntry[],
  now: readonly RisingEntry[],
  minutes: number,
): string {
  const known = new Set(before.map((entry) => entry.misconception.id));
  const fresh = now.filter((entry) => !known.has(entry.misconception.id));
  if (fresh.length === 0) return "";
  const parts = fresh.map(({ misconception, recentStudents: { length } }) => {
    const students = `${length} student${length === 1 ? "" : "s"}`;
    return `${misconception.name}, ${students} in the last ${minutes} minutes`;
  });
  return `Misconception${fresh.length === 1 ? "" : "s"} rising: ${parts.join("; ")}`;
}
