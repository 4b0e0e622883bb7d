// Saturation: autosaves per second through the API (both servers) with a fixed number of saves
// in flight, against the same SQL statement the save performs sent straight through `pg` at the
// same concurrency over as many connections as the two servers' pools hold — the database's own
// limit on this machine. Every worker is its own student; revisions only rise.
import pg from "pg";
import { decodeId } from "../src/core/ids.js";
import { saveResponse } from "../src/modules/attempts/responses.sql.js";
import { type Item, lessonItems, save, type Student } from "./autosave.js";
import { startStudents, warmUp } from "./grade-autosave.js";

export interface SaturationResult {
  concurrency: number;
  api: number;
  direct: number;
  ratio: number;
  /** The servers' CPU milliseconds per API save, when `serverCpuMs` was given. */
  serverCpuPerSave?: number;
}

/** Runs `concurrency` workers of `step` for `seconds`; completed steps per second. */
async function rate(
  concurrency: number,
  seconds: number,
  step: (worker: number, n: number) => Promise<unknown>,
): Promise<number> {
  let done = 0;
  const started = performance.now();
  const end = started + seconds * 1000;
  await Promise.all(
    Array.from({ length: concurrency }, async (_, worker) => {
      for (let n = 0; performance.now() < end; n++) {
        await step(worker, n);
        done++;
      }
    }),
  );
  return done / ((performance.now() - started) / 1000);
}

function itemKey(item: Item): string {
  return decodeId(item.kind === "EXERCISE" ? "Exercise" : "Question", item.id)!;
}

export async function benchSaveSaturation(
  servers: readonly [string, string],
  databaseUrl: string,
  options: {
    concurrency: number;
    seconds: number;
    connections: number;
    /** The servers' CPU time so far, in ms (for the CPU each save costs them). */
    serverCpuMs?: () => number;
  },
): Promise<SaturationResult> {
  const { slug, items } = await lessonItems(servers[0]);
  await warmUp(servers, slug, items);
  const students = await startStudents(servers, slug, options.concurrency, "Saturation", 2);
  const apiSave = (worker: number, n: number) =>
    save(servers[worker % 2]!, students[worker]!, items[n % items.length]!, n + 1);
  await rate(options.concurrency, 1, apiSave);
  const cpuBefore = options.serverCpuMs?.() ?? 0;
  const api = await rate(options.concurrency, options.seconds, apiSave);
  const serverCpuPerSave = options.serverCpuMs
    ? (options.serverCpuMs() - cpuBefore) / (api * options.seconds)
    : undefined;

  const pool = new pg.Pool({ connectionString: databaseUrl, max: options.connections });
  try {
    const guards = await Promise.all(students.map((student) => guardOf(pool, student)));
    // Above every revision the API saves used, so each statement writes.
    const directSave = (base: number) => (worker: number, n: number) => {
      const item = items[n % items.length]!;
      return saveResponse(
        pool,
        {
          attemptId: guards[worker]!.attemptId,
          itemId: itemKey(item),
          answer: { text: `Draft ${n}` },
          revision: base + n,
          autoScore: null,
          maxScore: 1,
          correct: null,
          needsReview: false,
          message: "Saved.",
          expected: null,
          evidenceScore: null,
          maxTries: null,
        },
        { studentId: guards[worker]!.studentId, lessonIds: guards[worker]!.lessonIds },
      );
    };
    await rate(options.concurrency, 1, directSave(1_000_000));
    const direct = await rate(options.concurrency, options.seconds, directSave(2_000_000));
    return {
      concurrency: options.concurrency,
      api,
      direct,
      ratio: api / direct,
      serverCpuPerSave,
    };
  } finally {
    await pool.end();
  }
}

async function guardOf(pool: pg.Pool, student: Student) {
  const attemptId = decodeId("Attempt", student.attemptId)!;
  const { rows } = await pool.query<{ studentId: string; lessonId: string }>(
    `SELECT student_id::text AS "studentId", lesson_id::text AS "lessonId" FROM attempts WHERE id = $1`,
    [attemptId],
  );
  return { attemptId, studentId: rows[0]!.studentId, lessonIds: [rows[0]!.lessonId] };
}
