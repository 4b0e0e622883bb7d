import { mount } from "@vue/test-utils";
import { describe, expect, it } from "vitest";
import QuestionOrdering from "../../../../client/src/components/questions/QuestionOrdering.vue";

const items = [
  { id: "kim", text: "Kim retells it" },
  { id: "mao", text: "Mao speaks" },
  { id: "puzanov", text: "Puzanov writes" },
];

const question = (prompt: string) => ({
  id: "item",
  kind: "ORDERING" as const,
  prompt,
  points: 1,
  paragraphNumbers: [],
  items,
});

const texts = (wrapper: ReturnType<typeof mount>) =>
  wrapper.findAll("li .text").map((li) => li.text());

describe("QuestionOrdering", () => {
  it("lists the items with Move up / Move down buttons whose names say which item moves", () => {
    const wrapper = mount(QuestionOrdering, {
      props: { id: "q1", question: question("Put these in order"), paragraphs: [] },
    });
    expect(wrapper.find("fieldset legend").text()).toBe("Put these in order");
    expect(texts(wrapper)).toEqual(["Kim retells it", "Mao speaks", "Puzanov writes"]);
    const names = wrapper.findAll("button[data-move]").map((b) => b.attributes("aria-label"));
    expect(names).toEqual([
      "Move up: Kim retells it",
      "Move down: Kim retells it",
      "Move up: Mao speaks",
      "Move down: Mao speaks",
      "Move up: Puzanov writes",
      "Move down: Puzanov writes",
    ]);
    // Nothing moves past the ends.
    expect(
      wrapper.find('button[aria-label="Move up: Kim retells it"]').attributes("disabled"),
    ).toBeDefined();
    expect(
      wrapper.find('button[aria-label="Move down: Puzanov writes"]').attributes("disabled"),
    ).toBeDefined();
  });

  it("Move up and Move down emit the new order, saved at once", async () => {
    const wrapper = mount(QuestionOrdering, {
      props: { id: "q1", question: question("?"), paragraphs: [] },
    });
    await wrapper.find('button[aria-label="Move up: Mao speaks"]').trigger("click");
    expect(wrapper.emitted("change")![0]).toEqual([{ order: ["mao", "kim", "puzanov"] }, false]);
    await wrapper.setProps({ answer: { order: ["mao", "kim", "puzanov"] } });
    expect(texts(wrapper)).toEqual(["Mao speaks", "Kim retells it", "Puzanov writes"]);
    await wrapper.find('button[aria-label="Move down: Kim retells it"]').trigger("click");
    expect(wrapper.emitted("change")![1]).toEqual([{ order: ["mao", "puzanov", "kim"] }, false]);
  });

  it("keeps focus on the moved item, on its other button once it reaches the top", async () => {
    // Like the player: the emitted order comes back as the answer.
    const wrapper = mount(QuestionOrdering, {
      props: {
        id: "q1",
        question: question("?"),
        paragraphs: [],
        onChange: (answer: object) => void wrapper.setProps({ answer }),
      },
      attachTo: document.body,
    });
    const up = wrapper.find('button[aria-label="Move up: Puzanov writes"]');
    (up.element as HTMLButtonElement).focus();
    await up.trigger("click");
    await new Promise((resolve) => setTimeout(resolve));
    expect(texts(wrapper)).toEqual(["Kim retells it", "Puzanov writes", "Mao speaks"]);
    expect(document.activeElement?.getAttribute("aria-label")).toBe("Move up: Puzanov writes");
    await wrapper.find('button[aria-label="Move up: Puzanov writes"]').trigger("click");
    await new Promise((resolve) => setTimeout(resolve));
    expect(texts(wrapper)).toEqual(["Puzanov writes", "Kim retells it", "Mao speaks"]);
    expect(document.activeElement?.getAttribute("aria-label")).toBe("Move down: Puzanov writes");
    wrapper.unmount();
  });

  it("supports drag and drop as well", async () => {
    const wrapper = mount(QuestionOrdering, {
      props: { id: "q1", question: question("?"), paragraphs: [] },
    });
    const rows = wrapper.findAll("li[data-item]");
    expect(rows[0]!.attributes("draggable")).toBe("true");
    await rows[2]!.trigger("dragstart", { dataTransfer: { setData() {}, effectAllowed: "" } });
    await rows[0]!.trigger("dragover");
    await rows[0]!.trigger("drop");
    expect(wrapper.emitted("change")![0]).toEqual([{ order: ["puzanov", "kim", "mao"] }, false]);
  });

  it("offers to keep the served order as the answer until one is saved", async () => {
    const wrapper = mount(QuestionOrdering, {
      props: { id: "q1", question: question("?"), paragraphs: [] },
    });
    await wrapper.find("button:not([data-move])").trigger("click");
    expect(wrapper.emitted("change")![0]).toEqual([{ order: ["kim", "mao", "puzanov"] }, false]);
    await wrapper.setProps({ answer: { order: ["kim", "mao", "puzanov"] } });
    expect(wrapper.text()).not.toContain("This order is my answer");
  });

  it("shows where each item belongs once feedback gives the right order", () => {
    const wrapper = mount(QuestionOrdering, {
      props: {
        id: "q1",
        question: question("?"),
        paragraphs: [],
        answer: { order: ["mao", "puzanov", "kim"] },
        expected: { order: ["mao", "kim", "puzanov"] },
      },
    });
    expect(texts(wrapper)).toEqual([
      "Mao speaks In the right place",
      "Puzanov writes Belongs at 3",
      "Kim retells it Belongs at 2",
    ]);
  });
});
