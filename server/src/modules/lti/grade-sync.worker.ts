// Posts the scores in the outbox (lti_score_outbox) to the platforms' line items, in the
// background of every server: any number of servers share the work, each claiming due rows
// with a lease (FOR UPDATE SKIP LOCKED), so a score version is posted by one of them.
import type { Pool } from "../../core/database.js";
import { describeError } from "../../core/safe-log.js";
import { createAttemptLoaders } from "../attempts/attempts.loaders.js";
import { createLessonLoaders } from "../lessons/lessons.loaders.js";
import { scoresUrl } from "./ags-claims.js";
import { type Backoff, backoffMs, type ScoreBody, scoreState } from "./ags-score.js";
import * as outbox from "./grade-outbox.sql.js";
import { platformById } from "./platforms.service.js";
import { forgetServiceToken, SCOPES, serviceAccessToken } from "./service-token.js";

export const SCORE_CONTENT_TYPE = "application/vnd.ims.lis.v1.score+json";

export interface GradeSyncOptions {
  /** How often an idle server looks for due scores. */
  pollMs: number;
  /** Rows claimed at a time. */
  batch: number;
  /** Failures before a score is 'failed' (shown to the teacher, tried again only on "retry now" or a new change). */
  maxTries: number;
  backoff: Backoff;
  /** How long a claim holds before another server may take the row. */
  leaseSeconds: number;
  /** How long one post may take. */
  timeoutMs: number;
}

export const DEFAULT_GRADE_SYNC: GradeSyncOptions = {
  pollMs: 2_000,
  batch: 20,
  maxTries: 10,
  backoff: { baseMs: 10_000, capMs: 30 * 60_000 },
  leaseSeconds: 60,
  timeoutMs: 10_000,
};

const SCORE_SCOPES = [SCOPES.score];

/** The worker's options from the environment (LTI_GRADE_POLL_MS, LTI_GRADE_RETRY_MS, LTI_GRADE_RETRY_CAP_MS, LTI_GRADE_MAX_TRIES). */
export function gradeSyncOptionsFromEnv(env: NodeJS.ProcessEnv): GradeSyncOptions {
  const number = (name: string, fallback: number) => {
    const value = Number(env[name]);
    return env[name]?.trim() && Number.isInteger(value) && value > 0 ? value : fallback;
  };
  const d = DEFAULT_GRADE_SYNC;
  return {
    ...d,
    pollMs: number("LTI_GRADE_POLL_MS", d.pollMs),
    maxTries: number("LTI_GRADE_MAX_TRIES", d.maxTries),
    backoff: {
      baseMs: number("LTI_GRADE_RETRY_MS", d.backoff.baseMs),
      capMs: number("LTI_GRADE_RETRY_CAP_MS", d.backoff.capMs),
    },
  };
}

/** Posts one claimed score; throws with what went wrong. */
async function post(
  pool: Pool,
  row: outbox.ClaimedScore,
  body: ScoreBody,
  options: GradeSyncOptions,
  stopping: AbortSignal,
): Promise<void> {
  const platform = await platformById(pool, row.platformId);
  if (!platform) throw new Error("the platform is no longer registered");
  const token = await serviceAccessToken(pool, platform, SCORE_SCOPES);
  const response = await fetch(scoresUrl(row.lineitem), {
    method: "POST",
    headers: { "content-type": SCORE_CONTENT_TYPE, authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
    signal: AbortSignal.any([AbortSignal.timeout(options.timeoutMs), stopping]),
  });
  if (response.ok) return;
  if (response.status === 401) forgetServiceToken(platform, SCORE_SCOPES);
  const text = (await response.text().catch(() => "")).replace(/\s+/g, " ").slice(0, 200);
  throw new Error(`the platform answered ${response.status}${text ? `: ${text}` : ""}`);
}

/** Claims and posts one batch of due scores; returns how many rows it claimed. */
export async function drainOnce(
  pool: Pool,
  options: GradeSyncOptions = DEFAULT_GRADE_SYNC,
  stopping: AbortSignal = new AbortController().signal,
): Promise<number> {
  const rows = await outbox.claimDueScores(pool, options.batch, options.leaseSeconds);
  if (rows.length === 0) return 0;
  const attempts = createAttemptLoaders(pool);
  const lessons = createLessonLoaders(pool);
  await Promise.all(
    rows.map(async (row) => {
      try {
        const work = row.studentId
          ? ((await attempts.attemptsByAssignment.load(row.assignmentId)).find(
              (attempt) => attempt.studentId === row.studentId,
            ) ?? null)
          : null;
        const [items, responses] = work
          ? await Promise.all([
              lessons.itemsByLesson.load(work.lessonId),
              attempts.responsesByAttempt.load(work.id),
            ])
          : [[], []];
        const { score, resendAt } = scoreState(work, items, responses, row.claimedAt);
        const body = { ...score, userId: row.sub, timestamp: row.claimedAt.toISOString() };
        await post(pool, row, body, options, stopping);
        await outbox.markSent(pool, row, resendAt);
      } catch (error) {
        if (stopping.aborted) return outbox.releaseClaim(pool, row.id);
        const message = (error as Error).message;
        const wait = backoffMs(row.tries + 1, options.backoff);
        await outbox.markFailed(pool, row, message, wait, options.maxTries);
      }
    }),
  );
  return rows.length;
}

export interface GradeSync {
  /** Drains now (tests, "retry now"); resolves when this round ends. */
  poke(): Promise<void>;
  /** Stops polling; resolves when a post in flight has ended (or been given back). */
  stop(): Promise<void>;
}

const workers = new Set<GradeSync>();

/** Every worker of this process drains now (the teacher asked to retry). */
export function wakeGradeSync(): void {
  for (const worker of workers) void worker.poke();
}

/** Starts posting the outbox's scores every `pollMs` (at once again after a full batch). */
export function startGradeSync(
  pool: Pool,
  options: GradeSyncOptions = DEFAULT_GRADE_SYNC,
): GradeSync {
  const stopping = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  let current: Promise<void> = Promise.resolve();
  const round = async () => {
    let claimed = options.batch;
    while (claimed >= options.batch && !stopping.signal.aborted)
      claimed = await drainOnce(pool, options, stopping.signal);
  };
  const schedule = () => {
    if (stopping.signal.aborted) return;
    clearTimeout(timer);
    timer = setTimeout(() => void run(), options.pollMs);
    timer.unref();
  };
  const run = () => {
    clearTimeout(timer);
    current = current
      .then(round)
      .catch((error: Error) => {
        if (!stopping.signal.aborted) console.error(`grade sync: ${describeError(error)}`);
      })
      .finally(schedule);
    return current;
  };
  void run();
  const worker: GradeSync = {
    poke: () => run(),
    async stop() {
      workers.delete(worker);
      stopping.abort();
      clearTimeout(timer);
      await current;
    },
  };
  workers.add(worker);
  return worker;
}
