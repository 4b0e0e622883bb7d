// The live classroom's state, folded from ActivityEvents (the snapshot's, then the stream's).
// Pure: no I/O, no Vue.

export type ActivityKind =
  | "STARTED"
  | "SAVED"
  | "CHECKED"
  | "SUBMITTED"
  | "IDLE"
  | "RETURNED"
  | "PAUSED"
  | "RESUMED"
  | "SCORED"
  | "FEEDBACK_OPENED"
  | "DUE_MOVED";

export interface ActivityEvent {
  id: string;
  kind: ActivityKind;
  studentId: string | null;
  itemId: string | null;
  at: string;
  correct: boolean | null;
}

/** One student's one item: last touched when, and right or wrong once known. */
export interface Cell {
  /** The event it comes from: a late, older event never overwrites a newer one. */
  id: string;
  at: string;
  correct: boolean | null;
}

export type StudentState = "working" | "idle" | "submitted";

export interface ActivityState {
  /** Event ids already applied: the stream may repeat what the snapshot or a replay held. */
  seen: Set<string>;
  paused: boolean;
  /** The id to pass as `after` when subscribing again (the newest applied). */
  lastEventId: string | null;
  students: Map<string, StudentState>;
  /** `${studentId} ${itemId}` → cell. */
  cells: Map<string, Cell>;
}

export const emptyActivity = (): ActivityState => ({
  seen: new Set(),
  paused: false,
  lastEventId: null,
  students: new Map(),
  cells: new Map(),
});

export const cellKey = (studentId: string, itemId: string) => `${studentId} ${itemId}`;

// Event ids are opaque; their order is the order of the numbers inside ("ActivityEvent:<n>").
const order = (id: string): bigint => {
  try {
    const decoded = atob(id.replace(/-/g, "+").replace(/_/g, "/"));
    return BigInt(decoded.slice(decoded.indexOf(":") + 1));
  } catch {
    return 0n;
  }
};

const STUDENT_STATE: Partial<Record<ActivityKind, StudentState>> = {
  STARTED: "working",
  SAVED: "working",
  CHECKED: "working",
  RETURNED: "working",
  IDLE: "idle",
  SUBMITTED: "submitted",
};

/** Applies events in any order and any number of times; each id counts once. */
export function applyEvents(state: ActivityState, events: readonly ActivityEvent[]): ActivityState {
  const sorted = events
    .filter((e) => !state.seen.has(e.id))
    .sort((a, b) => (order(a.id) < order(b.id) ? -1 : 1));
  for (const event of sorted) {
    state.seen.add(event.id);
    if (state.lastEventId === null || order(event.id) > order(state.lastEventId))
      state.lastEventId = event.id;
    if (event.kind === "PAUSED") state.paused = true;
    if (event.kind === "RESUMED") state.paused = false;
    const student = event.studentId;
    if (!student) continue;
    const next = STUDENT_STATE[event.kind];
    if (next && state.students.get(student) !== "submitted") state.students.set(student, next);
    if (
      event.itemId &&
      (event.kind === "SAVED" || event.kind === "CHECKED" || event.kind === "SCORED")
    ) {
      const key = cellKey(student, event.itemId);
      // SAVED carries the stored verdict (none yet for a draft in tries mode), CHECKED and
      // SCORED the new one.
      const correct = event.correct;
      const before = state.cells.get(key);
      if (!before || order(event.id) > order(before.id))
        state.cells.set(key, { id: event.id, at: event.at, correct });
    }
  }
  return state;
}

/** The items most students have wrong right now, most first (ties: the item's id). */
export function mostMissedNow(
  state: ActivityState,
  limit = 5,
): Array<{ itemId: string; wrong: number; answered: number }> {
  const counts = new Map<string, { wrong: number; answered: number }>();
  for (const [key, cell] of state.cells) {
    const itemId = key.slice(key.indexOf(" ") + 1);
    const count = counts.get(itemId) ?? { wrong: 0, answered: 0 };
    if (cell.correct !== null) count.answered++;
    if (cell.correct === false) count.wrong++;
    counts.set(itemId, count);
  }
  return [...counts]
    .filter(([, c]) => c.wrong > 0)
    .map(([itemId, c]) => ({ itemId, ...c }))
    .sort((a, b) => b.wrong - a.wrong || a.itemId.localeCompare(b.itemId))
    .slice(0, limit);
}
