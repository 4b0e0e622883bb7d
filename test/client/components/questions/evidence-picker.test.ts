import { mount } from "@vue/test-utils";
import { afterEach, describe, expect, it } from "vitest";
import type { AnswerInput } from "../../../../client/src/api/generated/graphql.js";
import QuestionEvidence from "../../../../client/src/components/questions/QuestionEvidence.vue";

const P1 = "from the journal [handwritten entry SECRET Copy № 2\nof A. M. PUZANOV]";
const P2 = "𝔄 rare 👍 quotation: “So, will you accept and invite [me]?”";
const paragraphs = [
  { number: 1, text: P1, notes: [{ start: 17, end: P1.length }] },
  { number: 2, text: P2, notes: [{ start: P2.indexOf("[me]"), end: P2.indexOf("[me]") + 4 }] },
  { number: 3, text: "A paragraph the item does not point to.", notes: [] },
];

function mountQuestion(answer: AnswerInput = {}) {
  const wrapper = mount(QuestionEvidence, {
    props: {
      id: "q3",
      question: {
        id: "item",
        kind: "EVIDENCE" as const,
        prompt: "Select passages that support the claim.",
        claim: "This record was written for a small circle.",
        points: 1,
        paragraphNumbers: [1, 2],
        minSelections: 1,
        maxSelections: 2,
        sources: [],
      },
      paragraphs,
      answer,
      onChange: (next: AnswerInput) => void wrapper.setProps({ answer: next }),
    },
    attachTo: document.body,
  });
  return wrapper;
}

const lastAnswer = (wrapper: ReturnType<typeof mountQuestion>) =>
  wrapper.emitted("change")!.at(-1)!;

/** Selects text in a rendered paragraph as a mouse would (DOM Selection across its text nodes). */
function selectWords(paragraph: Element, words: string) {
  const text = paragraph.textContent!;
  const start = text.indexOf(words);
  const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
  const points: Array<[Node, number]> = [];
  let seen = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const length = (node as Text).length;
    for (const target of [start, start + words.length])
      if (target >= seen && target <= seen + length && points.length < (target === start ? 1 : 2))
        points.push([node, target - seen]);
    seen += length;
  }
  const range = document.createRange();
  range.setStart(...points[0]!);
  range.setEnd(...points[1]!);
  const selection = window.getSelection()!;
  selection.removeAllRanges();
  selection.addRange(range);
}

afterEach(() => {
  document.body.innerHTML = "";
});

describe("QuestionEvidence", () => {
  it("shows the claim and, by default, only the item's paragraphs, each with a labelled checkbox", async () => {
    const wrapper = mountQuestion();
    expect(wrapper.find("legend").text()).toBe("Select passages that support the claim.");
    expect(wrapper.text()).toContain("This record was written for a small circle.");
    expect(wrapper.find('label[for="q3-p1-whole"]').text()).toContain("¶1");
    expect(wrapper.find("#q3-p3-whole").exists()).toBe(false);
    await wrapper.find("#q3-all").setValue(true);
    expect(wrapper.find("#q3-p3-whole").exists()).toBe(true);
    wrapper.unmount();
  });

  it("a ticked paragraph is chosen whole", async () => {
    const wrapper = mountQuestion();
    await wrapper.find("#q3-p1-whole").setValue(true);
    expect(lastAnswer(wrapper)).toEqual([{ evidence: [{ paragraphNumber: 1 }] }, false]);
    await wrapper.find("#q3-p1-whole").setValue(false);
    expect(lastAnswer(wrapper)).toEqual([{ evidence: [] }, false]);
    wrapper.unmount();
  });

  it("“Use selected text” turns a mouse selection into offsets of the paragraph's text, astral characters included", async () => {
    const wrapper = mountQuestion();
    const rendered = wrapper.findAll("p.source-text")[1]!.element;
    expect(rendered.textContent).toBe(P2);
    selectWords(rendered, "👍 quotation: “So, will you accept and invite [me]");
    await wrapper.find('button[aria-label="Use selected text from ¶2"]').trigger("click");
    const start = P2.indexOf("👍");
    const end = P2.indexOf("[me]") + 4;
    expect(start).toBe(8); // 𝔄 counts two
    expect(lastAnswer(wrapper)).toEqual([
      { evidence: [{ paragraphNumber: 2, start, end }] },
      false,
    ]);
    // The chosen words are marked and listed with a Remove button.
    const marked = wrapper
      .findAll("p.source-text")[1]!
      .findAll("mark")
      .map((mark) => mark.element.textContent);
    expect(marked.join("")).toBe(P2.slice(start, end));
    expect(wrapper.find('button[aria-label^="Remove ¶2"]').exists()).toBe(true);
    wrapper.unmount();
  });

  it("with the keyboard: a text area holding the paragraph (edits refused), its selection becomes the passage", async () => {
    const wrapper = mountQuestion();
    const toggle = wrapper
      .findAll("button")
      .find(
        (b) => b.text().startsWith("Choose a passage with the keyboard") && b.text().includes("¶1"),
      )!;
    await toggle.trigger("click");
    const textarea = wrapper.find("textarea#q3-p1-keys").element as HTMLTextAreaElement;
    expect(textarea.getAttribute("aria-readonly")).toBe("true");
    expect(textarea.value).toBe(P1);
    // An edit is undone at once.
    textarea.value = "typed over";
    textarea.dispatchEvent(new Event("input"));
    expect(textarea.value).toBe(P1);
    expect(wrapper.find('label[for="q3-p1-keys"]').exists()).toBe(true);
    expect(document.activeElement).toBe(textarea);
    const start = P1.indexOf("SECRET");
    textarea.setSelectionRange(start, start + "SECRET Copy № 2".length);
    await wrapper.find('button[aria-label="Use selected words from ¶1"]').trigger("click");
    expect(lastAnswer(wrapper)).toEqual([
      { evidence: [{ paragraphNumber: 1, start, end: start + 15 }] },
      false,
    ]);
    wrapper.unmount();
  });

  it("asks for a selection first when nothing is selected", async () => {
    const wrapper = mountQuestion();
    window.getSelection()!.removeAllRanges();
    await wrapper.find('button[aria-label="Use selected text from ¶1"]').trigger("click");
    expect(wrapper.emitted("change")).toBeUndefined();
    expect(wrapper.text()).toContain("First select some words in ¶1");
    wrapper.unmount();
  });

  it("respects maxSelections and removes a passage with its Remove button", async () => {
    const wrapper = mountQuestion({
      evidence: [{ paragraphNumber: 1 }, { paragraphNumber: 2, start: 0, end: 2 }],
    });
    expect(wrapper.text()).toContain("Your passages (2 chosen; choose 1 to 2)");
    await wrapper.find("#q3-all").setValue(true);
    await wrapper.find("#q3-p3-whole").setValue(true);
    expect(wrapper.emitted("change")).toBeUndefined();
    expect(wrapper.text()).toContain("You can choose at most 2 passages");
    await wrapper.find('button[aria-label^="Remove ¶1"]').trigger("click");
    expect(lastAnswer(wrapper)).toEqual([
      { evidence: [{ paragraphNumber: 2, start: 0, end: 2 }] },
      false,
    ]);
    wrapper.unmount();
  });
});
