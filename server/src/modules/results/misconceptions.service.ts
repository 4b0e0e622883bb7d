import { encodeId } from "../../core/ids.js";
import {
  type ItemKey,
  misconceptionsShown,
  type MisconceptionSighting,
  rankMisconceptions,
} from "../../grading/index.js";
import type { AssignmentRow } from "../assignments/assignments.loaders.js";
import type { AttemptRow, ResponseRow } from "../attempts/attempts.loaders.js";
import { itemIdOf } from "../attempts/attempts.types.js";
import { labelledName } from "../classes/classes.service.js";
import { CATALOGUE, type MisconceptionRow } from "../questions/questions.loaders.js";
import { loadClassResults, type ResultsDeps } from "./class-results.service.js";
import { type DistractorRow, selectDistractorsByItemIds } from "./misconceptions.sql.js";

export interface MisconceptionStudentView {
  /** The User id. */
  studentId: string;
  name: string;
}

export interface MisconceptionCountView {
  misconception: MisconceptionRow;
  students: MisconceptionStudentView[];
  items: Array<{
    /** The Question id. */
    itemId: string;
    /** 1-based, the item's number in the lesson (as in the results table: Q1, Q2, …). */
    number: number;
    prompt: string;
    students: MisconceptionStudentView[];
  }>;
}

/**
 * The answer that counts for the teacher's ranking: every answer of a submitted attempt, and in
 * an open attempt an answer the student checked (tries mode) and has not changed since. Drafts
 * do not count.
 */
export function countedAnswer(attempt: AttemptRow, response: ResponseRow): boolean {
  if (attempt.status === "SUBMITTED") return true;
  return response.triesUsed > 0 && response.checkedRevision === response.revision;
}

/** What the ranking and the trend share: the class's sightings and how to name what is in them. */
export interface ClassSightings {
  results: Awaited<ReturnType<typeof loadClassResults>>;
  itemIds: string[];
  sightings: Array<MisconceptionSighting & { savedAt: Date }>;
  catalogue: MisconceptionRow[];
  student(id: string): MisconceptionStudentView;
  item(itemId: string, studentIds: readonly string[]): MisconceptionCountView["items"][number];
}

const byName = (a: MisconceptionStudentView, b: MisconceptionStudentView) =>
  a.name.localeCompare(b.name);

/**
 * Every misconception shown by an answer that `counts`, one sighting per student, item and
 * misconception, with the time of the save that produced the answer; students on the roster only.
 * A fixed number of queries whatever the class size: the class results, one read of the
 * distractors, the keys of the short answers with tagged wrong answers, the catalogue and the roster.
 */
export async function classSightings(
  deps: Pick<ResultsDeps, "db" | "loaders">,
  assignment: AssignmentRow,
  counts: (attempt: AttemptRow, response: ResponseRow) => boolean,
  /** One lesson of the assignment (resultsLesson): its own by default, or an earlier version. */
  lessonId: string = assignment.lessonId,
): Promise<ClassSightings> {
  const results = await loadClassResults(deps, assignment, lessonId);
  const itemIds = results.items.map((item) => item.itemId);
  const [distractors, catalogue, roster] = await Promise.all([
    selectDistractorsByItemIds(deps.db, itemIds),
    deps.loaders.questions.misconceptions.load(CATALOGUE),
    deps.loaders.classes.studentsByClass.load(assignment.classId),
  ]);
  const byItem = new Map<string, DistractorRow[]>();
  for (const d of distractors) byItem.set(d.itemId, [...(byItem.get(d.itemId) ?? []), d]);
  const textItems = [...byItem.entries()]
    .filter(([, list]) => list.some((d) => d.answerText !== null))
    .map(([itemId]) => itemId);
  const keys = await deps.loaders.attempts.itemKeyById.loadMany(textItems);
  const accepted = new Map(
    textItems.map((itemId, i) => {
      const key = keys[i] as ItemKey | null | Error;
      return [
        itemId,
        key && !(key instanceof Error) && "acceptedAnswers" in key ? key.acceptedAnswers : [],
      ];
    }),
  );

  const onRoster = new Map(roster.map((s) => [s.id, s]));
  const sightings: ClassSightings["sightings"] = [];
  for (const attempt of results.attempts) {
    if (!onRoster.has(attempt.studentId)) continue;
    for (const response of results.responses.get(attempt.id) ?? []) {
      const tagged = byItem.get(response.itemId);
      if (!tagged || !counts(attempt, response)) continue;
      for (const misconception of misconceptionsShown(
        tagged,
        response.answer,
        accepted.get(response.itemId) ?? [],
      ))
        sightings.push({
          misconception,
          studentId: attempt.studentId,
          itemId: response.itemId,
          savedAt: response.savedAt,
        });
    }
  }

  const student = (id: string): MisconceptionStudentView => ({
    studentId: encodeId("User", id),
    name: labelledName(onRoster.get(id)!),
  });
  const item = (itemId: string, studentIds: readonly string[]) => {
    const index = itemIds.indexOf(itemId);
    const row = results.items[index]!;
    return {
      itemId: itemIdOf(row.itemId, row.kind),
      number: index + 1,
      prompt: results.prompts.get(row.itemId) ?? "",
      students: studentIds.map(student).sort(byName),
    };
  };
  return { results, itemIds, sightings, catalogue, student, item };
}

/**
 * The misconceptions a class showed on an assignment, most students first, each with the
 * students and the items behind it. The caller checks results.canSeeClassResults.
 */
export async function assignmentMisconceptions(
  deps: Pick<ResultsDeps, "db" | "loaders">,
  assignment: AssignmentRow,
  /** One lesson of the assignment (resultsLesson): its own by default, or an earlier version. */
  lessonId: string = assignment.lessonId,
): Promise<MisconceptionCountView[]> {
  const { itemIds, sightings, catalogue, student, item } = await classSightings(
    deps,
    assignment,
    countedAnswer,
    lessonId,
  );
  const entries = new Map(catalogue.map((m) => [m.id, m]));
  return rankMisconceptions(
    sightings,
    catalogue.map((m) => m.id),
    itemIds,
  ).flatMap((ranked) => {
    const misconception = entries.get(ranked.misconception);
    if (!misconception) return [];
    return [
      {
        misconception,
        students: ranked.studentIds.map(student).sort(byName),
        items: ranked.items.map((entry) => item(entry.itemId, entry.studentIds)),
      },
    ];
  });
}
