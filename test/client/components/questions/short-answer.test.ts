import { mount } from "@vue/test-utils";
import { describe, expect, it } from "vitest";
import QuestionShortAnswer from "../../../../client/src/components/questions/QuestionShortAnswer.vue";
import TextAnswerField from "../../../../client/src/components/questions/TextAnswerField.vue";

const question = (prompt: string, maxLength: number) => ({
  id: "item",
  kind: "SHORT_ANSWER" as const,
  prompt,
  points: 1,
  paragraphNumbers: [],
  maxLength,
});

describe("QuestionShortAnswer", () => {
  it("a short limit gets a labelled one-line input with maxlength and a character count", () => {
    const wrapper = mount(QuestionShortAnswer, {
      props: {
        id: "q3",
        question: question("On what date?", 40),
        paragraphs: [],
        answer: { text: "12 Nov" },
      },
    });
    const input = wrapper.find("input#q3-input");
    expect(wrapper.find('label[for="q3-input"]').text()).toBe("On what date?");
    expect(input.attributes("maxlength")).toBe("40");
    expect((input.element as HTMLInputElement).value).toBe("12 Nov");
    expect(wrapper.find("#q3-count").text()).toBe("6 of 40 characters");
    expect(input.attributes("aria-describedby")).toContain("q3-count");
  });

  it("a long limit gets a text area; typing emits the text as typed (saved after a pause)", async () => {
    const wrapper = mount(QuestionShortAnswer, {
      props: { id: "q4", question: question("Why?", 600), paragraphs: [] },
    });
    const textarea = wrapper.find("textarea#q4-input");
    expect(textarea.attributes("maxlength")).toBe("600");
    await textarea.setValue("Because Kim wanted Moscow's support.");
    expect(wrapper.emitted("change")).toEqual([
      [{ text: "Because Kim wanted Moscow's support." }, true],
    ]);
  });

  it("counts characters as people do: an emoji is one", () => {
    const wrapper = mount(QuestionShortAnswer, {
      props: {
        id: "q5",
        question: question("?", 40),
        paragraphs: [],
        answer: { text: "ok 👍" },
      },
    });
    expect(wrapper.find("#q5-count").text()).toBe("4 of 40 characters");
  });
});

describe("TextAnswerField", () => {
  it("can fill another field of the answer (an exercise's written claim)", async () => {
    const wrapper = mount(TextAnswerField, {
      props: {
        id: "c",
        label: "Your claim",
        maxLength: 1000,
        field: "claim",
        answer: { claim: "It is" },
      },
    });
    expect((wrapper.find("textarea").element as HTMLTextAreaElement).value).toBe("It is");
    await wrapper.find("textarea").setValue("It is weak evidence");
    expect(wrapper.emitted("change")![0]).toEqual([{ claim: "It is weak evidence" }, true]);
  });
});
