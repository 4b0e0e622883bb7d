import type { LiveHub } from "./live.hub.js";
import type { ActivityRow } from "./live.sql.js";

/** Events a subscriber may be behind before its stream ends (it reconnects with its last id). */
export const MAX_QUEUED = 1_000;
/** How often, at most, a subscription asks its policy again before sending. */
export const RECHECK_MS = 5_000;

export interface StreamOptions {
  hub: LiveHub;
  assignmentId: string;
  /** The events after the client's last id (and shortly before it), oldest first. */
  replay(afterId: string | null): Promise<ActivityRow[]>;
  afterId: string | null;
  /** Whether this subscriber is to get this event at all (a student: only their own). */
  wants(row: ActivityRow): boolean;
  /** Asks the viewer's session and the policy again; false ends the stream. */
  allowed(): Promise<boolean>;
}

/**
 * Replay, then live: the hub's watch is in place before the replay is read, so nothing commits
 * unseen in between; ids sent are remembered so the two never send one event twice. On a gap
 * (the LISTEN connection came back) it replays after the last id sent.
 */
export function activityStream(options: StreamOptions): AsyncIterableIterator<ActivityRow> {
  const queue: ActivityRow[] = [];
  const sent = new Set<string>();
  let lastId = options.afterId;
  let waiting: ((result: IteratorResult<ActivityRow>) => void) | undefined;
  let failWaiting: ((error: unknown) => void) | undefined;
  let failure: unknown;
  let done = false;
  let checkedAt = Date.now();
  let replaying = true;
  let buffered: ActivityRow[] = [];
  // Batches go out one after another, in order, even while one waits for its policy check.
  let delivering: Promise<void> = Promise.resolve();

  const finish = (error?: unknown) => {
    if (done) return;
    done = true;
    failure = error;
    unwatch();
    if (error !== undefined) failWaiting?.(error);
    else waiting?.({ value: undefined, done: true });
    waiting = failWaiting = undefined;
  };

  const offer = (rows: ActivityRow[]) => {
    for (const row of rows) {
      if (done || sent.has(row.id) || !options.wants(row)) continue;
      sent.add(row.id);
      if (lastId === null || BigInt(row.id) > BigInt(lastId)) lastId = row.id;
      if (waiting) {
        const resolve = waiting;
        waiting = failWaiting = undefined;
        resolve({ value: row, done: false });
      } else queue.push(row);
    }
    if (queue.length > MAX_QUEUED) finish(new Error("The stream fell too far behind: reconnect."));
    if (sent.size > 4 * MAX_QUEUED) {
      // Only ids near the last one can come again (a replay window): forget the oldest.
      const keep = [...sent].slice(-2 * MAX_QUEUED);
      sent.clear();
      for (const id of keep) sent.add(id);
    }
  };

  const deliver = async (rows: ActivityRow[]) => {
    if (Date.now() - checkedAt > RECHECK_MS) {
      checkedAt = Date.now();
      if (!(await options.allowed().catch(() => false))) return finish();
    }
    offer(rows);
  };

  const catchUp = async (afterId: string | null) => {
    replaying = true;
    try {
      offer(await options.replay(afterId));
      const held = buffered;
      buffered = [];
      replaying = false;
      offer(held);
    } catch (error) {
      finish(error);
    }
  };

  const unwatch = options.hub.watch(options.assignmentId, {
    onEvents(rows) {
      if (replaying) buffered.push(...rows);
      else delivering = delivering.then(() => deliver(rows));
    },
    onGap: () => void catchUp(lastId),
  });
  void options.hub.ready().then(() => catchUp(options.afterId));

  return {
    next() {
      const row = queue.shift();
      if (row) return Promise.resolve({ value: row, done: false });
      if (done)
        return failure !== undefined
          ? Promise.reject(failure)
          : Promise.resolve({ value: undefined, done: true });
      return new Promise((resolve, reject) => {
        waiting = resolve;
        failWaiting = reject;
      });
    },
    return() {
      finish();
      queue.length = 0;
      return Promise.resolve({ value: undefined, done: true });
    },
    throw(error) {
      finish();
      return Promise.reject(error);
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}
