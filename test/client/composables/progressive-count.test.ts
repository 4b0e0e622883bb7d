import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { effectScope, nextTick, ref } from "vue";
import type { ReaderDocument } from "../../../client/src/api/reader.js";
import { useProgressiveCount } from "../../../client/src/composables/useProgressiveCount.js";
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

const start = (total: number, first = 4, step = 3) => {
  const size = ref(total);
  const rendered = scope.run(() => useProgressiveCount(size, first, step))!;
  return { size, rendered };
};

describe("useProgressiveCount", () => {
  it("renders the first few at once, then a step more per task until all are there", async () => {
    const { rendered } = start(11);
    expect(rendered.count.value).toBe(4);
    await vi.advanceTimersToNextTimerAsync();
    expect(rendered.count.value).toBe(7);
    await vi.advanceTimersToNextTimerAsync();
    expect(rendered.count.value).toBe(10);
    await vi.advanceTimersToNextTimerAsync();
    expect(rendered.count.value).toBe(11);
    expect(vi.getTimerCount()).toBe(0);
  });

  it("starts over when the list arrives or shrinks, and keeps what is shown when it grows", async () => {
    const { size, rendered } = start(0);
    expect(rendered.count.value).toBe(0);
    size.value = 20;
    await nextTick();
    expect(rendered.count.value).toBe(4);
    await vi.advanceTimersToNextTimerAsync();
    expect(rendered.count.value).toBe(7);
    size.value = 30;
    await nextTick();
    expect(rendered.count.value).toBe(7);
    size.value = 5;
    await nextTick();
    expect(rendered.count.value).toBe(4);
    await vi.runAllTimersAsync();
    expect(rendered.count.value).toBe(5);
  });

  it("renders through a given place at once, never past the end, and everything before printing", async () => {
    const { rendered } = start(40);
    rendered.through(25);
    expect(rendered.count.value).toBe(25);
    rendered.through(3);
    expect(rendered.count.value).toBe(25);
    rendered.through(99);
    expect(rendered.count.value).toBe(40);
    expect(vi.getTimerCount()).toBe(0);

    const other = start(50);
    window.dispatchEvent(new Event("beforeprint"));
    expect(other.rendered.count.value).toBe(50);
  });

  it("stops filling in once its component is gone", async () => {
    const { rendered } = start(100);
    scope.stop();
    expect(vi.getTimerCount()).toBe(0);
    window.dispatchEvent(new Event("beforeprint"));
    expect(rendered.count.value).toBe(4);
  });
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
