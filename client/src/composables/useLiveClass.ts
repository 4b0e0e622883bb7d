import { getCurrentInstance, onBeforeUnmount, ref, shallowRef, triggerRef } from "vue";
import * as live from "../api/live.js";
import { type LiveStream, openStream } from "../api/live-socket.js";
import type { ActivityKind } from "../api/generated/graphql.js";
import {
  applyEvent,
  emptyGrid,
  eventOrder,
  type GridEvent,
  type LiveGrid,
  mergeSnapshot,
} from "../lib/teacher/live-grid.js";
import { ApiError } from "../api/client.js";
import { useStatus } from "./useStatus.js";

/**
 * connecting: reading the snapshot, opening the socket · live: events arrive as they happen ·
 * reconnecting: the socket dropped; the snapshot is read again before subscribing again ·
 * polling: no WebSocket here; the snapshot is read every few seconds.
 */
export type LiveMode = "connecting" | "live" | "reconnecting" | "polling";

export const POLL_MS = 4000;
export const BLOCKED_MESSAGE =
  "Live updates are blocked on this network; refreshing every few seconds.";

/** Events after which the rest of the results page (totals, misconceptions) is worth reading again. */
const CHANGES_RESULTS = new Set<ActivityKind>([
  "STARTED",
  "CHECKED",
  "SUBMITTED",
  "SCORED",
  "FEEDBACK_OPENED",
  "DUE_MOVED",
]);

const problemOf = (error: unknown) =>
  error instanceof ApiError ? error.message : "Something went wrong. Please try again.";
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const backoff = (failures: number) => Math.min(1000 * 2 ** failures, 8000) + Math.random() * 500;

export interface LiveClassOptions {
  /** An event that changes the results (a check, a submit, a score…) arrived. */
  onResultsChanged?: () => void;
  /** Any new event arrived (a save included), live or in a snapshot. */
  onEvents?: () => void;
  pollMs?: number;
}

/**
 * The teacher's live view of an assignment: reads the snapshot, then follows the events over a
 * WebSocket from its last id (repeats dropped by id). When the socket drops, it reads the
 * snapshot again and subscribes again; where WebSockets are blocked, it polls the snapshot.
 */
export function useLiveClass(assignmentId: () => string, options: LiveClassOptions = {}) {
  const status = useStatus();
  const grid = shallowRef<LiveGrid>(emptyGrid());
  const mode = ref<LiveMode>("connecting");
  /** WebSockets failed before the server ever answered: the page says it polls. */
  const blocked = ref(false);
  const problem = ref<string | null>(null);
  const now = ref(Date.now());
  /** The first snapshot is in: the grid shows (not a roster of "not started" before it). */
  const ready = ref(false);
  let stream: LiveStream | null = null;
  let stopped = false;
  let everLive = false;
  const clock = setInterval(() => (now.value = Date.now()), 10_000);

  function take(events: GridEvent[]) {
    let changed = false;
    let results = false;
    for (const event of events) {
      if (!applyEvent(grid.value, event)) continue;
      changed = true;
      results ||= CHANGES_RESULTS.has(event.kind);
    }
    if (!changed) return;
    now.value = Date.now();
    triggerRef(grid);
    options.onEvents?.();
    if (results) options.onResultsChanged?.();
  }

  async function readSnapshot(): Promise<void> {
    const snapshot = await live.fetchLiveSnapshot(assignmentId(), grid.value.lastEventId);
    const before = grid.value.paused;
    const fresh = mergeSnapshot(grid.value, snapshot);
    problem.value = null;
    ready.value = true;
    now.value = Date.now();
    if (fresh > 0 || before !== grid.value.paused) triggerRef(grid);
    if (fresh > 0) options.onEvents?.();
    if (fresh > 0 && snapshot.events.some((e) => CHANGES_RESULTS.has(e.kind)))
      options.onResultsChanged?.();
  }

  async function run(): Promise<void> {
    let failures = 0;
    while (!stopped) {
      try {
        await readSnapshot();
      } catch (error) {
        problem.value = problemOf(error);
        await sleep(backoff(failures++));
        continue;
      }
      if (stopped) return;
      stream = await openStream(
        live.LiveAssignmentActivity,
        { assignmentId: assignmentId(), after: grid.value.lastEventId },
        (data) => take([data.assignmentActivity]),
        () => {
          everLive = true;
          failures = 0;
          mode.value = "live";
        },
      );
      const end = await stream.ended;
      stream = null;
      if (stopped || end === "stopped") return;
      if (!everLive || end === "refused") {
        blocked.value = end === "blocked";
        mode.value = "polling";
        return poll();
      }
      mode.value = "reconnecting";
      await sleep(backoff(failures++));
    }
  }

  async function poll(): Promise<void> {
    while (!stopped) {
      await sleep(options.pollMs ?? POLL_MS);
      if (stopped) return;
      await readSnapshot().catch((error) => (problem.value = problemOf(error)));
    }
  }

  function stop() {
    stopped = true;
    clearInterval(clock);
    stream?.stop();
  }

  /** Sets `paused` at once after the teacher's own change (the event confirms it). */
  function markPaused(paused: boolean) {
    grid.value.paused = paused;
    grid.value.pausedOrder = eventOrder(grid.value.lastEventId);
    triggerRef(grid);
  }

  void run();
  if (getCurrentInstance()) onBeforeUnmount(stop);

  return {
    grid,
    ready,
    mode,
    blocked,
    problem,
    now,
    stop,
    async pause(classId: string) {
      await live.pauseClass(classId);
      markPaused(true);
    },
    async resume(classId: string) {
      await live.resumeClass(classId);
      markPaused(false);
      status.announce("Class resumed");
    },
    openFeedbackNow: () => live.openFeedbackNow(assignmentId()),
  };
}
