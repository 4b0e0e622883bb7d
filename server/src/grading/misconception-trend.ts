// Which misconceptions are rising in a class right now. Pure: no I/O.
//
// Each sighting is one student's current answer to one item showing a misconception, marked
// `recent` when the save that produced the answer falls in the window (the last few minutes).
// A student counts as recent for a misconception if any of their answers showing it is recent,
// as earlier only if none is. A misconception is rising when more students show it recently than
// showed it only before: most of its spread is happening now.
import { type MisconceptionSighting, rankMisconceptions } from "./misconceptions.js";

export interface TimedSighting extends MisconceptionSighting {
  /** The answer was saved within the window. */
  recent: boolean;
}

export interface RisingMisconception {
  misconception: string;
  /** Distinct students whose answers showing it were saved within the window. */
  recentStudentIds: string[];
  /** Distinct students who show it only in answers saved before the window. */
  earlierStudentIds: string[];
  /** The items of the recent answers, in lesson order, each with its recent students. */
  items: Array<{ itemId: string; studentIds: string[] }>;
}

/**
 * The rising misconceptions, most recent students first, then the largest lead of recent over
 * earlier students, then in `catalogueOrder`; items in `itemOrder`. Nothing rises without at least
 * one recent student.
 */
export function risingMisconceptions(
  sightings: readonly TimedSighting[],
  catalogueOrder: readonly string[],
  itemOrder: readonly string[],
): RisingMisconception[] {
  const everyone = new Map<string, Set<string>>();
  for (const s of sightings)
    everyone.set(s.misconception, (everyone.get(s.misconception) ?? new Set()).add(s.studentId));
  const recent = rankMisconceptions(
    sightings.filter((s) => s.recent),
    catalogueOrder,
    itemOrder,
  );
  return recent
    .map((r) => {
      const now = new Set(r.studentIds);
      return {
        misconception: r.misconception,
        recentStudentIds: r.studentIds,
        earlierStudentIds: [...everyone.get(r.misconception)!].filter((id) => !now.has(id)),
        items: r.items,
      };
    })
    .filter((r) => r.recentStudentIds.length > r.earlierStudentIds.length)
    .sort(
      (a, b) =>
        b.recentStudentIds.length - a.recentStudentIds.length ||
        b.recentStudentIds.length -
          b.earlierStudentIds.length -
          (a.recentStudentIds.length - a.earlierStudentIds.length),
    );
}
