import { describe, expect, it } from "vitest";
import {
  applyEvent,
  eventOrder,
  type GridEvent,
  gridFromSnapshot,
  IDLE_MS,
  mergeSnapshot,
  mostMissed,
  whereabouts,
} from "../../../../client/src/lib/teacher/live-grid.js";
import { liveItems, liveRows } from "../../../../client/src/lib/teacher/live-rows.js";

const id = (n: number) =>
  btoa(`ActivityEvent:${n}`).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
const T0 = Date.parse("2026-12-05T10:00:00Z");
const at = (seconds: number) => new Date(T0 + seconds * 1000).toISOString();
const ev = (n: number, kind: GridEvent["kind"], more: Partial<GridEvent> = {}): GridEvent => ({
  id: id(n),
  kind,
  at: at(n),
  ...more,
});
const snapshot = (
  events: GridEvent[],
  more: Partial<Parameters<typeof gridFromSnapshot>[0]> = {},
) => ({
  paused: false,
  lastEventId: events.at(-1)?.id ?? null,
  students: [],
  cells: [],
  events,
  ...more,
});
const ITEMS = ["q1", "q2", "q3"];

describe("the live grid's model", () => {
  it("reads the order inside an event id, and puts anything else last", () => {
    expect(eventOrder(id(42))).toBe(42);
    expect(eventOrder(id(7))).toBeLessThan(eventOrder(id(10)));
    expect(eventOrder(null)).toBe(0);
    expect(eventOrder("not base64!")).toBe(Number.MAX_SAFE_INTEGER);
  });

  it("builds cells and whereabouts from the snapshot, then takes events after it", () => {
    const grid = gridFromSnapshot({
      paused: false,
      lastEventId: id(3),
      students: [
        ev(1, "STARTED", { studentId: "ann" }),
        ev(3, "SAVED", { studentId: "bo", itemId: "q1" }),
      ],
      cells: [ev(2, "SAVED", { studentId: "ann", itemId: "q1", correct: true })],
      events: [],
    });
    const rows = () =>
      liveRows(
        grid,
        [
          { studentId: "ann", name: "Ann" },
          { studentId: "bo", name: "Bo" },
          { studentId: "cy", name: "Cy" },
        ],
        liveItems(ITEMS.map((itemId) => ({ itemId, prompt: itemId }))),
        T0 + 10_000,
      );
    expect(rows().map((r) => [r.name, r.whereabouts, r.cells])).toEqual([
      ["Ann", "working", ["correct", null, null]],
      ["Bo", "working", ["saved", null, null]],
      ["Cy", "not-started", [null, null, null]],
    ]);
    expect(
      applyEvent(grid, ev(4, "CHECKED", { studentId: "bo", itemId: "q2", correct: false })),
    ).toBe(true);
    expect(applyEvent(grid, ev(5, "SUBMITTED", { studentId: "ann" }))).toBe(true);
    expect(rows().map((r) => [r.whereabouts, r.cells])).toEqual([
      ["submitted", ["correct", null, null]],
      ["working", ["saved", "wrong", null]],
      ["not-started", [null, null, null]],
    ]);
    expect(grid.lastEventId).toBe(id(5));
  });

  it("drops a repeated id, and an older event never overwrites a newer cell", () => {
    const grid = gridFromSnapshot(
      snapshot([ev(10, "CHECKED", { studentId: "ann", itemId: "q1", correct: true })]),
    );
    // The same event again (a replay after reconnecting): nothing changes.
    expect(
      applyEvent(grid, ev(10, "CHECKED", { studentId: "ann", itemId: "q1", correct: false })),
    ).toBe(false);
    // An older save replayed from the 30 s before `after`: taken as seen, but the cell stays.
    expect(applyEvent(grid, ev(9, "SAVED", { studentId: "ann", itemId: "q1" }))).toBe(true);
    expect(grid.cells.size).toBe(1);
    expect([...grid.cells.values()][0]!.state).toBe("correct");
    expect(grid.lastEventId).toBe(id(10));
    // A newer save (tries mode: a draft after the check) shows as saved, not checked.
    applyEvent(grid, ev(11, "SAVED", { studentId: "ann", itemId: "q1", correct: null }));
    expect([...grid.cells.values()][0]!.state).toBe("saved");
  });

  it("is the same grid after a reconnection re-reads the snapshot and replays events", () => {
    const events = [
      ev(1, "STARTED", { studentId: "ann" }),
      ev(2, "SAVED", { studentId: "ann", itemId: "q1", correct: false }),
      ev(3, "STARTED", { studentId: "bo" }),
      ev(4, "CHECKED", { studentId: "bo", itemId: "q1", correct: false }),
      ev(5, "SAVED", { studentId: "ann", itemId: "q2", correct: true }),
    ];
    const live = gridFromSnapshot(snapshot([]));
    for (const event of events) applyEvent(live, event);
    // Re-read: the snapshot's latest cells and whereabouts, and events replayed from before `after`.
    mergeSnapshot(live, {
      paused: false,
      lastEventId: id(5),
      students: [ev(5, "SAVED", { studentId: "ann", itemId: "q2" }), events[3]!],
      cells: [events[1]!, events[3]!, events[4]!],
      events: events.slice(2),
    });
    for (const event of events.slice(3)) applyEvent(live, event);
    const fresh = gridFromSnapshot(snapshot(events));
    expect(live.cells).toEqual(fresh.cells);
    expect(mostMissed(live, ITEMS)).toEqual(mostMissed(fresh, ITEMS));
  });

  it("tells idle after three minutes without a save, or when the server says so", () => {
    const grid = gridFromSnapshot(snapshot([ev(1, "SAVED", { studentId: "ann", itemId: "q1" })]));
    expect(whereabouts(grid, "ann", T0 + 60_000)).toBe("working");
    expect(whereabouts(grid, "ann", T0 + 1000 + IDLE_MS + 1)).toBe("idle");
    applyEvent(grid, ev(2, "IDLE", { studentId: "ann" }));
    expect(whereabouts(grid, "ann", T0 + 3000)).toBe("idle");
    applyEvent(grid, ev(3, "RETURNED", { studentId: "ann" }));
    expect(whereabouts(grid, "ann", T0 + 4000)).toBe("working");
  });

  it("lists the items most students have wrong now, most first, ties in lesson order", () => {
    const grid = gridFromSnapshot(
      snapshot([
        ev(1, "CHECKED", { studentId: "ann", itemId: "q3", correct: false }),
        ev(2, "CHECKED", { studentId: "bo", itemId: "q3", correct: false }),
        ev(3, "CHECKED", { studentId: "ann", itemId: "q2", correct: false }),
        ev(4, "CHECKED", { studentId: "cy", itemId: "q1", correct: false }),
        ev(5, "CHECKED", { studentId: "bo", itemId: "q2", correct: true }),
      ]),
    );
    expect(mostMissed(grid, ITEMS)).toEqual([
      { itemId: "q3", wrong: 2 },
      { itemId: "q1", wrong: 1 },
      { itemId: "q2", wrong: 1 },
    ]);
    // Bo puts q3 right: it drops to a tie with the others.
    applyEvent(grid, ev(6, "CHECKED", { studentId: "bo", itemId: "q3", correct: true }));
    expect(mostMissed(grid, ITEMS, 2)).toEqual([
      { itemId: "q1", wrong: 1 },
      { itemId: "q2", wrong: 1 },
    ]);
  });

  it("follows pause and resume by their order, a snapshot's state over older events", () => {
    const grid = gridFromSnapshot(snapshot([ev(1, "PAUSED")], { paused: true }));
    expect(grid.paused).toBe(true);
    applyEvent(grid, ev(2, "RESUMED"));
    expect(grid.paused).toBe(false);
    // A replayed older PAUSED does not pause again.
    applyEvent(grid, ev(1, "PAUSED"));
    expect(grid.paused).toBe(false);
    mergeSnapshot(grid, snapshot([], { paused: true, lastEventId: id(3) }));
    expect(grid.paused).toBe(true);
  });
});
