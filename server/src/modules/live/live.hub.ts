import type { Queryable } from "../../core/database.js";
import type { Listen } from "../../core/notifications.js";
import { type ActivityRow, selectEventsByIds } from "./live.sql.js";

/** The channel migration 0035's triggers notify with "<event id>:<assignment id>". */
export const ACTIVITY_EVENTS = "activity_events";

export interface Watcher {
  /** Newly committed events of the watched assignment, oldest first. */
  onEvents(rows: ActivityRow[]): void;
  /** Notifications may have been missed (the LISTEN connection was lost and is back): catch up. */
  onGap(): void;
}

/** One server's fan-out of the activity NOTIFYs to the subscriptions it serves. */
export interface LiveHub {
  /** Resolves once the LISTEN is in place (immediately after that). */
  ready(): Promise<void>;
  watch(assignmentId: string, watcher: Watcher): () => void;
  close(): Promise<void>;
}

/**
 * LISTENs once per server. A notification for an assignment nobody here watches costs nothing;
 * the others are read back by id in one query per turn of the event loop, in order, and handed
 * to the watchers of their assignment (who check their viewer's rights before sending).
 */
export function createLiveHub(db: Queryable, listen: Listen): LiveHub {
  const watchers = new Map<string, Set<Watcher>>();
  let pending: string[] = [];
  let flushing: Promise<void> = Promise.resolve();
  let scheduled = false;
  let listening = false;
  let lost = false;
  let resolveReady: () => void = () => {};
  const readyPromise = new Promise<void>((resolve) => (resolveReady = resolve));

  const flush = async () => {
    scheduled = false;
    const ids = pending;
    pending = [];
    if (ids.length === 0) return;
    let rows: ActivityRow[];
    try {
      rows = await selectEventsByIds(db, ids);
    } catch {
      // The database is unreachable for now: the watchers catch up from their last id.
      for (const set of watchers.values()) for (const watcher of set) watcher.onGap();
      return;
    }
    const byAssignment = new Map<string, ActivityRow[]>();
    for (const row of rows) {
      const list = byAssignment.get(row.assignmentId) ?? [];
      list.push(row);
      byAssignment.set(row.assignmentId, list);
    }
    for (const [assignmentId, list] of byAssignment)
      for (const watcher of watchers.get(assignmentId) ?? []) watcher.onEvents(list);
  };

  const unlisten = listen(ACTIVITY_EVENTS, {
    onNotify(payload) {
      const [eventId, assignmentId] = payload.split(":");
      if (!eventId || !assignmentId || !watchers.has(assignmentId)) return;
      pending.push(eventId);
      if (scheduled) return;
      scheduled = true;
      setImmediate(() => (flushing = flushing.then(flush)));
    },
    onListening() {
      listening = true;
      resolveReady();
      if (!lost) return;
      lost = false;
      for (const set of watchers.values()) for (const watcher of set) watcher.onGap();
    },
    onLost() {
      if (listening) lost = true;
      listening = false;
    },
  });

  return {
    ready: () => readyPromise,
    watch(assignmentId, watcher) {
      const set = watchers.get(assignmentId) ?? new Set();
      set.add(watcher);
      watchers.set(assignmentId, set);
      return () => {
        set.delete(watcher);
        if (set.size === 0 && watchers.get(assignmentId) === set) watchers.delete(assignmentId);
      };
    },
    async close() {
      watchers.clear();
      await unlisten();
    },
  };
}
