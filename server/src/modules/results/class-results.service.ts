import type { ContentCache } from "../../content/content-cache.js";
import { encodeId } from "../../core/ids.js";
import type { AssignmentLoaders, AssignmentRow } from "../assignments/assignments.loaders.js";
import type { AttemptLoaders, AttemptRow, ResponseRow } from "../attempts/attempts.loaders.js";
import { itemIdOf } from "../attempts/attempts.types.js";
import { responseScore } from "../attempts/response-score.js";
import type { ClassLoaders } from "../classes/classes.loaders.js";
import type { RelationLoader } from "../classes/relations.js";
import type { DocumentLoaders } from "../documents/documents.loaders.js";
import type { CriterionRow, ExerciseLoaders } from "../exercises/exercises.loaders.js";
import {
  type AttemptOutcomes,
  type ItemStatisticsResult,
  itemStatistics,
} from "../../grading/index.js";
import type { LessonItemRow, LessonLoaders } from "../lessons/lessons.loaders.js";
import type { QuestionLoaders } from "../questions/questions.loaders.js";
import type { ServiceDeps } from "../users/viewer.js";

export type ResultsDeps = ServiceDeps<{
  attempts: AttemptLoaders;
  assignments: AssignmentLoaders;
  classes: ClassLoaders;
  lessons: LessonLoaders;
  questions: QuestionLoaders;
  exercises: ExerciseLoaders;
  documents: DocumentLoaders;
  relations: RelationLoader;
}> & {
  /** The review of a lesson is public content, cached per content version. */
  contentCache: ContentCache;
};

export interface ClassResults {
  items: LessonItemRow[];
  prompts: Map<string, string>;
  attempts: AttemptRow[];
  responses: Map<string, ResponseRow[]>;
}

/**
 * The lesson whose results to show: the assignment's own, or (by slug) an earlier version of a
 * teacher's set that some of its attempts began on; null for any other lesson.
 */
export async function resultsLesson(
  { loaders }: Pick<ResultsDeps, "loaders">,
  assignment: AssignmentRow,
  lessonSlug: string | null | undefined,
): Promise<string | null> {
  if (!lessonSlug) return assignment.lessonId;
  const lesson = await loaders.lessons.lessonBySlug.load(lessonSlug);
  if (!lesson) return null;
  if (lesson.id === assignment.lessonId) return lesson.id;
  const attempts = await loaders.attempts.attemptsByAssignment.load(assignment.id);
  return attempts.some((attempt) => attempt.lessonId === lesson.id) ? lesson.id : null;
}

/**
 * Everything the teacher's results views need, in a fixed number of queries whatever the class
 * size, for one lesson of the assignment (its own by default): an assignment moved to a new
 * version of a teacher's set keeps the attempts begun on the earlier one apart.
 */
export async function loadClassResults(
  { loaders }: Pick<ResultsDeps, "loaders">,
  assignment: AssignmentRow,
  lessonId: string = assignment.lessonId,
): Promise<ClassResults> {
  const [items, everyAttempt] = await Promise.all([
    loaders.lessons.itemsByLesson.load(lessonId),
    loaders.attempts.attemptsByAssignment.load(assignment.id),
  ]);
  const attempts = everyAttempt.filter((attempt) => attempt.lessonId === lessonId);
  const [rows, responseLists] = await Promise.all([
    loaders.questions.itemById.loadMany(items.map((item) => item.itemId)),
    loaders.attempts.responsesByAttempt.loadMany(attempts.map((attempt) => attempt.id)),
  ]);
  const prompts = new Map(
    rows.flatMap((row) => (row && !(row instanceof Error) ? [[row.id, row.prompt] as const] : [])),
  );
  const responses = new Map(
    attempts.map((attempt, index) => [
      attempt.id,
      (responseLists[index] as ResponseRow[] | Error) instanceof Error
        ? []
        : (responseLists[index] as ResponseRow[]),
    ]),
  );
  return { items, prompts, attempts, responses };
}

/** One outcome per item of each attempt: its score as it counts, 0 for what a submitted attempt left out. */
export function outcomesOf(results: ClassResults): AttemptOutcomes[] {
  return results.attempts.map((attempt) => {
    const byItem = new Map((results.responses.get(attempt.id) ?? []).map((r) => [r.itemId, r]));
    const outcomes: AttemptOutcomes["outcomes"] = {};
    for (const item of results.items) {
      const response = byItem.get(item.itemId);
      if (response) {
        outcomes[item.itemId] = {
          answered: true,
          score: responseScore(response),
          criterionScores: response.rubricScores
            ? Object.fromEntries(response.rubricScores.map((r) => [r.criterionId, r.score]))
            : undefined,
          ...(response.triesUsed > 0 && {
            tries: response.triesUsed,
            firstTryRight: response.triesUsed === 1 && response.correct === true,
          }),
        };
      } else if (attempt.status === "SUBMITTED") {
        outcomes[item.itemId] = { answered: false, score: 0 };
      }
    }
    return { outcomes };
  });
}

export interface ItemStatisticsView extends Omit<ItemStatisticsResult, "itemId" | "criteria"> {
  itemId: string;
  prompt: string;
  criteria: Array<{ criterionId: string; title: string; scored: number; facility: number | null }>;
}

/** The rubric criteria of each exercise among the items, by item id. */
export async function criteriaOfExercises(
  deps: Pick<ResultsDeps, "loaders">,
  items: readonly LessonItemRow[],
): Promise<Map<string, CriterionRow[]>> {
  const exerciseIds = items.filter((item) => item.kind === "EXERCISE").map((item) => item.itemId);
  const criteriaLists = await deps.loaders.exercises.criteriaByItem.loadMany(exerciseIds);
  return new Map(
    exerciseIds.map((id, index) => [
      id,
      criteriaLists[index] instanceof Error ? [] : (criteriaLists[index] as CriterionRow[]),
    ]),
  );
}

/** The item statistics of an assignment, exactly one entry per item of its lesson. */
export async function assignmentStatistics(
  deps: Pick<ResultsDeps, "loaders">,
  assignment: AssignmentRow,
  lessonId: string = assignment.lessonId,
): Promise<ItemStatisticsView[]> {
  const results = await loadClassResults(deps, assignment, lessonId);
  const criteria = await criteriaOfExercises(deps, results.items);
  const stats = itemStatistics(
    results.items.map((item) => ({
      itemId: item.itemId,
      maxScore: item.points,
      criteria: criteria
        .get(item.itemId)
        ?.map((c) => ({ criterionId: c.id, maxScore: Math.max(...c.levels.map((l) => l.score)) })),
    })),
    outcomesOf(results),
  );
  return stats.map((stat, index) => {
    const item = results.items[index]!;
    const titles = new Map((criteria.get(item.itemId) ?? []).map((c) => [c.id, c.title]));
    return {
      ...stat,
      itemId: itemIdOf(item.itemId, item.kind),
      prompt: results.prompts.get(item.itemId) ?? "",
      criteria: stat.criteria.map((c) => ({
        ...c,
        criterionId: encodeId("RubricCriterion", c.criterionId),
        title: titles.get(c.criterionId) ?? "",
      })),
    };
  });
}
