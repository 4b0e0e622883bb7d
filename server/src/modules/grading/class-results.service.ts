import type { Context } from "../../app/context.js";
import { encodeId } from "../../core/ids.js";
import type { AssignmentRow } from "../assignments/assignments.sql.js";
import type { AttemptRow, LessonItemRow, ResponseRow } from "../attempts/attempts.sql.js";
import { itemIdOf } from "../attempts/attempts.types.js";
import { responseScore } from "../attempts/response-score.js";
import { itemStatistics } from "./statistics.js";
import type { AttemptOutcomes, ItemStatisticsResult } from "./statistics.types.js";

export interface ClassResults {
  items: LessonItemRow[];
  prompts: Map<string, string>;
  attempts: AttemptRow[];
  responses: Map<string, ResponseRow[]>;
}

/** Everything the teacher's results views need, in a fixed number of queries whatever the class size. */
export async function loadClassResults(context: Context, assignment: AssignmentRow): Promise<ClassResults> {
  const [items, attempts] = await Promise.all([
    context.loaders.attempts.itemsByLesson.load(assignment.lessonId),
    context.loaders.classes.attemptsByAssignment.load(assignment.id),
  ]);
  const [rows, responseLists] = await Promise.all([
    context.loaders.content.itemById.loadMany(items.map((item) => item.itemId)),
    context.loaders.attempts.responsesByAttempt.loadMany(attempts.map((attempt) => attempt.id)),
  ]);
  const prompts = new Map(rows.flatMap((row) => (row && !(row instanceof Error) ? [[row.id, row.prompt] as const] : [])));
  const responses = new Map(attempts.map((attempt, index) => [attempt.id, (responseLists[index] as ResponseRow[] | Error) instanceof Error ? [] : (responseLists[index] as ResponseRow[])]));
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
          criterionScores: response.rubricScores ? Object.fromEntries(response.rubricScores.map((r) => [r.criterionId, r.score])) : undefined,
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

/** The item statistics of an assignment, exactly one entry per item of its lesson. */
export async function assignmentStatistics(context: Context, assignment: AssignmentRow): Promise<ItemStatisticsView[]> {
  const results = await loadClassResults(context, assignment);
  const exerciseIds = results.items.filter((item) => item.kind === "EXERCISE").map((item) => item.itemId);
  const criteriaLists = await context.loaders.content.criteriaByItem.loadMany(exerciseIds);
  const criteria = new Map(exerciseIds.map((id, index) => [id, criteriaLists[index] instanceof Error ? [] : (criteriaLists[index] as Awaited<ReturnType<typeof context.loaders.content.criteriaByItem.load>>)]));
  const stats = itemStatistics(
    results.items.map((item) => ({
      itemId: item.itemId,
      maxScore: item.points,
      criteria: criteria.get(item.itemId)?.map((c) => ({ criterionId: c.id, maxScore: Math.max(...c.levels.map((l) => l.score)) })),
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
      criteria: stat.criteria.map((c) => ({ ...c, criterionId: encodeId("RubricCriterion", c.criterionId), title: titles.get(c.criterionId) ?? "" })),
    };
  });
}
