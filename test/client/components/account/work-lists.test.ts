import { mount, RouterLinkStub } from "@vue/test-utils";
import { describe, expect, it } from "vitest";
import AccountAssignmentList from "../../../../client/src/components/account/AccountAssignmentList.vue";
import AccountPracticeList from "../../../../client/src/components/account/AccountPracticeList.vue";

const waiting = {
  score: null,
  maxScore: 29,
  autoScore: 8.85,
  autoMaxScore: 14,
  pendingReviewPoints: 15,
};
const stubs = { global: { stubs: { RouterLink: RouterLinkStub } } };

describe("a student's work on MePage", () => {
  it("shows the auto-marked part of assigned work that waits for the teacher", () => {
    const assignments = [
      {
        id: "as1",
        dueAt: null,
        feedback: "ON_SUBMIT",
        lesson: { slug: "l", title: "Voices" },
        attempts: [
          {
            id: "a1",
            status: "SUBMITTED",
            submittedAt: "2025-03-12T09:00:00Z",
            late: false,
            ...waiting,
          },
        ],
      },
    ];
    const text = mount(AccountAssignmentList, { props: { assignments } as never, ...stubs }).text();
    expect(text).toContain(
      "Score so far: 8.85 of 14 auto-marked points; 15 points await your teacher",
    );
    expect(text).not.toContain("/ 29");
  });

  it("shows the auto-marked part of practice that waits for the teacher", () => {
    const attempts = [
      {
        id: "a2",
        status: "SUBMITTED",
        startedAt: "2025-03-12T08:00:00Z",
        submittedAt: "2025-03-12T09:00:00Z",
        lesson: { slug: "l", title: "Voices" },
        assignment: null,
        ...waiting,
      },
    ];
    const text = mount(AccountPracticeList, { props: { attempts } as never, ...stubs }).text();
    expect(text).toContain(
      "Score so far: 8.85 of 14 auto-marked points; 15 points await your teacher",
    );
  });
});
