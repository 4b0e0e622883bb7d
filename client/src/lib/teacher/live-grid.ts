import type { ActivityKind } from "../../api/generated/graphql.js";

/** What the grid needs of an ActivityEvent (the snapshot's and the stream's). */
export interface GridEvent {
  id: string;
  kind: ActivityKind;
  studentId?: string | null;
  itemId?: string | null;
  at: string;
  correct?: boolean | null;
}

export interface GridSnapshot {
  paused: boolean;
  lastEventId?: string | null;
  students: GridEvent[];
  cells: GridEvent[];
  events: GridEvent[];
}

/** A cell's state: the student's latest save, check or score of the item. */
export type CellState = "correct" | "wrong" | "saved";
export type Whereabouts = "not-started" | "working" | "idle" | "submitted";

interface Latest {
  kind: ActivityKind;
  at: string;
  order: number;
  state?: CellState;
}

/** The live state of an assignment, built from a snapshot and the events after it. */
export interface LiveGrid {
  paused: boolean;
  /** The order of the event (or snapshot) that set `paused`. */
  pausedOrder: number;
  /** The greatest event id seen: `after` for the next subscription or poll. */
  lastEventId: string | null;
  seen: Set<string>;
  /** By `cellKey(studentId, itemId)`. */
  cells: Map<string, Latest>;
  /** Each student's latest whereabouts event (STARTED, SAVED, CHECKED, IDLE, RETURNED, SUBMITTED). */
  students: Map<string, Latest>;
}

/** No save for this long: the student shows as idle. */
export const IDLE_MS = 3 * 60 * 1000;

const CELL_KINDS = new Set<ActivityKind>(["SAVED", "CHECKED", "SCORED"]);
const WHEREABOUTS_KINDS = new Set<ActivityKind>([
  "STARTED",
  "SAVED",
  "CHECKED",
  "IDLE",
  "RETURNED",
  "SUBMITTED",
]);

export const cellKey = (studentId: string, itemId: string) => `${studentId}\u0000${itemId}`;

/**
 * An event id's place in the order (ids only grow): the number inside the opaque id
 * (base64url of `ActivityEvent:<n>`). An id that is not of that form comes last.
 */
export function eventOrder(id: string | null | undefined): number {
  if (!id) return 0;
  try {
    const text = atob(id.replace(/-/g, "+").replace(/_/g, "/"));
    const key = Number(text.slice(text.indexOf(":") + 1));
    return Number.isFinite(key) ? key : Number.MAX_SAFE_INTEGER;
  } catch {
    return Number.MAX_SAFE_INTEGER;
  }
}

export function emptyGrid(): LiveGrid {
  return {
    paused: false,
    pausedOrder: -1,
    lastEventId: null,
    seen: new Set(),
    cells: new Map(),
    students: new Map(),
  };
}

const stateOf = (correct: boolean | null | undefined): CellState =>
  correct === true ? "correct" : correct === false ? "wrong" : "saved";

/** Takes one event into the grid; false when its id was seen before (a repeat is dropped). */
export function applyEvent(grid: LiveGrid, event: GridEvent): boolean {
  if (grid.seen.has(event.id)) return false;
  grid.seen.add(event.id);
  const order = eventOrder(event.id);
  if (order > eventOrder(grid.lastEventId)) grid.lastEventId = event.id;
  // A replayed event older than what the grid holds changes nothing.
  const newer = (latest: Latest | undefined) => !latest || latest.order < order;
  if ((event.kind === "PAUSED" || event.kind === "RESUMED") && order > grid.pausedOrder) {
    grid.paused = event.kind === "PAUSED";
    grid.pausedOrder = order;
  }
  if (!event.studentId) return true;
  if (CELL_KINDS.has(event.kind) && event.itemId) {
    const key = cellKey(event.studentId, event.itemId);
    if (newer(grid.cells.get(key)))
      grid.cells.set(key, { kind: event.kind, at: event.at, order, state: stateOf(event.correct) });
  }
  if (WHEREABOUTS_KINDS.has(event.kind) && newer(grid.students.get(event.studentId)))
    grid.students.set(event.studentId, { kind: event.kind, at: event.at, order });
  return true;
}

/**
 * Takes a snapshot into the grid (a fresh one, or the one it had: nothing seen is lost, nothing
 * older overwrites newer). Returns how many events were new.
 */
export function mergeSnapshot(grid: LiveGrid, snapshot: GridSnapshot): number {
  let fresh = 0;
  for (const event of [...snapshot.students, ...snapshot.cells, ...snapshot.events])
    if (applyEvent(grid, event)) fresh += 1;
  const order = eventOrder(snapshot.lastEventId);
  if (order >= grid.pausedOrder) {
    grid.paused = snapshot.paused;
    grid.pausedOrder = order;
  }
  if (order > eventOrder(grid.lastEventId)) grid.lastEventId = snapshot.lastEventId ?? null;
  return fresh;
}

export const gridFromSnapshot = (snapshot: GridSnapshot): LiveGrid => {
  const grid = emptyGrid();
  mergeSnapshot(grid, snapshot);
  return grid;
};

export function cellState(grid: LiveGrid, studentId: string, itemId: string): CellState | null {
  return grid.cells.get(cellKey(studentId, itemId))?.state ?? null;
}

/** Where a student is: submitted, idle (told so, or nothing for three minutes), working, or not started. */
export function whereabouts(grid: LiveGrid, studentId: string, now: number): Whereabouts {
  const latest = grid.students.get(studentId);
  if (!latest) return "not-started";
  if (latest.kind === "SUBMITTED") return "submitted";
  if (latest.kind === "IDLE") return "idle";
  return now - Date.parse(latest.at) > IDLE_MS ? "idle" : "working";
}

export interface MissedItem {
  itemId: string;
  wrong: number;
}

/** The items most students have wrong now (their latest answer), most first; ties in lesson order. */
export function mostMissed(grid: LiveGrid, itemIds: string[], limit = 3): MissedItem[] {
  const wrong = new Map<string, number>();
  for (const [key, cell] of grid.cells) {
    if (cell.state !== "wrong") continue;
    const itemId = key.slice(key.indexOf("\u0000") + 1);
    wrong.set(itemId, (wrong.get(itemId) ?? 0) + 1);
  }
  return itemIds
    .map((itemId) => ({ itemId, wrong: wrong.get(itemId) ?? 0 }))
    .filter((item) => item.wrong > 0)
    .sort((a, b) => b.wrong - a.wrong)
    .slice(0, limit);
}

/** Each state in words and a symbol: the grid never tells by colour alone. */
export const CELL_LABELS: Record<CellState | "none", { symbol: string; text: string }> = {
  correct: { symbol: "✓", text: "correct" },
  wrong: { symbol: "✗", text: "wrong" },
  saved: { symbol: "•", text: "saved, not checked" },
  none: { symbol: "", text: "not answered" },
};

export const WHEREABOUTS_LABELS: Record<Whereabouts, string> = {
  "not-started": "Not started",
  working: "Working",
  idle: "Idle over 3 min",
  submitted: "Submitted",
};
