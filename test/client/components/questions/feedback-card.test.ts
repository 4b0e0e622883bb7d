import { mount } from "@vue/test-utils";
import { describe, expect, it } from "vitest";
import FeedbackCard from "../../../../client/src/components/questions/FeedbackCard.vue";

const base = {
  correct: null,
  score: null,
  maxScore: 2,
  messageHtml: "",
  needsReview: false,
  teacherComment: null,
  rubricScores: [],
  expected: null,
};

describe("FeedbackCard", () => {
  it("shows the verdict, the score and the message as Markdown, and a teacher's comment as plain text", () => {
    const wrapper = mount(FeedbackCard, {
      props: {
        id: "f",
        feedback: {
          ...base,
          score: 1.33,
          messageHtml: "<p><strong>Partly correct:</strong> 1.33 of 2 points.</p>",
          teacherComment: "<b>Good</b> start",
        },
      },
    });
    expect(wrapper.find("h4").text()).toContain("Feedback: Partly right");
    expect(wrapper.find("h4").text()).toContain("1.33 of 2 points");
    expect(wrapper.find(".message strong").text()).toBe("Partly correct:");
    expect(wrapper.find(".comment p").text()).toBe("<b>Good</b> start");
    expect(wrapper.find(".comment b").exists()).toBe(false);
  });
});
