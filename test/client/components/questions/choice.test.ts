import { mount } from "@vue/test-utils";
import { describe, expect, it } from "vitest";
import QuestionChoice from "../../../../client/src/components/questions/QuestionChoice.vue";

const choices = [
  { id: "a", text: "A. M. Puzanov" },
  { id: "b", text: "Kim Il Sung" },
  { id: "c", text: "Mao Zedong" },
];
const question = (prompt: string, multiple: boolean) => ({
  id: "item",
  kind: multiple ? ("MULTIPLE_CHOICE" as const) : ("SINGLE_CHOICE" as const),
  prompt,
  points: 1,
  paragraphNumbers: [],
  choices,
});

describe("QuestionChoice", () => {
  it("single choice: a fieldset with the prompt as legend and one labelled radio per choice", () => {
    const wrapper = mount(QuestionChoice, {
      props: { id: "q1", question: question("Who wrote this record?", false), paragraphs: [] },
    });
    expect(wrapper.find("fieldset legend").text()).toBe("Who wrote this record?");
    const radios = wrapper.findAll('input[type="radio"]');
    expect(radios).toHaveLength(3);
    for (const [index, radio] of radios.entries()) {
      expect(radio.attributes("name")).toBe("q1");
      expect(wrapper.find(`label[for="${radio.attributes("id")}"]`).text()).toBe(
        choices[index]!.text,
      );
    }
  });

  it("single choice: checking a radio emits that choice alone, to be saved at once", async () => {
    const wrapper = mount(QuestionChoice, {
      props: {
        id: "q1",
        question: question("?", false),
        paragraphs: [],
        answer: { choiceIds: ["a"] },
      },
    });
    expect((wrapper.find("#q1-a").element as HTMLInputElement).checked).toBe(true);
    await wrapper.find("#q1-b").setValue(true);
    expect(wrapper.emitted("change")).toEqual([[{ choiceIds: ["b"] }, false]]);
  });

  it("multiple choice: checkboxes; the answer keeps the served order and drops unchecked choices", async () => {
    const wrapper = mount(QuestionChoice, {
      props: {
        id: "q2",
        question: question("?", true),
        paragraphs: [],
        answer: { choiceIds: ["c"] },
      },
    });
    expect(wrapper.findAll('input[type="checkbox"]')).toHaveLength(3);
    await wrapper.find("#q2-a").setValue(true);
    expect(wrapper.emitted("change")![0]).toEqual([{ choiceIds: ["a", "c"] }, false]);
    await wrapper.setProps({ answer: { choiceIds: ["a", "c"] } });
    await wrapper.find("#q2-c").setValue(false);
    expect(wrapper.emitted("change")![1]).toEqual([{ choiceIds: ["a"] }, false]);
  });

  it("marks the right choices once feedback gives the key", () => {
    const wrapper = mount(QuestionChoice, {
      props: {
        id: "q1",
        question: question("?", false),
        paragraphs: [],
        expected: { choiceIds: ["a"] },
      },
    });
    expect(wrapper.find('label[for="q1-a"]').text()).toContain("Right answer");
    expect(wrapper.find('label[for="q1-b"]').text()).not.toContain("Right answer");
  });

  it("read-only: the radios are disabled", () => {
    const wrapper = mount(QuestionChoice, {
      props: { id: "q1", question: question("?", false), paragraphs: [], readonly: true },
    });
    expect(
      wrapper.findAll("input").every((input) => (input.element as HTMLInputElement).disabled),
    ).toBe(true);
  });
});
