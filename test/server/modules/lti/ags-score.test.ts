import { describe, expect, it } from "vitest";
import { readAgsEndpoint, scoresUrl } from "../../../../server/src/modules/lti/ags-claims.js";
import { backoffMs, scoreState } from "../../../../server/src/modules/lti/ags-score.js";
import {
  DEFAULT_GRADE_SYNC,
  gradeSyncOptionsFromEnv,
} from "../../../../server/src/modules/lti/grade-sync.worker.js";

const NOW = new Date("2026-12-04T12:00:00Z");
const items = [
  { itemId: "1", points: 2 },
  { itemId: "2", points: 3 },
  { itemId: "3", points: 5 },
];
const auto = (itemId: string, autoScore: number) => ({
  itemId,
  autoScore,
  teacherScore: null,
  needsReview: false,
});
const awaiting = (itemId: string) => ({
  itemId,
  autoScore: null,
  teacherScore: null,
  needsReview: true,
});
const attempt = (over: Partial<Parameters<typeof scoreState>[0] & object> = {}) => ({
  status: "SUBMITTED" as const,
  feedbackTiming: "ON_SUBMIT" as "ON_SUBMIT" | "AFTER_DUE" | "PRACTICE" | "IMMEDIATE",
  dueAt: null,
  returnedAt: null,
  returnComment: null,
  ...over,
});

describe("the Score a student's work sends", () => {
  it("no work: Initialized and NotReady, no score (the platform clears one it holds)", () => {
    expect(scoreState(null, items, [], NOW)).toEqual({
      score: { activityProgress: "Initialized", gradingProgress: "NotReady" },
      resendAt: null,
    });
  });

  it("open work: Started until something is answered, then InProgress; never a score", () => {
    const open = attempt({ status: "IN_PROGRESS" });
    expect(scoreState(open, items, [], NOW).score).toEqual({
      activityProgress: "Started",
      gradingProgress: "NotReady",
    });
    expect(scoreState(open, items, [auto("1", 2)], NOW).score).toEqual({
      activityProgress: "InProgress",
      gradingProgress: "NotReady",
    });
  });

  it("submitted with an item awaiting the teacher: PendingManual with the points so far", () => {
    expect(scoreState(attempt(), items, [auto("1", 2), awaiting("3")], NOW).score).toEqual({
      activityProgress: "Completed",
      gradingProgress: "PendingManual",
      scoreGiven: 2,
      scoreMaximum: 10,
    });
  });

  it("fully scored (the teacher's score counts over the machine's): FullyGraded with the total", () => {
    const judged = { ...awaiting("3"), teacherScore: 4 };
    expect(scoreState(attempt(), items, [auto("1", 1.5), judged], NOW).score).toEqual({
      activityProgress: "Completed",
      gradingProgress: "FullyGraded",
      scoreGiven: 5.5,
      scoreMaximum: 10,
    });
  });

  it("practice counts toward no grade: Completed and NotReady, never a score", () => {
    const practice = attempt({ feedbackTiming: "PRACTICE" });
    expect(scoreState(practice, items, [auto("1", 2), auto("2", 3)], NOW).score).toEqual({
      activityProgress: "Completed",
      gradingProgress: "NotReady",
    });
  });

  it("returned work carries the teacher's comment", () => {
    const returned = attempt({ returnedAt: NOW, returnComment: "See me." });
    expect(scoreState(returned, items, [], NOW).score.comment).toBe("See me.");
    expect(
      scoreState(attempt({ returnComment: "draft" }), items, [], NOW).score,
    ).not.toHaveProperty("comment");
  });

  it("AFTER_DUE before the due date: Pending without the score, sent again at the due date", () => {
    const dueAt = new Date("2026-12-05T09:00:00Z");
    const hidden = attempt({ feedbackTiming: "AFTER_DUE", dueAt });
    expect(scoreState(hidden, items, [auto("1", 2)], NOW)).toEqual({
      score: { activityProgress: "Completed", gradingProgress: "Pending" },
      resendAt: dueAt,
    });
    const open = attempt({ status: "IN_PROGRESS", feedbackTiming: "AFTER_DUE", dueAt });
    expect(scoreState(open, items, [], NOW).resendAt).toEqual(dueAt);
    const after = new Date("2026-12-05T09:00:01Z");
    expect(scoreState(hidden, items, [auto("1", 2)], after)).toEqual({
      score: {
        activityProgress: "Completed",
        gradingProgress: "FullyGraded",
        scoreGiven: 2,
        scoreMaximum: 10,
      },
      resendAt: null,
    });
  });

  it("a lesson worth no points sends progress only", () => {
    expect(scoreState(attempt(), [{ itemId: "1", points: 0 }], [], NOW).score).toEqual({
      activityProgress: "Completed",
      gradingProgress: "FullyGraded",
    });
  });
});

describe("backoff", () => {
  const backoff = { baseMs: 1000, capMs: 60_000 };
  it("doubles from the base up to the cap", () => {
    expect([1, 2, 3, 4, 6, 7, 50].map((tries) => backoffMs(tries, backoff, 0))).toEqual([
      1000, 2000, 4000, 8000, 32_000, 60_000, 60_000,
    ]);
  });
  it("takes off up to a fifth at random", () => {
    expect(backoffMs(3, backoff, 0.999)).toBe(3201);
    expect(backoffMs(3, backoff, 0.5)).toBe(3600);
  });
});

describe("the AGS endpoint claim", () => {
  const CLAIM = "https://purl.imsglobal.org/spec/lti-ags/claim/endpoint";
  it("reads the line item, the line items URL and the scopes", () => {
    expect(
      readAgsEndpoint({
        [CLAIM]: {
          scope: ["https://purl.imsglobal.org/spec/lti-ags/scope/score", 7],
          lineitems: "https://lms.example/c/1/lineitems",
          lineitem: "https://lms.example/c/1/lineitems/9?type=x",
        },
      }),
    ).toEqual({
      scopes: ["https://purl.imsglobal.org/spec/lti-ags/scope/score"],
      lineitems: "https://lms.example/c/1/lineitems",
      lineitem: "https://lms.example/c/1/lineitems/9?type=x",
    });
  });
  it("is absent without the claim or without any URL, and ignores what is not a web URL", () => {
    expect(readAgsEndpoint({})).toBeNull();
    expect(readAgsEndpoint({ [CLAIM]: { scope: [] } })).toBeNull();
    expect(readAgsEndpoint({ [CLAIM]: { lineitem: "javascript:alert(1)" } })).toBeNull();
  });
  it("posts scores to the line item's /scores, its query kept", () => {
    expect(scoresUrl("https://lms.example/c/1/lineitems/9?type=x")).toBe(
      "https://lms.example/c/1/lineitems/9/scores?type=x",
    );
    expect(scoresUrl("https://lms.example/li/9/")).toBe("https://lms.example/li/9/scores");
  });
});

describe("the grade worker's settings from the environment", () => {
  it("takes positive whole numbers and keeps the defaults otherwise", () => {
    expect(gradeSyncOptionsFromEnv({})).toEqual(DEFAULT_GRADE_SYNC);
    const set = gradeSyncOptionsFromEnv({
      LTI_GRADE_POLL_MS: "500",
      LTI_GRADE_RETRY_MS: "2000",
      LTI_GRADE_RETRY_CAP_MS: "60000",
      LTI_GRADE_MAX_TRIES: "4",
    });
    expect(set).toMatchObject({
      pollMs: 500,
      maxTries: 4,
      backoff: { baseMs: 2000, capMs: 60_000 },
    });
    const bad = gradeSyncOptionsFromEnv({ LTI_GRADE_POLL_MS: "-5", LTI_GRADE_MAX_TRIES: "2.5" });
    expect(bad.pollMs).toBe(DEFAULT_GRADE_SYNC.pollMs);
    expect(bad.maxTries).toBe(DEFAULT_GRADE_SYNC.maxTries);
  });
});
