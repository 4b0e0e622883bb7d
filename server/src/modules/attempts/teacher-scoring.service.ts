import { withTransaction } from "../../core/database.js";
import { badUserInput, forbidden } from "../../core/errors.js";
import { decodeId } from "../../core/ids.js";
import { attemptSubject } from "../classes/relations.js";
import type { AttemptRow } from "./attempts.sql.js";
import { requireTeacher } from "../users/users.policy.js";
import { canScoreResponse } from "./attempts.policy.js";
import { type AttemptsDeps, refuseArchivedWork } from "./attempts.service.js";
import * as sql from "./responses.sql.js";
import { recordScoreChanges } from "./score-audit.js";

const MAX_COMMENT = 5_000;

export interface ScoreInput {
  responseId: string;
  rubricScores: Array<{ criterionId: string; score: number }> | null | undefined;
  score: number | null | undefined;
  comment: string | null | undefined;
}

/**
 * A teacher judges a response of their class: an exercise by its rubric (one level per
 * criterion; its score is the evidence part plus the levels), anything else by points within
 * 0..max. Re-scoring replaces the previous judgement.
 */
export async function scoreResponse(
  deps: AttemptsDeps,
  input: ScoreInput,
): Promise<sql.ResponseRow> {
  const teacher = requireTeacher(deps.viewer);
  const key = decodeId("Response", input.responseId);
  const response = key ? await sql.selectResponseById(deps.db, key) : undefined;
  const attempt = response
    ? await deps.loaders.attempts.attemptById.load(response.attemptId)
    : null;
  if (
    !response ||
    !attempt ||
    !canScoreResponse(await deps.loaders.relations.load(attemptSubject(attempt)))
  ) {
    throw forbidden("You can score only the responses of your own classes.");
  }
  await refuseArchivedWork(deps, attempt);
  const comment = input.comment?.trim() || null;
  if (comment && [...comment].length > MAX_COMMENT)
    throw badUserInput(`A comment can be at most ${MAX_COMMENT} characters.`, "comment");

  if (response.itemKind === "EXERCISE") {
    if (input.score != null)
      throw badUserInput(
        "An exercise is scored by its rubric: give rubricScores, not score.",
        "score",
      );
    const rubricScores = await checkRubricScores(deps, response.itemId, input.rubricScores ?? []);
    const teacherScore =
      (response.evidenceScore ?? 0) + rubricScores.reduce((sum, r) => sum + r.score, 0);
    const titles = new Map(
      (await deps.loaders.exercises.criteriaByItem.load(response.itemId)).map((c) => [
        c.id,
        c.title,
      ]),
    );
    return scoreInTransaction(deps, attempt, response, titles, {
      teacherScore,
      rubricScores,
      comment,
      teacherId: teacher.id,
    });
  }
  if (input.rubricScores?.length)
    throw badUserInput("Only exercises have a rubric; give score instead.", "rubricScores");
  if (
    input.score == null ||
    !Number.isFinite(input.score) ||
    input.score < 0 ||
    input.score > response.maxScore
  ) {
    throw badUserInput(`Give a score from 0 to ${response.maxScore}.`, "score");
  }
  return scoreInTransaction(deps, attempt, response, new Map(), {
    teacherScore: input.score,
    rubricScores: null,
    comment,
    teacherId: teacher.id,
  });
}

/** The judgement and its audit entries, committed together. */
function scoreInTransaction(
  deps: AttemptsDeps,
  attempt: AttemptRow,
  before: sql.ResponseRow,
  criterionTitles: ReadonlyMap<string, string>,
  score: Parameters<typeof sql.updateTeacherScore>[2],
): Promise<sql.ResponseRow> {
  return withTransaction(deps.db, async (tx) => {
    const after = await sql.updateTeacherScore(tx, before.id, score);
    await recordScoreChanges(tx, {
      attempt,
      before,
      after,
      criterionTitles,
      actorId: score.teacherId,
    });
    return after;
  });
}

async function checkRubricScores(
  { loaders }: Pick<AttemptsDeps, "loaders">,
  itemId: string,
  given: ReadonlyArray<{ criterionId: string; score: number }>,
): Promise<Array<{ criterionId: string; score: number }>> {
  const criteria = await loaders.exercises.criteriaByItem.load(itemId);
  const byId = new Map(criteria.map((c) => [c.id, c]));
  const seen = new Set<string>();
  const scores = given.map((entry, index) => {
    const field = `rubricScores[${index}]`;
    const id = decodeId("RubricCriterion", entry.criterionId);
    const criterion = id ? byId.get(id) : undefined;
    if (!criterion)
      throw badUserInput(
        "That is not a criterion of this exercise's rubric.",
        `${field}.criterionId`,
      );
    if (seen.has(criterion.id))
      throw badUserInput("Each criterion is scored once.", `${field}.criterionId`);
    seen.add(criterion.id);
    if (!criterion.levels.some((level) => level.score === entry.score)) {
      throw badUserInput(
        `"${criterion.title}" has levels ${criterion.levels.map((l) => l.score).join(", ")}.`,
        `${field}.score`,
      );
    }
    return { criterionId: criterion.id, score: entry.score };
  });
  if (scores.length !== criteria.length)
    throw badUserInput(`Score every criterion of the rubric (${criteria.length}).`, "rubricScores");
  return scores;
}
