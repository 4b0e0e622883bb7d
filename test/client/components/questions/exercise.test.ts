import { mount } from "@vue/test-utils";
import { describe, expect, it } from "vitest";
import type { AnswerInput } from "../../../../client/src/api/generated/graphql.js";
import ExerciseAnswer from "../../../../client/src/components/questions/ExerciseAnswer.vue";

const paragraphs = [
  {
    number: 4,
    text: "The conversation with Cde. Mao Zedong, said Kim Il Sung, was very warm.",
    notes: [],
  },
  { number: 7, text: "Further in the conversation with me Cde. Kim Il Sung said", notes: [] },
];
const rubric = [
  {
    id: "position",
    title: "Position",
    description: "Takes a clear position.",
    levels: [
      { score: 0, label: "Not yet", descriptor: "No position." },
      { score: 1, label: "Beginning", descriptor: "Vague." },
      { score: 2, label: "Secure", descriptor: "Clear and qualified." },
    ],
  },
];
const claims = [
  { id: "reliable", text: "Fairly reliable." },
  { id: "weak", text: "Weak evidence of Mao's words." },
];

function mountExercise(props: { claims?: typeof claims; answer?: AnswerInput } = {}) {
  const wrapper = mount(ExerciseAnswer, {
    props: {
      id: "ex",
      claims: props.claims ?? claims,
      minEvidence: 2,
      paragraphNumbers: [4, 7],
      paragraphs,
      rubric,
      answer: props.answer ?? {},
      onChange: (answer: AnswerInput) => void wrapper.setProps({ answer }),
    },
  });
  return wrapper;
}

describe("ExerciseAnswer: claim → evidence → reasoning", () => {
  it("offers the positions as labelled radios in a fieldset", () => {
    const wrapper = mountExercise();
    expect(wrapper.find("fieldset legend").text()).toBe("Choose your position");
    const radios = wrapper.findAll('input[type="radio"]');
    expect(radios.map((r) => wrapper.find(`label[for="${r.attributes("id")}"]`).text())).toEqual([
      "Fairly reliable.",
      "Weak evidence of Mao's words.",
    ]);
  });

  it("builds one answer from the claim, the evidence and the reasoning", async () => {
    const wrapper = mountExercise();
    await wrapper.find("#ex-claim-weak").setValue(true);
    expect(wrapper.emitted("change")![0]).toEqual([{ claimId: "weak" }, false]);
    await wrapper.find("#ex-evidence-p4-whole").setValue(true);
    expect(wrapper.emitted("change")![1]).toEqual([
      { claimId: "weak", evidence: [{ paragraphNumber: 4 }] },
      false,
    ]);
    await wrapper.find("textarea#ex-reasoning-input").setValue("Kim retold it (¶4).");
    expect(wrapper.emitted("change")![2]).toEqual([
      { claimId: "weak", evidence: [{ paragraphNumber: 4 }], text: "Kim retold it (¶4)." },
      true,
    ]);
    expect(wrapper.find('label[for="ex-reasoning-input"]').text()).toBe(
      "Explain how your passages support your claim",
    );
  });

  it("asks for a written claim where the exercise offers no positions", async () => {
    const wrapper = mountExercise({ claims: [], answer: { text: "Reasons" } });
    expect(wrapper.find('input[type="radio"]').exists()).toBe(false);
    const claim = wrapper.find("textarea#ex-claim-input");
    expect(wrapper.find('label[for="ex-claim-input"]').text()).toBe(
      "Write your claim in a sentence or two",
    );
    await claim.setValue("Mostly Kim's version.");
    expect(wrapper.emitted("change")![0]).toEqual([
      { claim: "Mostly Kim's version.", text: "Reasons" },
      true,
    ]);
  });

  it("shows the rubric: each criterion's levels in a table", () => {
    const wrapper = mountExercise();
    const table = wrapper.find("table");
    expect(table.find("caption").text()).toContain("Position");
    expect(table.findAll("tbody tr").map((row) => row.text())).toEqual([
      "Not yet (0)No position.",
      "Beginning (1)Vague.",
      "Secure (2)Clear and qualified.",
    ]);
    expect(table.findAll('th[scope="row"]')).toHaveLength(3);
  });

  it("asks for at least minEvidence passages", () => {
    const wrapper = mountExercise({ answer: { evidence: [{ paragraphNumber: 7 }] } });
    expect(wrapper.text()).toContain("Your passages (1 chosen; choose at least 2)");
    expect(wrapper.text()).toContain("Choose 1 more.");
  });
});

describe("ExerciseAnswer: an own claim and context facts", () => {
  function mountWithSlots(answer: AnswerInput = {}) {
    const wrapper = mount(ExerciseAnswer, {
      props: {
        id: "ex",
        claims,
        ownClaim: { label: "My own claim" },
        contextFacts: { count: 2, prompt: "A fact from the context cards." },
        minEvidence: 2,
        paragraphNumbers: [4, 7],
        paragraphs,
        rubric,
        answer,
        onChange: (next: AnswerInput) => void wrapper.setProps({ answer: next }),
      },
    });
    return wrapper;
  }
  const last = (wrapper: ReturnType<typeof mountWithSlots>) =>
    wrapper.emitted("change")!.at(-1)![0] as AnswerInput;

  it("loads an answer saved before the slots existed: a listed claim, no facts", () => {
    const wrapper = mountWithSlots({ claimId: "weak", text: "Old reasoning" });
    expect((wrapper.find("#ex-claim-weak").element as HTMLInputElement).checked).toBe(true);
    expect(wrapper.find("#ex-own-claim-input").exists()).toBe(false);
    expect(
      wrapper.findAll(".facts textarea").map((t) => (t.element as HTMLTextAreaElement).value),
    ).toEqual(["", ""]);
  });

  it("writes an own claim instead of a listed one, and keeps its words when switching back", async () => {
    const wrapper = mountWithSlots({ claimId: "weak" });
    await wrapper.find("#ex-claim-own").setValue(true);
    expect(last(wrapper)).toEqual({ claim: "" });
    await wrapper.find("#ex-own-claim-input").setValue("Both, by 1957.");
    expect(last(wrapper)).toEqual({ claim: "Both, by 1957." });
    await wrapper.find("#ex-claim-reliable").setValue(true);
    expect(last(wrapper)).toEqual({ claimId: "reliable" });
    await wrapper.find("#ex-claim-own").setValue(true);
    expect(last(wrapper)).toEqual({ claim: "Both, by 1957." });
  });

  it("fills the context-fact slots in place, at most as many as asked", async () => {
    const wrapper = mountWithSlots();
    expect(wrapper.find("label[for='ex-fact-2']").text()).toBe("Fact 2");
    await wrapper.find("#ex-fact-2").setValue("The plenum met.");
    expect(last(wrapper)).toEqual({ contextFacts: ["", "The plenum met."] });
    await wrapper.find("#ex-fact-1").setValue("Mikoyan came too.");
    expect(last(wrapper).contextFacts).toEqual(["Mikoyan came too.", "The plenum met."]);
  });
});
