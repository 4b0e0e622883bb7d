import { mount } from "@vue/test-utils";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createMemoryHistory, createRouter } from "vue-router";
import ReaderCollection from "../../../../client/src/components/reader/ReaderCollection.vue";
import { settle } from "../../support/settle.js";

afterEach(() => vi.unstubAllGlobals());

async function mountWith(document: unknown) {
  vi.stubGlobal(
    "fetch",
    vi.fn(
      async () =>
        new Response(JSON.stringify({ data: { document } }), {
          headers: { "content-type": "application/json" },
        }),
    ),
  );
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [{ path: "/:any(.*)*", component: { render: () => null } }],
  });
  const wrapper = mount(ReaderCollection, {
    props: { slug: "zhang" },
    global: { plugins: [router] },
  });
  await settle();
  return wrapper;
}

const cite = (lesson: string, over: Record<string, unknown> = {}) => ({
  lessonSlug: lesson,
  lessonTitle: `Lesson ${lesson}`,
  stepTitle: "Evidence cards",
  itemId: null,
  prompt: null,
  paragraphNumbers: [],
  ...over,
});

describe("ReaderCollection", () => {
  it("lists the citing lessons, each question's prompt or the step, and the paragraphs cited", async () => {
    const wrapper = await mountWith({
      slug: "zhang",
      origin: "CHINESE",
      imported: false,
      citedBy: [
        cite("b", { paragraphNumbers: [8] }),
        cite("a", {
          itemId: "UXVlc3Rpb246MQ",
          prompt: "Who proposed it?",
          paragraphNumbers: [7, 8],
        }),
      ],
    });
    expect(
      wrapper
        .findAll("summary")
        .map((s) => s.findAll(".lesson-title, .visually-hidden").map((t) => t.element.textContent)),
    ).toEqual([
      ["Lesson b", ", 1 citation"],
      ["Lesson a", ", 1 citation"],
    ]);
    // A lesson's citations reach the page when its entry is opened.
    expect(wrapper.findAll(".prompt")).toHaveLength(0);
    for (const details of wrapper.findAll("details")) {
      (details.element as HTMLDetailsElement).open = true;
      await details.trigger("toggle");
    }
    expect(wrapper.findAll(".prompt").map((p) => p.text())).toEqual([
      "Step: Evidence cards",
      "Question: Who proposed it?",
    ]);
    expect(wrapper.findAll(".where").map((p) => p.text())).toEqual([
      "Cites ¶8paragraph 8",
      "Cites ¶7paragraph 7, ¶8paragraph 8",
    ]);
    expect(wrapper.find("a[href='/lessons/b']").exists()).toBe(true);
    expect(wrapper.text()).not.toContain("Imported");
  });

  it("says when no lesson cites the document, and marks an imported one", async () => {
    const wrapper = await mountWith({ slug: "x", origin: null, imported: true, citedBy: [] });
    expect(wrapper.text()).toContain("No lesson cites this document yet.");
    expect(wrapper.find(".tag").text()).toBe("Imported");
  });
});
