import { mount, type VueWrapper } from "@vue/test-utils";
import { afterEach, describe, expect, it } from "vitest";
import { createMemoryHistory, createRouter } from "vue-router";
import { mentionsByParagraph } from "../../../../client/src/lib/reader/entities.js";
import ReaderParagraph from "../../../../client/src/components/reader/ReaderParagraph.vue";
import ReaderText from "../../../../client/src/components/reader/ReaderText.vue";
import { DOCUMENT, paragraph } from "../../fixtures/reader.js";

const router = createRouter({
  history: createMemoryHistory(),
  routes: [{ path: "/:any(.*)*", component: { render: () => null } }],
});
const mentions = mentionsByParagraph(DOCUMENT);
let wrapper: VueWrapper | undefined;
afterEach(() => wrapper?.unmount());

function mountText(n: number, props: Record<string, unknown> = {}) {
  wrapper = mount(ReaderText, {
    props: { paragraph: paragraph(n), mentions: mentions.get(n) ?? [], ...props },
    global: { plugins: [router] },
    attachTo: document.body,
  });
  return wrapper;
}
const escape = { key: "Escape" };

describe("ReaderText", () => {
  it("shows the text as published with the notes on, and the author's words alone with them off", async () => {
    const text = mountText(3);
    expect(text.find(".reader-text").text()).toContain("[sic; November]");
    expect(text.find(".note--sic .note-badge").text()).toBe("sic");
    expect(text.findAll("[data-note-kind]").map((n) => n.attributes("data-note-kind"))).toEqual([
      "SIC",
      "INSERTION",
    ]);

    await text.setProps({ showNotes: false });
    expect(text.find(".reader-text").text()).not.toContain("[sic; November]");
    expect(text.find(".reader-text").text()).toContain("On 12 September 1957 a conversation");
    expect(text.findAll("[data-note-kind]")).toHaveLength(0);
    // The people are still there to open.
    expect(text.findAll(".mention--person").map((m) => m.attributes("aria-label"))).toContain(
      "Kim Il Sung (person)",
    );
  });

  it("keeps the paragraph's line breaks", () => {
    expect(mountText(1).find(".reader-text").element.textContent).toContain(
      "SECRET Copy № 2\nof A. M.",
    );
  });

  it("opens a note's explanation from its button and closes it with Escape, focus back on the button", async () => {
    const text = mountText(3);
    const badge = text.find(".note--sic .note-badge");
    expect(badge.attributes("aria-label")).toBe("sic, editorial note: Correction (sic)");
    (badge.element as HTMLElement).focus();
    await badge.trigger("click"); // what Enter or Space does on a native button
    expect(badge.attributes("aria-expanded")).toBe("true");
    const panel = text.find(`#${badge.attributes("aria-controls")}`);
    expect(panel.text()).toContain("Correction (sic)");
    expect(panel.text()).toContain('"Sic" is Latin for "thus"');

    (panel.find("button").element as HTMLElement).focus();
    await panel.find("button").trigger("keydown", escape);
    expect(text.find(`#${badge.attributes("aria-controls")}`).exists()).toBe(false);
    expect(badge.attributes("aria-expanded")).toBe("false");
    expect(document.activeElement).toBe(badge.element);
  });

  it("opens a person with Enter, says when they are not identified, links their paragraphs, and closes with Escape", async () => {
    const text = mountText(26);
    const zakharov = text.find(".mention--person");
    expect(zakharov.attributes("role")).toBe("button");
    expect(zakharov.attributes("tabindex")).toBe("0");
    await zakharov.trigger("keydown", { key: "Enter" });
    const panel = text.find(`#${zakharov.attributes("aria-controls")}`);
    expect(panel.text()).toContain("Not identified");
    expect(panel.findAll("a").map((a) => a.attributes("href"))).toEqual(["/#p26"]);

    await zakharov.trigger("keydown", escape);
    expect(zakharov.attributes("aria-expanded")).toBe("false");
    expect(document.activeElement).toBe(zakharov.element);
    await zakharov.trigger("keydown", { key: " " });
    expect(zakharov.attributes("aria-expanded")).toBe("true");
  });

  it("closes only the innermost panel: a person named inside an open note", async () => {
    const text = mountText(3);
    const insertion = text.find(".note--insertion");
    await insertion.find(".note-badge").trigger("click");
    const mao = insertion.find(".mention");
    expect(mao.attributes("aria-label")).toBe("Mao (person)");
    await mao.trigger("click");
    expect(text.text()).toContain("Chairman of the Communist Party of China");

    await mao.trigger("keydown", escape);
    expect(mao.attributes("aria-expanded")).toBe("false");
    expect(insertion.find(".note-badge").attributes("aria-expanded")).toBe("true");
    await insertion.find(".note-badge").trigger("keydown", escape);
    expect(insertion.find(".note-badge").attributes("aria-expanded")).toBe("false");
  });

  it("highlights search matches in <mark>, the current one set apart", () => {
    const text = mountText(9, { search: "cpc", activeMatch: 1 });
    const marks = text.findAll("mark");
    expect(marks.map((m) => m.text())).toEqual(["CPC", "CPC", "CPC"]);
    expect(marks.map((m) => m.classes("current"))).toEqual([false, true, false]);
  });
});

describe("ReaderParagraph", () => {
  it("numbers the paragraph with a link to it", () => {
    wrapper = mount(ReaderParagraph, {
      props: { paragraph: paragraph(9) },
      global: { plugins: [router] },
    });
    const link = wrapper.find("a.paragraph-number");
    expect(link.text()).toBe("¶9");
    expect(link.attributes("href")).toBe("/#p9");
    expect(link.attributes("aria-label")).toBe("¶9, link to this paragraph");
  });
});
