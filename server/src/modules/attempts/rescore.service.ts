// Re-scoring a lesson's stored responses with the current keys (npm run rescore -- --lesson SLUG).
// Run inside one transaction; idempotent: a second run with the same keys changes nothing.
//
// Per response: without tries (maxTries null) the answer is scored afresh, as an autosave would.
// In tries mode a response is re-scored only where the stored answer is the one its last check
// scored (checkedRevision = revision), as that try again (the retry penalty kept); a draft never
// checked has no score to change. An exercise the teacher has judged keeps the teacher's rubric
// levels: its teacher score moves by the change in the evidence part. needs_review, locks and
// tries are never touched.
import { checkTry, KINDS, roundScore, scoreAnswer, type AnswerData } from "../../grading/index.js";
import type { Queryable } from "../../core/database.js";
import type { AttemptsDeps } from "./attempts.service.js";
import { gradingInput, type GradingInput } from "./grading-input.js";
import type { ResponseRow } from "./responses.sql.js";
import * as sql from "./rescore.sql.js";

export interface ItemRescore {
  itemId: string;
  /** The item's content id (a question) or slug (an exercise). */
  label: string;
  responses: number;
  /** Responses whose score (automatic, evidence or teacher's) changed. */
  changed: number;
  /** Responses whose feedback or shown key changed but not their score. */
  reworded: number;
}

export interface RescoreResult {
  items: ItemRescore[];
  /** Attempts with at least one response whose score changed (for a grade passback). */
  changedAttemptIds: string[];
}

/** The new scoring columns of a stored response, or null where there is nothing to re-score. */
export function rescoredColumns(
  row: ResponseRow,
  grading: Pick<GradingInput, "key" | "paragraphs">,
): sql.RescoredColumns | null {
  const answer = row.answer as AnswerData;
  const { key, paragraphs } = grading;
  let scored: Omit<sql.RescoredColumns, "teacherScore">;
  if (row.maxTries === null) {
    const result = scoreAnswer(key, answer, paragraphs);
    scored = {
      autoScore: result.score,
      maxScore: result.maxScore,
      correct: result.correct,
      message: result.message,
      expected: result.expected,
      evidenceScore: result.evidenceScore ?? null,
    };
  } else {
    if (row.triesUsed === 0 || row.checkedRevision !== row.revision) return null;
    const result = checkTry(key, answer, paragraphs, row.triesUsed, row.maxTries, row.locked);
    scored = {
      autoScore: result.autoScore,
      maxScore: KINDS[key.kind].score(key, answer, paragraphs).maxScore,
      correct: result.correct,
      message: result.message,
      expected: result.expected,
      evidenceScore: result.evidenceScore,
    };
  }
  let teacherScore = row.teacherScore;
  if (teacherScore !== null && row.rubricScores !== null && key.kind === "EXERCISE") {
    const delta = (scored.evidenceScore ?? 0) - (row.evidenceScore ?? 0);
    teacherScore = roundScore(Math.min(scored.maxScore, Math.max(0, teacherScore + delta)));
  }
  return { ...scored, teacherScore };
}

/** JSON with object keys sorted (jsonb does not keep key order). */
function canonical(value: unknown): string {
  return JSON.stringify(value ?? null, (_, v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
}

const scoreOf = (
  c: Pick<
    sql.RescoredColumns,
    "autoScore" | "evidenceScore" | "teacherScore" | "correct" | "maxScore"
  >,
) => canonical([c.autoScore, c.evidenceScore, c.teacherScore, c.correct, c.maxScore]);

/**
 * Re-scores every stored response to a lesson's items with the current keys, writing only what
 * changed. `deps.db` must be a transaction's client (the responses are locked FOR UPDATE).
 * Throws when there is no lesson with that slug.
 */
export async function rescoreLesson(
  deps: Pick<AttemptsDeps, "loaders" | "contentCache"> & { db: Queryable },
  lessonSlug: string,
): Promise<RescoreResult> {
  const lessonId = await sql.selectLessonIdBySlug(deps.db, lessonSlug);
  if (lessonId === null) throw new Error(`there is no lesson "${lessonSlug}"`);
  const items: ItemRescore[] = [];
  const changedAttempts = new Set<string>();
  for (const { itemId, label } of await sql.selectLessonItemsForRescore(deps.db, lessonId)) {
    const grading = await gradingInput(deps, itemId);
    if (!grading) continue;
    const rows = await sql.selectResponsesOfItemForUpdate(deps.db, itemId);
    const entry: ItemRescore = { itemId, label, responses: rows.length, changed: 0, reworded: 0 };
    for (const row of rows) {
      const next = rescoredColumns(row, grading);
      if (!next) continue;
      const scoreChanged = scoreOf(next) !== scoreOf(row);
      const textChanged =
        next.message !== row.message || canonical(next.expected) !== canonical(row.expected);
      if (!scoreChanged && !textChanged) continue;
      await sql.updateRescored(deps.db, row.id, next);
      if (scoreChanged) {
        entry.changed++;
        changedAttempts.add(row.attemptId);
      } else entry.reworded++;
    }
    items.push(entry);
  }
  return { items, changedAttemptIds: [...changedAttempts].sort((a, b) => Number(a) - Number(b)) };
}
