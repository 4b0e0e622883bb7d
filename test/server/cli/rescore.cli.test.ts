import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createLoaders } from "../../../server/src/app/loaders.js";
import { createContentCache } from "../../../server/src/content/content-cache.js";
import { lockDataDir } from "../../../server/src/core/data-dir-lock.js";
import { type Queryable, withConnection } from "../../../server/src/core/database.js";
import { rescoreLesson } from "../../../server/src/modules/attempts/rescore.service.js";
import { createEmptyPostgresDatabase } from "../../support/databases.js";
import { runCli } from "../../support/cli.js";

/** Runs `npm run rescore -- args` as a user would. */
const rescoreCli = (args: string[], env: Record<string, string>) => runCli("rescore", args, env);

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "rescore-cli-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const LESSON = "context-1956-1957";

/** A student's submitted attempt at the lesson with two stored responses scored under older keys. */
async function seedStaleResponses(db: Queryable) {
  const one = async <T extends Record<string, unknown>>(text: string, values: unknown[] = []) =>
    (await db.query<T>(text, values)).rows[0]!;
  const { id: studentId } = await one<{ id: string }>(
    `INSERT INTO users (role, display_name, sign_in_code) VALUES ('STUDENT', 'Ana', 'code-ana') RETURNING id::text AS id`,
  );
  const { id: attemptId } = await one<{ id: string }>(
    `INSERT INTO attempts (student_id, lesson_id, feedback_timing, status, submitted_at)
     SELECT $1, id, 'ON_SUBMIT', 'SUBMITTED', now() FROM lessons WHERE slug = $2 RETURNING id::text AS id`,
    [studentId, LESSON],
  );
  const item = (key: string) =>
    one<{ id: string }>(`SELECT id::text AS id FROM items WHERE content_key = $1`, [key]);
  const question = await item("ctx-economic-weakness");
  const exercise = await item("peng-visit-interference");
  // Whole ¶15 and ¶16, scored 1.14 of 2 under the old rule.
  await db.query(
    `INSERT INTO responses (attempt_id, item_id, answer, revision, auto_score, max_score, correct, needs_review, message, expected)
     VALUES ($1, $2, $3::jsonb, 1, 1.14, 2, null, false, 'Old feedback.', null)`,
    [
      attemptId,
      question.id,
      JSON.stringify({ evidence: [{ paragraphNumber: 15 }, { paragraphNumber: 16 }] }),
    ],
  );
  // The "advice" position with the model passages every position needs and one of its own,
  // judged by a teacher (rubric 9 + evidence 1 = 10) when the evidence part scored 1 of 3.
  const { publicKey } = await one<{ publicKey: string }>(
    `SELECT public_key::text AS "publicKey" FROM item_options WHERE item_id = $1 AND role = 'CLAIM' AND content_key = 'advice'`,
    [exercise.id],
  );
  const { rows: passages } = await db.query<{
    paragraphNumber: number;
    start: number;
    end: number;
  }>(
    `SELECT paragraph_number AS "paragraphNumber", start_offset AS "start", end_offset AS "end"
       FROM item_targets WHERE item_id = $1 AND role = 'KEY' AND (claims IS NULL OR 'advice' = ANY(claims))
      ORDER BY position LIMIT 3`,
    [exercise.id],
  );
  expect(passages).toHaveLength(3);
  await db.query(
    `INSERT INTO responses (attempt_id, item_id, answer, revision, auto_score, max_score, correct, needs_review, message,
                            expected, evidence_score, rubric_scores, teacher_score)
     VALUES ($1, $2, $3::jsonb, 1, null, 15, null, false, 'Old feedback.', null, 1, '[]'::jsonb, 10)`,
    [attemptId, exercise.id, JSON.stringify({ claimId: publicKey, evidence: passages })],
  );
  return { attemptId, questionId: question.id, exerciseId: exercise.id };
}

describe("npm run rescore", () => {
  it("re-scores a lesson's stored answers with the current keys, reports what changed, and changes nothing the second time", async () => {
    const { url, drop } = await createEmptyPostgresDatabase();
    try {
      const empty = await rescoreCli(["--lesson", LESSON], { DATABASE_URL: url });
      expect(empty).toMatchObject({
        code: 0,
        stdout: expect.stringContaining(
          `rescored ${LESSON}: nothing changed (0 responses checked)`,
        ),
      });

      const seeded = await withConnection(url, seedStaleResponses);
      const first = await rescoreCli(["--lesson", LESSON], { DATABASE_URL: url });
      expect(first.code).toBe(0);
      expect(first.stdout).toContain("ctx-economic-weakness: 1 of 1 responses changed score");
      expect(first.stdout).toContain("peng-visit-interference: 1 of 1 responses changed score");
      expect(first.stdout).toContain(
        `rescored ${LESSON}: 2 responses changed score in 1 attempts (2 responses checked)`,
      );
      const rows = await withConnection(
        url,
        async (db) =>
          (
            await db.query<{
              itemId: string;
              autoScore: number | null;
              evidenceScore: number | null;
              teacherScore: number | null;
              message: string;
            }>(
              `SELECT item_id::text AS "itemId", auto_score AS "autoScore", evidence_score AS "evidenceScore",
                    teacher_score AS "teacherScore", message FROM responses ORDER BY id`,
            )
          ).rows,
      );
      // Whole paragraphs: 0.80 of 2 (see evidence-overlap.ts); the "advice" passages: full evidence,
      // and the teacher's score moves with it (9 for the rubric + 3).
      expect(rows[0]).toMatchObject({ itemId: seeded.questionId, autoScore: 0.8 });
      expect(rows[0]!.message).toContain("**Partly correct:** 0.8 of 2 points.");
      expect(rows[1]).toMatchObject({
        itemId: seeded.exerciseId,
        evidenceScore: 3,
        teacherScore: 12,
      });

      const second = await rescoreCli(["--lesson", LESSON], { DATABASE_URL: url });
      expect(second).toMatchObject({
        code: 0,
        stdout: expect.stringContaining(
          `rescored ${LESSON}: nothing changed (2 responses checked)`,
        ),
      });

      // In process: the attempts whose scores changed, for a grade passback.
      await withConnection(url, (db) =>
        db.query(`UPDATE responses SET auto_score = 2 WHERE item_id = $1`, [seeded.questionId]),
      );
      const result = await withConnection(url, (db) =>
        rescoreLesson(
          { db, loaders: createLoaders(db, null), contentCache: createContentCache(db) },
          LESSON,
        ),
      );
      expect(result.changedAttemptIds).toEqual([seeded.attemptId]);
      expect(result.items.find((i) => i.label === "ctx-economic-weakness")).toMatchObject({
        responses: 1,
        changed: 1,
      });
    } finally {
      await drop();
    }
  }, 180_000);

  it("names an unknown lesson, and refuses while a server holds the embedded database", async () => {
    const dataDir = path.join(tmp, "data");
    const unknown = await rescoreCli(["--lesson", "no-such-lesson"], { DATA_DIR: dataDir });
    expect(unknown).toMatchObject({
      code: 1,
      stderr: expect.stringContaining('rescore: there is no lesson "no-such-lesson"'),
    });
    expect(fs.existsSync(path.join(dataDir, "pglite.lock"))).toBe(false);

    const release = lockDataDir(dataDir);
    try {
      const refused = await rescoreCli(["--lesson", LESSON], { DATA_DIR: dataDir });
      expect(refused.code).toBe(1);
      expect(refused.stderr).toContain(
        `the embedded database in ${dataDir} is in use by process ${process.pid}`,
      );
    } finally {
      release();
    }
  }, 180_000);

  it("explains its usage without --lesson", async () => {
    const result = await rescoreCli([], {});
    expect(result).toMatchObject({
      code: 2,
      stderr: expect.stringContaining("usage: npm run rescore -- --lesson SLUG"),
    });
  });
});
