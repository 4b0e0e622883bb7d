import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { LiveEnd } from "../../../client/src/api/live-socket.js";

// The network edges are fakes: the snapshot query and the socket's streams.
const calls = vi.hoisted(() => ({
  snapshots: [] as Array<string | null>,
  streams: [] as Array<{
    after: string | null;
    next: (data: unknown) => void;
    live: () => void;
    end: (how: LiveEnd) => void;
  }>,
  respond: (_after: string | null): unknown => ({}),
}));
vi.mock("../../../client/src/api/live.js", () => ({
  LiveAssignmentActivity: "subscription",
  fetchLiveSnapshot: async (_id: string, after: string | null) => {
    calls.snapshots.push(after);
    return calls.respond(after);
  },
  pauseClass: async () => true,
  resumeClass: async () => false,
  openFeedbackNow: async () => ({}),
}));
vi.mock("../../../client/src/api/live-socket.js", () => ({
  openStream: async (
    _doc: unknown,
    variables: { after: string | null },
    next: (data: unknown) => void,
    live: () => void,
  ) => {
    let end: (how: LiveEnd) => void = () => {};
    const ended = new Promise<LiveEnd>((resolve) => (end = resolve));
    calls.streams.push({ after: variables.after, next, live, end });
    return { ended, stop: () => end("stopped") };
  },
}));

const { useLiveClass } = await import("../../../client/src/composables/useLiveClass.js");
const { cellState } = await import("../../../client/src/lib/teacher/live-grid.js");

const id = (n: number) =>
  btoa(`ActivityEvent:${n}`).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
const saved = (n: number, studentId: string, correct: boolean) => ({
  id: id(n),
  kind: "CHECKED" as const,
  studentId,
  attemptId: "a",
  itemId: "q1",
  at: new Date().toISOString(),
  correct,
});

describe("the teacher's live class", () => {
  beforeEach(() => {
    vi.useFakeTimers();
    calls.snapshots.length = 0;
    calls.streams.length = 0;
  });
  afterEach(() => vi.useRealTimers());

  it("subscribes after the snapshot, drops repeats, and after a drop reads the snapshot again and resubscribes from the last id", async () => {
    calls.respond = () => ({
      paused: false,
      lastEventId: id(1),
      students: [],
      cells: [saved(1, "ann", true)],
      events: [],
    });
    const live = useLiveClass(() => "A1");
    await vi.advanceTimersByTimeAsync(0);
    expect(calls.snapshots).toEqual([null]);
    expect(calls.streams.map((s) => s.after)).toEqual([id(1)]);
    calls.streams[0]!.live();
    expect(live.mode.value).toBe("live");

    calls.streams[0]!.next({ assignmentActivity: saved(2, "bo", false) });
    calls.streams[0]!.next({ assignmentActivity: saved(2, "bo", true) }); // the same id again
    expect(cellState(live.grid.value, "bo", "q1")).toBe("wrong");

    // The socket drops; Cy answered meanwhile: the snapshot read on reconnecting has it.
    calls.respond = (after) => ({
      paused: true,
      lastEventId: id(3),
      students: [],
      cells: [saved(1, "ann", true), saved(2, "bo", false), saved(3, "cy", false)],
      events: after === id(2) ? [saved(3, "cy", false)] : [],
    });
    calls.streams[0]!.end("dropped");
    await vi.advanceTimersByTimeAsync(0);
    expect(live.mode.value).toBe("reconnecting");
    await vi.advanceTimersByTimeAsync(2000);
    expect(calls.snapshots).toEqual([null, id(2)]);
    expect(calls.streams.map((s) => s.after)).toEqual([id(1), id(3)]);
    expect(cellState(live.grid.value, "cy", "q1")).toBe("wrong");
    expect(live.grid.value.paused).toBe(true);
    expect(live.blocked.value).toBe(false);
    live.stop();
  });

  it("polls the snapshot every few seconds when the first socket closes before the server accepts it", async () => {
    calls.respond = (after) => ({
      paused: false,
      lastEventId: after ?? id(1),
      students: [],
      cells: [],
      events: after ? [saved(5, "ann", false)] : [],
    });
    const live = useLiveClass(() => "A1", { pollMs: 4000 });
    await vi.advanceTimersByTimeAsync(0);
    calls.streams[0]!.end("blocked");
    await vi.advanceTimersByTimeAsync(0);
    expect(live.mode.value).toBe("polling");
    expect(live.blocked.value).toBe(true);
    expect(calls.snapshots).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(4000);
    expect(calls.snapshots).toHaveLength(2);
    expect(cellState(live.grid.value, "ann", "q1")).toBe("wrong");
    await vi.advanceTimersByTimeAsync(8000);
    expect(calls.snapshots).toHaveLength(4);
    expect(calls.streams).toHaveLength(1);
    live.stop();
    await vi.advanceTimersByTimeAsync(8000);
    expect(calls.snapshots).toHaveLength(4);
  });
});
