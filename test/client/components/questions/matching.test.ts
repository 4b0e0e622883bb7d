import { mount } from "@vue/test-utils";
import { describe, expect, it } from "vitest";
import QuestionMatching from "../../../../client/src/components/questions/QuestionMatching.vue";

const left = [
  { id: "gromyko", text: "Cde. Gromyko" },
  { id: "zakharov", text: "Cde. Zakharov" },
];
const right = [
  { id: "minister", text: "Foreign minister" },
  { id: "unknown", text: "Not identified" },
  { id: "head", text: "Head of government" },
];

const question = (prompt: string) => ({
  id: "item",
  kind: "MATCHING" as const,
  prompt,
  points: 1,
  paragraphNumbers: [],
  left,
  right,
});

describe("QuestionMatching", () => {
  it("gives each left item a labelled select of the right items", () => {
    const wrapper = mount(QuestionMatching, {
      props: { id: "q4", question: question("Match them"), paragraphs: [] },
    });
    expect(wrapper.find("fieldset legend").text()).toBe("Match them");
    const selects = wrapper.findAll("select");
    expect(selects).toHaveLength(2);
    expect(wrapper.find(`label[for="${selects[0]!.attributes("id")}"]`).text()).toBe(
      "Cde. Gromyko",
    );
    expect(selects[0]!.findAll("option").map((o) => o.text())).toEqual([
      "Choose…",
      "Foreign minister",
      "Not identified",
      "Head of government",
    ]);
  });

  it("emits the pairs chosen so far, in the order of the left items", async () => {
    const wrapper = mount(QuestionMatching, {
      props: {
        id: "q4",
        question: question("?"),
        paragraphs: [],
        answer: { pairs: [{ leftId: "zakharov", rightId: "unknown" }] },
      },
    });
    expect((wrapper.find("#q4-zakharov").element as HTMLSelectElement).value).toBe("unknown");
    await wrapper.find("#q4-gromyko").setValue("minister");
    expect(wrapper.emitted("change")![0]).toEqual([
      {
        pairs: [
          { leftId: "gromyko", rightId: "minister" },
          { leftId: "zakharov", rightId: "unknown" },
        ],
      },
      false,
    ]);
  });

  it("choosing “Choose…” again unpairs the item", async () => {
    const wrapper = mount(QuestionMatching, {
      props: {
        id: "q4",
        question: question("?"),
        paragraphs: [],
        answer: { pairs: [{ leftId: "gromyko", rightId: "head" }] },
      },
    });
    await wrapper.find("#q4-gromyko").setValue("");
    expect(wrapper.emitted("change")![0]).toEqual([{ pairs: [] }, false]);
  });

  it("shows the right match under each select once feedback gives the key", () => {
    const wrapper = mount(QuestionMatching, {
      props: {
        id: "q4",
        question: question("?"),
        paragraphs: [],
        expected: { pairs: [{ leftId: "gromyko", rightId: "minister" }] },
      },
    });
    expect(wrapper.find("#q4-gromyko-key").text()).toContain("Foreign minister");
    expect(wrapper.find("#q4-gromyko").attributes("aria-describedby")).toBe("q4-gromyko-key");
  });
});
