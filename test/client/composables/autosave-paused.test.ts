import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { ApiError } from "../../../client/src/api/client.js";
import { Autosaver } from "../../../client/src/composables/useAutosave.js";
import type { QueuedSave } from "../../../client/src/composables/useAutosaveQueue.js";

class MemoryStore {
  readonly data = new Map<string, string>();
  getItem = (key: string) => this.data.get(key) ?? null;
  setItem = (key: string, value: string) => void this.data.set(key, value);
  removeItem = (key: string) => void this.data.delete(key);
}

const PAUSED = () =>
  new ApiError(
    "Your teacher has paused the class: eyes up.",
    "CONFLICT",
    undefined,
    undefined,
    "CLASS_PAUSED",
  );

describe("an Autosaver while the class is paused", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("keeps a save refused with CLASS_PAUSED queued, quietly, and sends it on resume", async () => {
    let paused = true;
    const stored: QueuedSave[] = [];
    const states: string[] = [];
    let pausedCalls = 0;
    const refused: string[] = [];
    const store = new MemoryStore();
    const saver = new Autosaver({
      attemptId: "A1",
      storedRevisions: new Map(),
      store,
      retryMs: 60_000,
      send: async (save) => {
        await Promise.resolve();
        if (paused) throw PAUSED();
        stored.push(save);
        return { revision: save.revision };
      },
      onPaused: () => (pausedCalls += 1),
      onRefused: (save) => refused.push(save.itemId),
      onState: (state) => states.push(state),
    });
    saver.change("q1", { choiceIds: ["c2"] });
    await vi.advanceTimersByTimeAsync(0);
    expect(pausedCalls).toBe(1);
    expect(refused).toEqual([]);
    expect(saver.unsent()).toEqual([{ itemId: "q1", answer: { choiceIds: ["c2"] }, revision: 1 }]);
    expect(store.getItem("puzanov.autosave.A1")).toContain("c2");
    // Another answer while paused joins the queue; neither is lost, and no "Saving…" repeats.
    saver.change("q2", { text: "Because" });
    await vi.advanceTimersByTimeAsync(0);
    expect(saver.unsent()).toHaveLength(2);
    expect(states).toEqual(["saving", "paused", "paused"]);

    paused = false;
    await saver.resume();
    expect(stored.map((s) => s.itemId)).toEqual(["q1", "q2"]);
    expect(saver.unsent()).toEqual([]);
    expect(states.at(-1)).toBe("saved");
    saver.dispose();
  });
});
