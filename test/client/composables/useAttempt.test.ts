import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type {
  PlayerAttempt,
  PlayerFeedback,
  SavedResponse,
} from "../../../client/src/api/attempt.js";
import { ApiError } from "../../../client/src/api/client.js";
import {
  type AttemptApi,
  HANDED_IN,
  useAttempt,
} from "../../../client/src/composables/useAttempt.js";
import { type QueuedSave, queueKey } from "../../../client/src/composables/useAutosaveQueue.js";
import { useStatus } from "../../../client/src/composables/useStatus.js";

const UNCHECKED = { triesUsed: 0, triesLeft: null, maxTries: null, locked: false };

class MemoryStore {
  readonly data = new Map<string, string>();
  getItem = (key: string) => this.data.get(key) ?? null;
  setItem = (key: string, value: string) => void this.data.set(key, value);
  removeItem = (key: string) => void this.data.delete(key);
}

const NO_ANSWER = {
  choiceIds: null,
  text: null,
  order: null,
  claimId: null,
  claim: null,
  contextFacts: null,
  attributions: null,
  pairs: null,
  evidence: null,
};
const FEEDBACK: PlayerFeedback = {
  correct: true,
  score: 1,
  maxScore: 1,
  messageHtml: "<p>Right.</p>",
  needsReview: false,
  teacherComment: null,
  rubricScores: [],
  expected: null,
};

function attemptOf(
  status: PlayerAttempt["status"],
  responses: Array<{ itemId: string; revision: number; text: string }> = [],
): PlayerAttempt {
  return {
    id: "A1",
    status,
    submittedAt: status === "SUBMITTED" ? "2025-03-12T09:00:00.000Z" : null,
    dueAt: null,
    returnedAt: null,
    teacherComment: null,
    late: false,
    score: null,
    maxScore: 3,
    autoScore: null,
    autoMaxScore: null,
    pendingReviewPoints: null,
    responses: responses.map(({ itemId, revision, text }) => ({
      itemId,
      revision,
      ...UNCHECKED,
      answer: { ...NO_ANSWER, text },
      feedback: null,
    })),
  };
}

/** A fake server behind the attempt: counts starts, records saves, can refuse or be offline. */
function fakeServer(first: PlayerAttempt = attemptOf("IN_PROGRESS")) {
  const server = {
    attempt: first,
    starts: 0,
    saves: [] as QueuedSave[],
    submits: 0,
    offline: false,
    startFails: null as ApiError | null,
    refuse: null as ApiError | null,
    readFails: false,
  };
  const start = async () => {
    server.starts += 1;
    await Promise.resolve();
    if (server.startFails) throw server.startFails;
    return server.attempt;
  };
  const api: AttemptApi = {
    save: async (_attemptId, save): Promise<SavedResponse> => {
      await Promise.resolve();
      if (server.offline)
        throw new ApiError("You seem to be offline. Check your connection.", "NETWORK");
      if (server.refuse) throw server.refuse;
      server.saves.push(save);
      return { itemId: save.itemId, revision: save.revision, ...UNCHECKED, feedback: FEEDBACK };
    },
    submit: async () => {
      server.submits += 1;
      server.attempt = { ...server.attempt, status: "SUBMITTED" };
      return "SUBMITTED";
    },
    read: async () => {
      if (server.readFails)
        throw new ApiError("You seem to be offline. Check your connection.", "NETWORK");
      return { ...server.attempt, score: 2 };
    },
  };
  return Object.assign(server, { start, api });
}

const settle = () => vi.advanceTimersByTimeAsync(0);

describe("useAttempt", () => {
  let store: MemoryStore;
  beforeEach(() => {
    vi.useFakeTimers();
    store = new MemoryStore();
    useStatus().clear();
  });
  afterEach(() => vi.useRealTimers());

  const make = (server: ReturnType<typeof fakeServer>) =>
    useAttempt({ start: server.start, api: server.api, store });

  it("starts as none; start() goes through starting to open", async () => {
    const server = fakeServer();
    const attempt = make(server);
    expect(attempt.state.value).toBe("none");
    const started = attempt.start();
    expect(attempt.state.value).toBe("starting");
    expect(await started).toBe(true);
    expect(attempt.state.value).toBe("open");
    expect(attempt.current.value?.id).toBe("A1");
  });

  it("a save before the attempt exists starts it exactly once, then saves the answer", async () => {
    const server = fakeServer();
    const attempt = make(server);
    const saved = attempt.save("q1", { choiceIds: ["b"] }, false);
    expect(attempt.answers.value.q1).toEqual({ choiceIds: ["b"] });
    expect(attempt.state.value).toBe("starting");
    expect(await saved).toBe(true);
    await settle();
    expect(server.starts).toBe(1);
    expect(attempt.state.value).toBe("open");
    expect(server.saves).toEqual([{ itemId: "q1", answer: { choiceIds: ["b"] }, revision: 1 }]);
    expect(attempt.feedback.value.q1).toEqual(FEEDBACK);
    await attempt.save("q1", { choiceIds: ["c"] }, false);
    await settle();
    expect(server.starts).toBe(1);
    expect(server.saves.at(-1)).toEqual({
      itemId: "q1",
      answer: { choiceIds: ["c"] },
      revision: 2,
    });
  });

  it("tries mode: check sends the typed draft first, then checks the revision the server holds", async () => {
    const server = fakeServer();
    const checks: Array<[string, number, number]> = [];
    server.api.check = async (_attemptId, itemId, revision) => {
      checks.push([itemId, revision, server.saves.length]);
      return {
        itemId,
        revision,
        triesUsed: 1,
        triesLeft: 2,
        maxTries: 3,
        locked: false,
        feedback: { ...FEEDBACK, expected: null },
      };
    };
    const attempt = make(server);
    await attempt.save("q1", { text: "Kim" }, false);
    await settle();
    await attempt.save("q1", { text: "Kim Il Sung" }, true); // typed: waits for a pause
    expect(server.saves).toHaveLength(1);
    expect(await attempt.check("q1")).toBeNull();
    expect(checks).toEqual([["q1", 2, 2]]); // the draft reached the server before the check
    expect(attempt.tries.value.q1).toEqual({
      triesUsed: 1,
      triesLeft: 2,
      maxTries: 3,
      locked: false,
    });
    expect(attempt.feedback.value.q1?.expected).toBeNull();
  });

  it("tries mode: a refused check shows the server's reason, not 'handed in'", async () => {
    const server = fakeServer();
    server.api.check = async () => {
      throw new ApiError("This item is locked: its tries are used up.", "CONFLICT");
    };
    const attempt = make(server);
    await attempt.save("q1", { choiceIds: ["b"] }, false);
    await settle();
    expect(await attempt.check("q1")).toMatch(/locked/);
    expect(attempt.errors.value.q1).toMatch(/locked/);
  });

  it("concurrent first answers share one start, and both are saved", async () => {
    const server = fakeServer();
    const attempt = make(server);
    const both = Promise.all([
      attempt.save("q1", { choiceIds: ["a"] }, false),
      attempt.save("q2", { order: ["x", "y"] }, false),
      attempt.start(),
    ]);
    expect(await both).toEqual([true, true, true]);
    await settle();
    expect(server.starts).toBe(1);
    expect(server.saves.map((s) => [s.itemId, s.revision])).toEqual([
      ["q1", 1],
      ["q2", 1],
    ]);
  });

  it("a failed start is the error state with the problem in words; the next answer tries again", async () => {
    const server = fakeServer();
    server.startFails = new ApiError(
      "Too many tries. Please wait a moment and try again.",
      "TOO_MANY_REQUESTS",
    );
    const attempt = make(server);
    expect(await attempt.save("q1", { text: "x" }, false)).toBe(false);
    expect(attempt.state.value).toBe("error");
    expect(attempt.problem.value).toBe("Too many tries. Please wait a moment and try again.");
    expect(server.saves).toEqual([]);
    server.startFails = null;
    expect(await attempt.save("q1", { text: "xy" }, false)).toBe(true);
    await settle();
    expect(attempt.state.value).toBe("open");
    expect(attempt.problem.value).toBeNull();
    expect(server.starts).toBe(2);
    expect(server.saves).toEqual([{ itemId: "q1", answer: { text: "xy" }, revision: 1 }]);
  });

  it("resumes an open attempt: stored answers, then answers this browser kept unsent, replayed", async () => {
    store.setItem(
      queueKey("A1"),
      JSON.stringify([{ itemId: "q2", answer: { text: "offline words" }, revision: 3 }]),
    );
    const server = fakeServer(
      attemptOf("IN_PROGRESS", [
        { itemId: "q1", revision: 4, text: "stored" },
        { itemId: "q2", revision: 2, text: "older" },
      ]),
    );
    const attempt = make(server);
    await attempt.start();
    expect(attempt.answers.value).toEqual({
      q1: { text: "stored" },
      q2: { text: "offline words" },
    });
    await settle();
    expect(server.saves).toEqual([
      { itemId: "q2", answer: { text: "offline words" }, revision: 3 },
    ]);
    await attempt.save("q1", { text: "newer" }, false);
    await settle();
    expect(server.saves.at(-1)).toEqual({ itemId: "q1", answer: { text: "newer" }, revision: 5 });
  });

  it("submit sends what is typed, hands in, reads the results and is submitted", async () => {
    const server = fakeServer();
    const attempt = make(server);
    await attempt.save("q3", { text: "12 Nov" }, true);
    expect(server.saves).toEqual([]); // still waiting for the typing pause
    expect(await attempt.submit()).toBeNull();
    expect(server.saves).toEqual([{ itemId: "q3", answer: { text: "12 Nov" }, revision: 1 }]);
    expect(server.submits).toBe(1);
    expect(attempt.state.value).toBe("submitted");
    expect(attempt.current.value?.score).toBe(2);
    expect(useStatus().message.value).toBe("Submitted");
  });

  it("a submitted attempt refuses saves", async () => {
    const server = fakeServer(
      attemptOf("SUBMITTED", [{ itemId: "q1", revision: 1, text: "handed in" }]),
    );
    const attempt = make(server);
    await attempt.start();
    expect(attempt.state.value).toBe("submitted");
    expect(await attempt.save("q1", { text: "changed" }, false)).toBe(false);
    await settle();
    expect(server.saves).toEqual([]);
    expect(attempt.answers.value.q1).toEqual({ text: "handed in" });
    expect(await attempt.submit()).toBe("Answer at least one question before you submit.");
    expect(server.submits).toBe(0);
  });

  it("submit without an attempt, or offline, says why and stays where it was", async () => {
    const server = fakeServer();
    const attempt = make(server);
    expect(await attempt.submit()).toBe("Answer at least one question before you submit.");
    expect(attempt.state.value).toBe("none");
    await attempt.save("q1", { text: "x" }, false);
    server.offline = true;
    await attempt.save("q1", { text: "xy" }, false);
    expect(await attempt.submit()).toMatch(/not reached the server yet/);
    expect(server.submits).toBe(0);
    expect(attempt.state.value).toBe("open");
  });

  it("is submitted after a successful submit even when the results cannot be read again", async () => {
    const server = fakeServer();
    server.readFails = true;
    const attempt = make(server);
    await attempt.start();
    expect(await attempt.submit()).toBeNull();
    expect(attempt.state.value).toBe("submitted");
    expect(attempt.current.value?.status).toBe("SUBMITTED");
  });

  it("a save refused because the attempt was handed in elsewhere shows why and turns to the results", async () => {
    const server = fakeServer();
    const attempt = make(server);
    await attempt.start();
    server.refuse = new ApiError(
      "This attempt has been submitted; it can no longer change.",
      "CONFLICT",
    );
    server.attempt = { ...server.attempt, status: "SUBMITTED" };
    server.readFails = true;
    await attempt.save("q1", { text: "late" }, false);
    await settle();
    expect(attempt.errors.value).toEqual({ q1: HANDED_IN });
    expect(attempt.state.value).toBe("open");
    server.readFails = false;
    await attempt.save("q1", { text: "later" }, false);
    await settle();
    expect(attempt.state.value).toBe("submitted");
    expect(server.saves).toEqual([]);
    expect(await attempt.save("q2", { text: "too late" }, false)).toBe(false);
  });

  it("restart forgets a submitted attempt and opens a fresh one", async () => {
    const server = fakeServer(
      attemptOf("SUBMITTED", [{ itemId: "q1", revision: 1, text: "handed in" }]),
    );
    const attempt = make(server);
    await attempt.start();
    server.attempt = { ...attemptOf("IN_PROGRESS"), id: "A2" };
    const restarted = attempt.restart();
    expect(attempt.state.value).toBe("starting");
    expect(attempt.answers.value).toEqual({});
    expect(await restarted).toBe(true);
    expect(attempt.state.value).toBe("open");
    expect(attempt.current.value?.id).toBe("A2");
  });
});
