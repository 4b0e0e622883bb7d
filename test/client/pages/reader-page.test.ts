import { settle } from "../support/settle.js";
import { flushPromises, mount, type VueWrapper } from "@vue/test-utils";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { createMemoryHistory, createRouter } from "vue-router";
import { useStatus } from "../../../client/src/composables/useStatus.js";
import ReaderPage from "../../../client/src/pages/ReaderPage.vue";
import { DOCUMENT, SLUG } from "../fixtures/reader.js";

let wrapper: VueWrapper | undefined;
beforeAll(() => {
  // jsdom lays nothing out.
  Element.prototype.scrollIntoView = vi.fn();
  window.scrollTo = vi.fn() as unknown as typeof window.scrollTo;
});
afterEach(() => {
  wrapper?.unmount();
  vi.unstubAllGlobals();
});

function serve(respond: () => Promise<Response>) {
  const fetch = vi.fn<(input: RequestInfo | URL, init?: RequestInit) => Promise<Response>>(respond);
  vi.stubGlobal("fetch", fetch);
  return fetch;
}
const json = (body: unknown) => async () =>
  new Response(JSON.stringify(body), { headers: { "content-type": "application/json" } });

async function openReader(path = `/documents/${SLUG}`) {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: "/", component: { render: () => null } },
      { path: "/documents/:slug", component: ReaderPage },
    ],
  });
  await router.push(path);
  await router.isReady();
  wrapper = mount(ReaderPage, { global: { plugins: [router] }, attachTo: document.body });
  await settle();
  // A document fills in over a few tasks, its side panel's lists last.
  const page = wrapper;
  await vi.waitFor(() =>
    expect(page.find(".reader-side .collection").exists() || !page.find("article").exists()).toBe(
      true,
    ),
  );
  await settle();
  return wrapper;
}
const paragraphText = (page: VueWrapper, n: number) => page.find(`#p${n} .reader-text`).text();

describe("ReaderPage", () => {
  it("loads the document by its slug and shows the numbered paragraphs, citation, people and terms", async () => {
    const fetch = serve(json({ data: { document: DOCUMENT } }));
    const page = await openReader();
    // A public read: by GET with the query's hash, so the browser and a CDN may keep it.
    const [url, init] = fetch.mock.calls[0]!;
    expect(init?.method).toBe("GET");
    const params = new URL(String(url), location.href).searchParams;
    expect(JSON.parse(params.get("variables")!)).toEqual({ slug: SLUG });
    expect(page.find("h1").text()).toBe(DOCUMENT.title);
    expect(page.findAll(".reader-paragraphs > li").map((li) => li.attributes("id"))).toEqual([
      "p1",
      "p3",
      "p9",
      "p10",
      "p20",
      "p22",
      "p26",
    ]);
    expect(page.text()).toContain(DOCUMENT.citation);
    expect(page.findAll(".entity-list h2").map((h) => h.text())).toEqual([
      "People in this record",
      "Terms",
    ]);
    expect(page.find(".entity-list").text()).toContain("not identified");
  });

  it("switches the editorial notes off and on", async () => {
    serve(json({ data: { document: DOCUMENT } }));
    const page = await openReader();
    const notesSwitch = page.find<HTMLInputElement>('input[role="switch"]');
    expect(page.find(`label[for="${notesSwitch.attributes("id")}"]`).text()).toBe(
      "Editorial notes",
    );
    expect(notesSwitch.element.checked).toBe(true);
    expect(paragraphText(page, 3)).toContain("[sic; November]");

    await notesSwitch.setValue(false);
    expect(paragraphText(page, 3)).not.toContain("[sic; November]");
    expect(paragraphText(page, 22)).toBe("(A. PUZANOV)");
    expect(page.text()).toContain("Off: the author's words alone");

    await notesSwitch.setValue(true);
    expect(paragraphText(page, 3)).toContain("[sic; November]");
  });

  it("searches the text, counts the matches and steps through them", async () => {
    serve(json({ data: { document: DOCUMENT } }));
    const page = await openReader();
    const search = page.find('input[type="search"]');
    expect(page.find(`label[for="${search.attributes("id")}"]`).text()).toBe("Search the document");
    await search.setValue("Interference");
    expect(page.findAll(".reader-paragraphs mark")).toHaveLength(2);
    expect(page.find(".search-count").text()).toBe("2 matches in ¶9, ¶10");

    await page.find("form").trigger("submit");
    await flushPromises();
    expect(page.find("#p9 mark.current").exists()).toBe(true);
    expect(page.find(".search-count").text()).toBe("Match 1 of 2, in ¶9");
    expect(useStatus().message.value).toBe("Match 1 of 2, in ¶9");
    await page.findAll(".search-buttons button")[0].trigger("click");
    await flushPromises();
    expect(page.find("#p10 mark.current").exists()).toBe(true);
  });

  it("copies the citation and says so in the status region", async () => {
    serve(json({ data: { document: DOCUMENT } }));
    const writeText = vi.fn(async () => {});
    vi.stubGlobal("navigator", { ...navigator, clipboard: { writeText } });
    const page = await openReader();
    await page.find(".citation button").trigger("click");
    await flushPromises();
    expect(writeText).toHaveBeenCalledWith(DOCUMENT.citation);
    expect(useStatus().message.value).toMatch(/^Copied/);
  });

  it("says so, with a link home, when there is no such document", async () => {
    serve(json({ data: { document: null } }));
    const page = await openReader("/documents/nothing-here");
    expect(page.find("h1").text()).toBe("We couldn't find that document");
    expect(page.find('a[href="/"]').exists()).toBe(true);
  });

  it("shows a failed load in words, with a way to try again", async () => {
    const fetch = serve(async () => {
      throw new TypeError("Failed to fetch");
    });
    const page = await openReader();
    expect(page.find(".alert.error").text()).toContain("You seem to be offline");
    fetch.mockImplementation(json({ data: { document: DOCUMENT } }));
    await page.find(".alert.error button").trigger("click");
    await settle();
    expect(page.find("h1").text()).toBe(DOCUMENT.title);
  });
});
