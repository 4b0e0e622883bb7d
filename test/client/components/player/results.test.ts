import { mount, RouterLinkStub } from "@vue/test-utils";
import { describe, expect, it } from "vitest";
import type { PlayerAttempt } from "../../../../client/src/api/attempt.js";
import type { PlayerLesson } from "../../../../client/src/api/player.js";
import PlayerResults from "../../../../client/src/components/player/PlayerResults.vue";

const UNCHECKED = { triesUsed: 0, triesLeft: null, maxTries: null, locked: false };

const lesson = { document: { paragraphs: [] }, steps: [] } as unknown as PlayerLesson;
const feedback = (score: number | null, maxScore: number) => ({
  correct: null,
  score,
  maxScore,
  messageHtml: "",
  needsReview: score === null,
  teacherComment: null,
  rubricScores: [],
  expected: null,
});
const attempt = (extra: Partial<PlayerAttempt>): PlayerAttempt => ({
  id: "A1",
  status: "SUBMITTED",
  submittedAt: "2025-03-12T09:00:00.000Z",
  late: false,
  score: null,
  maxScore: 29,
  autoScore: 8.85,
  autoMaxScore: 14,
  pendingReviewPoints: 15,
  dueAt: null,
  returnedAt: null,
  teacherComment: null,
  responses: [
    {
      itemId: "q1",
      revision: 1,
      ...UNCHECKED,
      answer: null as never,
      feedback: feedback(8.85, 14),
    },
    {
      itemId: "ex",
      revision: 1,
      ...UNCHECKED,
      answer: null as never,
      feedback: feedback(null, 15),
    },
  ],
  ...extra,
});
const show = (a: PlayerAttempt) =>
  mount(PlayerResults, {
    props: { lesson, attempt: a, practice: false, busy: false },
    global: { stubs: { RouterLink: RouterLinkStub } },
  }).find(".total");

describe("PlayerResults", () => {
  it("shows the auto-marked part and the points that await the teacher, not a total of all points", () => {
    const total = show(attempt({}));
    expect(total.find(".score").text()).toBe(
      "Your score so far: 8.85 of 14 auto-marked points; 15 points await your teacher.",
    );
    expect(total.text()).not.toContain("of 29");
  });

  it("shows the whole score once everything is scored", () => {
    const total = show(
      attempt({ score: 20.85, autoScore: 20.85, autoMaxScore: 29, pendingReviewPoints: 0 }),
    );
    expect(total.find(".score").text()).toBe("Your score: 20.85 of 29 points");
  });
});
