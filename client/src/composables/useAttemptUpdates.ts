import { LiveAttemptUpdates } from "../api/live.js";
import { type LiveStream, openStream } from "../api/live-socket.js";
import type { ActivityKind } from "../api/generated/graphql.js";

export const ATTEMPT_POLL_MS = 4000;

/** What a student's player does with what changes. */
export interface AttemptUpdateHandlers {
  /** PAUSED or RESUMED. */
  paused(value: boolean): void;
  /** The teacher scored, feedback opened, the due date moved: read the attempt and assignment again. */
  changed(): Promise<void>;
  /** Reads the class's state (paused, due date, feedback) over HTTP: after a reconnection, and each poll. */
  check(): Promise<void>;
}

const CHANGES = new Set<ActivityKind>(["SCORED", "FEEDBACK_OPENED", "DUE_MOVED"]);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Follows a student's own attempt (myAttemptUpdates) while they work: the class paused or resumed,
 * feedback opened, a score, a new due date. Repeats are dropped by id; after a dropped socket it
 * checks the class over HTTP and subscribes again from the last id; where WebSockets are blocked it
 * polls. Returns stop().
 */
export function followAttempt(
  attemptId: string,
  handlers: AttemptUpdateHandlers,
  pollMs = ATTEMPT_POLL_MS,
): () => void {
  const seen = new Set<string>();
  let lastId: string | null = null;
  let stream: LiveStream | null = null;
  let stopped = false;
  let everLive = false;

  const take = (update: { id: string; kind: ActivityKind }) => {
    if (seen.has(update.id)) return;
    seen.add(update.id);
    lastId = update.id;
    if (update.kind === "PAUSED") handlers.paused(true);
    else if (update.kind === "RESUMED") handlers.paused(false);
    else if (CHANGES.has(update.kind)) void handlers.changed();
  };

  void (async () => {
    let failures = 0;
    while (!stopped) {
      stream = await openStream(
        LiveAttemptUpdates,
        { attemptId, after: lastId },
        (data) => take(data.myAttemptUpdates),
        () => {
          // Whatever happened while the socket was away: read the class's state once.
          if (everLive || failures > 0) void handlers.check().catch(() => undefined);
          everLive = true;
          failures = 0;
        },
      );
      const end = await stream.ended;
      stream = null;
      if (stopped || end === "stopped") return;
      if (!everLive || end === "refused") break;
      await sleep(Math.min(1000 * 2 ** failures++, 8000));
    }
    while (!stopped) {
      await sleep(pollMs);
      if (!stopped) await handlers.check().catch(() => undefined);
    }
  })();

  return () => {
    stopped = true;
    stream?.stop();
  };
}
