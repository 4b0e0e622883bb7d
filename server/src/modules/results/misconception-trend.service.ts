import { risingMisconceptions } from "../../grading/index.js";
import type { AssignmentRow } from "../assignments/assignments.loaders.js";
import type { AttemptRow, ResponseRow } from "../attempts/attempts.loaders.js";
import type { ResultsDeps } from "./class-results.service.js";
import {
  classSightings,
  countedAnswer,
  type MisconceptionCountView,
  type MisconceptionStudentView,
} from "./misconceptions.service.js";
import { selectMinutesAgo } from "./misconceptions.sql.js";

/** The window the teacher's page asks for, and the bounds of what anyone may ask. */
export const TREND_MINUTES = { default: 5, min: 1, max: 60 } as const;

export interface RisingMisconceptionView {
  misconception: MisconceptionCountView["misconception"];
  /** Students whose answers showing it were saved within the window, by name. */
  recentStudents: MisconceptionStudentView[];
  /** How many more show it only in answers saved before the window. */
  earlierStudentCount: number;
  /** The items of the recent answers, in lesson order, with their recent students. */
  items: MisconceptionCountView["items"];
  /** When the window began (the database's clock). */
  since: Date;
}

/**
 * The answer the trend reads: the student's current answer as the live grid shows it — every
 * answer scored at once as it is saved (no tries), a checked answer unchanged since, every answer
 * of a submitted attempt. A tries-mode draft not yet checked waits for its check.
 */
export function liveAnswer(attempt: AttemptRow, response: ResponseRow): boolean {
  return response.maxTries === null || countedAnswer(attempt, response);
}

/**
 * The misconceptions rising in a class now: for each, how many students' current answers show
 * it, saved in the last `minutes`, against how many show it only in answers saved before; those
 * with more recent than earlier students, most recent students first. The caller checks
 * results.canSeeClassResults. The ranking's fixed number of queries, and one for the clock.
 */
export async function assignmentMisconceptionTrend(
  deps: Pick<ResultsDeps, "db" | "loaders">,
  assignment: AssignmentRow,
  minutes: number,
): Promise<RisingMisconceptionView[]> {
  const [since, found] = await Promise.all([
    selectMinutesAgo(deps.db, minutes),
    classSightings(deps, assignment, liveAnswer),
  ]);
  const { itemIds, sightings, catalogue, student, item } = found;
  const entries = new Map(catalogue.map((m) => [m.id, m]));
  return risingMisconceptions(
    sightings.map((s) => ({ ...s, recent: s.savedAt.getTime() >= since.getTime() })),
    catalogue.map((m) => m.id),
    itemIds,
  ).flatMap((rising) => {
    const misconception = entries.get(rising.misconception);
    if (!misconception) return [];
    return [
      {
        misconception,
        recentStudents: rising.recentStudentIds
          .map(student)
          .sort((a, b) => a.name.localeCompare(b.name)),
        earlierStudentCount: rising.earlierStudentIds.length,
        items: rising.items.map((entry) => item(entry.itemId, entry.studentIds)),
        since,
      },
    ];
  });
}
