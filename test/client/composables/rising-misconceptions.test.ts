import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

// The network edge is a fake: each read of the trend is recorded and answered when the test says.
const calls = vi.hoisted(() => ({
  reads: [] as Array<{ minutes: number; answer: (value: unknown[]) => void }>,
}));
vi.mock("../../../client/src/api/live.js", () => ({
  fetchRisingMisconceptions: (_id: string, minutes: number) =>
    new Promise((resolve) => calls.reads.push({ minutes, answer: resolve })),
}));

const { RISING_MINUTES, useRisingMisconceptions } =
  await import("../../../client/src/composables/useRisingMisconceptions.js");
const { useStatus } = await import("../../../client/src/composables/useStatus.js");

describe("the misconceptions rising now, read as events come", () => {
  beforeEach(() => {
    vi.useFakeTimers();
    calls.reads.length = 0;
  });
  afterEach(() => vi.useRealTimers());

  it("reads at once, then once more for a burst of events, never two reads at a time", async () => {
    const trend = useRisingMisconceptions(() => "A1");
    expect(calls.reads).toHaveLength(1);
    expect(calls.reads[0]!.minutes).toBe(RISING_MINUTES);
    const entry = { misconception: { id: "speaker-is-author" } };
    calls.reads[0]!.answer([entry]);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(trend.rising.value).toEqual([entry]);

    // Five events in a burst: one read, within the 400 ms gap.
    for (let i = 0; i < 5; i++) trend.changed();
    await vi.advanceTimersByTimeAsync(400);
    expect(calls.reads).toHaveLength(2);
    // Events while that read is out: one more read after it answers, not one each.
    trend.changed();
    await vi.advanceTimersByTimeAsync(1_000);
    trend.changed();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(calls.reads).toHaveLength(2);
    calls.reads[1]!.answer([]);
    await vi.advanceTimersByTimeAsync(400);
    expect(calls.reads).toHaveLength(3);
    expect(trend.rising.value).toEqual([]);
    calls.reads[2]!.answer([]);
    trend.stop();
  });

  it("reads again every 30 s as the window slides, and not after stop()", async () => {
    const trend = useRisingMisconceptions(() => "A1");
    calls.reads[0]!.answer([]);
    await vi.advanceTimersByTimeAsync(30_100);
    expect(calls.reads).toHaveLength(2);
    calls.reads[1]!.answer([]);
    trend.stop();
    trend.changed();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(calls.reads).toHaveLength(2);
  });

  it("announces a misconception that starts rising after the page opened, not those it opened with", async () => {
    const status = useStatus();
    status.clear();
    const entry = (id: string, name: string) => ({
      misconception: { id, name },
      recentStudents: [{ name: "Ana" }, { name: "Ben" }],
    });
    const trend = useRisingMisconceptions(() => "A1");
    calls.reads[0]!.answer([entry("speaker", "Speaker is the author")]);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(status.message.value).toBe("");

    trend.changed();
    await vi.advanceTimersByTimeAsync(400);
    calls.reads[1]!.answer([entry("speaker", "Speaker is the author"), entry("date", "Dates")]);
    await vi.advanceTimersByTimeAsync(100);
    expect(status.message.value).toBe(
      `Misconception rising: Dates, 2 students in the last ${RISING_MINUTES} minutes`,
    );
    trend.stop();
  });
});
