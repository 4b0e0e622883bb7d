import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { effectScope, nextTick, ref } from "vue";
import type { ReaderDocument } from "../../../client/src/api/reader.js";
import { useReaderStages } from "../../../client/src/composables/useReaderStages.js";

let scope = effectScope();
beforeEach(() => {
  vi.useFakeTimers();
  scope = effectScope();
});
afterEach(() => {
  scope.stop();
  vi.useRealTimers();
});

const documentOf = (paragraphs: number) =>
  ({
    paragraphs: Array.from({ length: paragraphs }, (_, i) => ({ number: i + 1 })),
  }) as unknown as ReaderDocument;

describe("useReaderStages", () => {
  it("shows four paragraphs, two more per task, then each side list in a task of its own", async () => {
    const doc = ref<ReaderDocument | null>(null);
    const stages = scope.run(() => useReaderStages(doc))!;
    expect(stages.paragraphs.value).toHaveLength(0);
    doc.value = documentOf(9);
    await nextTick();
    const seen: Array<[number, number]> = [];
    do {
      seen.push([stages.paragraphs.value.length, stages.sideLists.value]);
      await vi.advanceTimersToNextTimerAsync();
    } while (vi.getTimerCount() > 0 || seen.at(-1)![1] < 3);
    expect(seen).toEqual([
      [4, 0],
      [6, 0],
      [8, 0],
      [9, 0],
      [9, 1],
      [9, 2],
      [9, 3],
    ]);
  });

  it("renders at once every paragraph up to the one a link or a search needs", async () => {
    const doc = ref<ReaderDocument | null>(documentOf(31));
    const stages = scope.run(() => useReaderStages(doc))!;
    stages.through(19);
    expect(stages.paragraphs.value.length).toBeGreaterThanOrEqual(19);
    expect(stages.sideLists.value).toBe(0);
  });
});
