import { describe, expect, it } from "vitest";
import {
  type ActivityEvent,
  applyEvents,
  cellKey,
  emptyActivity,
  mostMissedNow,
} from "../../../../client/src/lib/live/activity.js";

const id = (n: number) => btoa(`ActivityEvent:${n}`).replace(/=+$/, "");
const event = (n: number, kind: ActivityEvent["kind"], more: Partial<ActivityEvent> = {}) => ({
  id: id(n),
  kind,
  studentId: "s1",
  itemId: null,
  at: `2026-12-05T10:00:${String(n).padStart(2, "0")}Z`,
  correct: null,
  ...more,
});

describe("the live classroom's state", () => {
  it("applies each event once, in id order, whatever order and however often it comes", () => {
    const events = [
      event(1, "STARTED"),
      event(2, "SAVED", { itemId: "q1", correct: false }),
      event(3, "SAVED", { itemId: "q1", correct: true }),
    ];
    const state = applyEvents(emptyActivity(), [events[2]!, events[0]!]);
    applyEvents(state, [events[1]!, events[2]!, events[0]!]);
    expect(state.seen.size).toBe(3);
    expect(state.lastEventId).toBe(id(3));
    // Event 2 came last but is older than 3: the cell keeps the newer verdict.
    expect(state.cells.get(cellKey("s1", "q1"))?.correct).toBe(true);
  });

  it("tracks each student working, idle, back and submitted, and the class paused", () => {
    const state = applyEvents(emptyActivity(), [
      event(1, "STARTED"),
      event(2, "IDLE"),
      event(3, "PAUSED", { studentId: null }),
    ]);
    expect(state.students.get("s1")).toBe("idle");
    expect(state.paused).toBe(true);
    applyEvents(state, [event(4, "RESUMED", { studentId: null }), event(5, "RETURNED")]);
    expect([state.paused, state.students.get("s1")]).toEqual([false, "working"]);
    applyEvents(state, [event(6, "SUBMITTED"), event(7, "IDLE")]);
    expect(state.students.get("s1")).toBe("submitted");
  });

  it("ranks the items most students have wrong now", () => {
    const state = applyEvents(emptyActivity(), [
      event(1, "SAVED", { itemId: "q1", correct: false }),
      event(2, "SAVED", { itemId: "q2", correct: false, studentId: "s2" }),
      event(3, "SAVED", { itemId: "q2", correct: false, studentId: "s3" }),
      event(4, "CHECKED", { itemId: "q1", correct: true }),
      event(5, "SAVED", { itemId: "q3", correct: null }),
    ]);
    expect(mostMissedNow(state)).toEqual([{ itemId: "q2", wrong: 2, answered: 2 }]);
  });
});
