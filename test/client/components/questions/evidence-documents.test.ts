import { mount } from "@vue/test-utils";
import { afterEach, describe, expect, it } from "vitest";
import type { AnswerInput } from "../../../../client/src/api/generated/graphql.js";
import QuestionEvidence from "../../../../client/src/components/questions/QuestionEvidence.vue";

// An evidence question offering its own document and another: a tab per document (WAI-ARIA
// tabs), a heading with each document's title, and passages chosen there naming their document.
const OWN = { slug: "record", title: "The record", shortTitle: "The record" };
const TELEGRAM = { slug: "telegram", title: "A telegram of 1956", shortTitle: "The telegram" };
const paragraphs = [
  { number: 6, text: "The record's sixth paragraph.", notes: [] },
  { number: 10, text: "Friendly advice of two parties.", notes: [] },
];
const telegramParagraphs = [
  { number: 6, text: "The interference of two older brothers.", notes: [] },
];

function mountQuestion(answer: AnswerInput = {}) {
  const wrapper = mount(QuestionEvidence, {
    props: {
      id: "q5",
      question: {
        id: "item",
        kind: "EVIDENCE" as const,
        prompt: "Select passages in both documents.",
        claim: "Kim spoke differently.",
        points: 2,
        paragraphNumbers: [10],
        minSelections: 2,
        maxSelections: 3,
        sources: [
          { document: OWN, paragraphNumbers: [10], paragraphs: [] },
          {
            document: TELEGRAM,
            paragraphNumbers: [6],
            paragraphs: telegramParagraphs.map((p) => ({ ...p, notes: [] })),
          },
        ],
      },
      paragraphs,
      answer,
      onChange: (next: AnswerInput) => void wrapper.setProps({ answer: next }),
    },
    attachTo: document.body,
  });
  return wrapper;
}

afterEach(() => {
  document.body.innerHTML = "";
});

describe("an evidence question offering two documents", () => {
  it("shows a tab per document, the own one selected, with the document's title as a heading", () => {
    const wrapper = mountQuestion();
    const tabs = wrapper.findAll('[role="tab"]');
    expect(tabs.map((t) => t.text())).toEqual(["The record", "The telegram"]);
    expect(wrapper.find('[role="tablist"]').attributes("aria-label")).toBe(
      "Documents to choose passages from",
    );
    expect(tabs.map((t) => [t.attributes("aria-selected"), t.attributes("tabindex")])).toEqual([
      ["true", "0"],
      ["false", "-1"],
    ]);
    const panels = wrapper.findAll('[role="tabpanel"]');
    expect(panels.map((p) => p.attributes("aria-labelledby"))).toEqual(["q5-tab0", "q5-tab1"]);
    expect(tabs[0]!.attributes("aria-controls")).toBe("q5-panel0");
    expect(panels[0]!.isVisible()).toBe(true);
    expect(panels[1]!.isVisible()).toBe(false);
    expect(panels[1]!.find("h4").text()).toContain("A telegram of 1956");
    wrapper.unmount();
  });

  it("moves between documents with the arrow keys and chooses a paragraph there with its document", async () => {
    const wrapper = mountQuestion();
    await wrapper.find('[role="tab"]').trigger("keydown", { key: "ArrowRight" });
    const tabs = wrapper.findAll('[role="tab"]');
    expect(tabs[1]!.attributes("aria-selected")).toBe("true");
    expect(document.activeElement?.id).toBe("q5-tab1");
    expect(wrapper.findAll('[role="tabpanel"]')[1]!.isVisible()).toBe(true);
    // ¶6 of the telegram, not ¶6 of the record.
    expect(wrapper.find('label[for="q5-d1-p6-whole"]').text()).toContain("The telegram ¶6");
    await wrapper.find("#q5-d1-p6-whole").setValue(true);
    expect(wrapper.emitted("change")!.at(-1)![0]).toEqual({
      evidence: [{ documentSlug: "telegram", paragraphNumber: 6 }],
    });
    expect(wrapper.text()).toContain(
      "The telegram ¶6 (whole paragraph): “The interference of two older brothers.”",
    );
    expect(tabs[1]!.text()).toContain("(1 chosen)");
    await tabs[1]!.trigger("keydown", { key: "Home" });
    expect(tabs[0]!.attributes("aria-selected")).toBe("true");
    await wrapper.find("#q5-p10-whole").setValue(true);
    expect(wrapper.emitted("change")!.at(-1)![0]).toEqual({
      evidence: [{ paragraphNumber: 10 }, { documentSlug: "telegram", paragraphNumber: 6 }],
    });
    wrapper.unmount();
  });

  it("keeps a saved passage of the own document named by its slug apart from the other document's", () => {
    const wrapper = mountQuestion({
      evidence: [
        { documentSlug: "record", paragraphNumber: 10, start: 0, end: 8 },
        { documentSlug: "telegram", paragraphNumber: 6, start: 4, end: 16 },
      ],
    });
    expect(wrapper.find("#q5-p10-whole").element).toHaveProperty("checked", true);
    expect(wrapper.find("#q5-d1-p6-whole").element).toHaveProperty("checked", true);
    expect(wrapper.find("#q5-p6-whole").exists()).toBe(false);
    expect(wrapper.text()).toContain("¶10: “Friendly”");
    expect(wrapper.text()).toContain("The telegram ¶6: “interference”");
    wrapper.unmount();
  });
});
