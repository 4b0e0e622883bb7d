import { mount } from "@vue/test-utils";
import { describe, expect, it } from "vitest";
import { buildReviewContext, readableAnswer } from "../../../../client/src/lib/teacher/answers.js";
import { questionKinds } from "../../../../client/src/components/questions/AnyQuestion.vue";
import TeacherAnswerSections from "../../../../client/src/components/teacher/TeacherAnswerSections.vue";
import { KEYS, LESSON } from "../../fixtures/teacher.js";

const context = buildReviewContext(LESSON);
const none = {
  choiceIds: null,
  text: null,
  order: null,
  pairs: null,
  evidence: null,
  claimId: null,
  claim: null,
  contextFacts: null,
  attributions: null,
};

describe("TeacherAnswerSections", () => {
  it("renders what a student typed as text, never as HTML", () => {
    const sections = readableAnswer(
      KEYS.exercise!,
      { ...none, text: "<img src=x onerror=alert(1)> <b>bold</b>", claim: "<script>x</script>" },
      context,
      questionKinds,
    );
    const wrapper = mount(TeacherAnswerSections, { props: { sections } });
    expect(wrapper.find("img").exists()).toBe(false);
    expect(wrapper.find("script").exists()).toBe(false);
    expect(wrapper.find("b").exists()).toBe(false);
    expect(wrapper.text()).toContain("<img src=x onerror=alert(1)> <b>bold</b>");
    expect(wrapper.text()).toContain("<script>x</script>");
  });

  it("says in words which lines are right and wrong", () => {
    const sections = readableAnswer(
      KEYS.single!,
      { ...none, choiceIds: ["c-puzanov", "c-kim"] },
      context,
      questionKinds,
    );
    const text = mount(TeacherAnswerSections, { props: { sections } }).text();
    expect(text).toContain("Right:Puzanov");
    expect(text).toContain("Wrong:Kim Il Sung");
  });
});
