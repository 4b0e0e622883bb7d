import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { ApiError } from "../../../client/src/api/client.js";
import { Autosaver, type AutosaveState } from "../../../client/src/composables/useAutosave.js";
import {
  AutosaveQueue,
  type QueuedSave,
  queueKey,
} from "../../../client/src/composables/useAutosaveQueue.js";

/** localStorage's interface over a Map, to look at what is kept. */
class MemoryStore {
  readonly data = new Map<string, string>();
  getItem = (key: string) => this.data.get(key) ?? null;
  setItem = (key: string, value: string) => void this.data.set(key, value);
  removeItem = (key: string) => void this.data.delete(key);
}

/** A fake server: records what reaches it, keeps the highest revision per item, and can be "offline". */
function fakeServer() {
  const received: QueuedSave[] = [];
  const stored = new Map<string, QueuedSave>();
  const server = {
    offline: false,
    refuse: null as ApiError | null,
    received,
    stored,
    send: async (save: QueuedSave) => {
      await Promise.resolve();
      if (server.offline)
        throw new ApiError("You seem to be offline. Check your connection.", "NETWORK");
      if (server.refuse) throw server.refuse;
      received.push(save);
      const current = stored.get(save.itemId);
      if (!current || current.revision < save.revision) stored.set(save.itemId, save);
      return { revision: stored.get(save.itemId)!.revision };
    },
  };
  return server;
}

const settleAll = () => vi.advanceTimersByTimeAsync(0);

describe("AutosaveQueue", () => {
  it("keeps one save per item, the latest revision winning, in the browser under a key per attempt", () => {
    const store = new MemoryStore();
    const queue = new AutosaveQueue("A1", store);
    expect(queue.put({ itemId: "q1", answer: { text: "a" }, revision: 2 })).toBe(true);
    expect(queue.put({ itemId: "q1", answer: { text: "old" }, revision: 1 })).toBe(false);
    expect(queue.put({ itemId: "q2", answer: { choiceIds: ["c"] }, revision: 1 })).toBe(true);
    expect(queue.put({ itemId: "q1", answer: { text: "abc" }, revision: 3 })).toBe(true);
    expect(queue.pending()).toEqual([
      { itemId: "q2", answer: { choiceIds: ["c"] }, revision: 1 },
      { itemId: "q1", answer: { text: "abc" }, revision: 3 },
    ]);
    const kept = JSON.parse(store.getItem(queueKey("A1"))!);
    expect(kept).toEqual([
      { itemId: "q2", answer: { choiceIds: ["c"] }, revision: 1 },
      { itemId: "q1", answer: { text: "abc" }, revision: 3 },
    ]);
    expect(store.getItem(queueKey("A1"))).not.toMatch(/token/i);
    // A new page reads the same queue back.
    expect(new AutosaveQueue("A1", store).pending()).toHaveLength(2);
    expect(new AutosaveQueue("A2", store).pending()).toHaveLength(0);
  });

  it("forgets a save once the server holds that revision or a newer one, and clears the key when empty", () => {
    const store = new MemoryStore();
    const queue = new AutosaveQueue("A1", store);
    queue.put({ itemId: "q1", answer: { text: "a" }, revision: 4 });
    queue.settle("q1", 3);
    expect(queue.size).toBe(1);
    queue.settle("q1", 4);
    expect(queue.size).toBe(0);
    expect(store.getItem(queueKey("A1"))).toBeNull();
  });

  it("survives garbage in storage", () => {
    const store = new MemoryStore();
    store.setItem(queueKey("A1"), "{not json");
    expect(new AutosaveQueue("A1", store).size).toBe(0);
    store.setItem(
      queueKey("A1"),
      JSON.stringify([{ itemId: "q1" }, { itemId: "q2", answer: {}, revision: 1 }]),
    );
    expect(new AutosaveQueue("A1", store).pending()).toEqual([
      { itemId: "q2", answer: {}, revision: 1 },
    ]);
  });
});

describe("Autosaver", () => {
  let store: MemoryStore;
  let server: ReturnType<typeof fakeServer>;
  let states: AutosaveState[];
  const make = (storedRevisions = new Map<string, number>()) =>
    new Autosaver({
      attemptId: "A1",
      storedRevisions,
      send: server.send,
      store,
      onState: (state) => states.push(state),
      retryMs: 5000,
    });

  beforeEach(() => {
    vi.useFakeTimers();
    store = new MemoryStore();
    server = fakeServer();
    states = [];
  });
  afterEach(() => vi.useRealTimers());

  it("saves a choice at once with the item's next revision: Saving…, then Saved", async () => {
    const saver = make(new Map([["q1", 2]]));
    saver.change("q1", { choiceIds: ["b"] });
    await settleAll();
    expect(server.received).toEqual([{ itemId: "q1", answer: { choiceIds: ["b"] }, revision: 3 }]);
    expect(states).toEqual(["saving", "saved"]);
    expect(saver.queue.size).toBe(0);
  });

  it("saves typed text after 800 ms of quiet, once, with the latest text", async () => {
    const saver = make();
    saver.change("q3", { text: "1" }, true);
    await vi.advanceTimersByTimeAsync(500);
    saver.change("q3", { text: "12 Nov" }, true);
    await vi.advanceTimersByTimeAsync(799);
    expect(server.received).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(server.received).toEqual([{ itemId: "q3", answer: { text: "12 Nov" }, revision: 1 }]);
  });

  it("offline: keeps saves queued in the browser, latest per item, and replays them in revision order when back online", async () => {
    const saver = make();
    server.offline = true;
    saver.change("q1", { choiceIds: ["a"] }); // q1 r1
    await settleAll();
    expect(states.at(-1)).toBe("offline");
    saver.change("q2", { order: ["x", "y"] }); // q2 r1
    saver.change("q1", { choiceIds: ["b"] }); // q1 r2 replaces r1
    saver.change("q1", { choiceIds: ["c"] }); // q1 r3 replaces r2
    saver.change("q2", { order: ["y", "x"] }); // q2 r2
    await settleAll();
    expect(server.received).toEqual([]);
    expect(JSON.parse(store.getItem(queueKey("A1"))!)).toEqual([
      { itemId: "q1", answer: { choiceIds: ["c"] }, revision: 3 },
      { itemId: "q2", answer: { order: ["y", "x"] }, revision: 2 },
    ]);

    server.offline = false;
    await saver.flush(); // the window's "online" event calls this
    expect(server.received.map((s) => [s.itemId, s.revision])).toEqual([
      ["q2", 2],
      ["q1", 3],
    ]);
    expect(server.stored.get("q1")!.answer).toEqual({ choiceIds: ["c"] });
    expect(states.at(-1)).toBe("saved");
    expect(store.getItem(queueKey("A1"))).toBeNull();
  });

  it("retries on its own after a while when no online event comes", async () => {
    const saver = make();
    server.offline = true;
    saver.change("q1", { text: "x" });
    await settleAll();
    server.offline = false;
    await vi.advanceTimersByTimeAsync(4999);
    expect(server.received).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(server.received).toEqual([{ itemId: "q1", answer: { text: "x" }, revision: 1 }]);
  });

  it("resumes: restores answers the server never got and counts on from the highest revision", async () => {
    // Last visit: q1 r5 and q2 r2 queued offline; the server holds q1 r3 and q2 r2 (sent just before the tab closed).
    const earlier = new AutosaveQueue("A1", store);
    earlier.put({ itemId: "q1", answer: { text: "offline words" }, revision: 5 });
    earlier.put({ itemId: "q2", answer: { choiceIds: ["a"] }, revision: 2 });
    const saver = make(
      new Map([
        ["q1", 3],
        ["q2", 2],
        ["q3", 7],
      ]),
    );
    expect(saver.unsent()).toEqual([
      { itemId: "q1", answer: { text: "offline words" }, revision: 5 },
    ]);
    expect(saver.revision("q1")).toBe(5);
    expect(saver.revision("q2")).toBe(2);
    expect(saver.revision("q3")).toBe(7);
    await saver.flush();
    expect(server.received).toEqual([
      { itemId: "q1", answer: { text: "offline words" }, revision: 5 },
    ]);
    saver.change("q3", { text: "more" });
    saver.change("q1", { text: "newer" });
    await settleAll();
    expect(server.received.slice(1).map((s) => [s.itemId, s.revision])).toEqual([
      ["q3", 8],
      ["q1", 6],
    ]);
  });

  it("an answer still being typed is queued at once when the page is hidden", () => {
    const saver = make();
    server.offline = true;
    saver.change("q4", { text: "half a sent" }, true);
    saver.commitDrafts();
    expect(JSON.parse(store.getItem(queueKey("A1"))!)).toEqual([
      { itemId: "q4", answer: { text: "half a sent" }, revision: 1 },
    ]);
  });

  it("drops a save the server refuses (not a lost connection) and reports it", async () => {
    const refused: Array<[string, string]> = [];
    server.refuse = new ApiError(
      "This attempt has been submitted; it can no longer change.",
      "CONFLICT",
    );
    const saver = new Autosaver({
      attemptId: "A1",
      storedRevisions: new Map(),
      send: server.send,
      store,
      onRefused: (save, error) => refused.push([save.itemId, error.code]),
    });
    saver.change("q1", { text: "late" });
    await settleAll();
    expect(refused).toEqual([["q1", "CONFLICT"]]);
    expect(saver.queue.size).toBe(0);
  });

  it("keeps a save refused because the class is paused, says so, and sends it after the resume", async () => {
    const saver = make();
    server.refuse = new ApiError(
      "Your teacher has paused the class: eyes up.",
      "CONFLICT",
      undefined,
      undefined,
      "CLASS_PAUSED",
    );
    saver.change("q1", { choiceIds: ["a"] });
    await settleAll();
    expect(states.at(-1)).toBe("paused");
    expect(saver.queue.pending()).toEqual([
      { itemId: "q1", answer: { choiceIds: ["a"] }, revision: 1 },
    ]);
    server.refuse = null;
    await vi.advanceTimersByTimeAsync(5000);
    await settleAll();
    expect(server.stored.get("q1")?.revision).toBe(1);
    expect(saver.queue.size).toBe(0);
    expect(states.at(-1)).toBe("saved");
  });

  it("settle() sends what is typed and says whether the server has everything", async () => {
    const saver = make();
    saver.change("q1", { text: "typed" }, true);
    expect(await saver.settle()).toBe(true);
    expect(server.received).toHaveLength(1);
    server.offline = true;
    saver.change("q1", { text: "typed more" }, true);
    expect(await saver.settle()).toBe(false);
  });
});
