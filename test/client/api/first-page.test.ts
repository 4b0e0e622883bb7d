import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { TypedDocumentString } from "../../../client/src/api/generated/graphql.js";

// What a page's HTML brought (server/src/http/client-pages.ts) is used once, by the page it came
// with; anything else asks the server.

const Viewer = {
  toString: () => "query Viewer { viewer { id displayName } }",
} as unknown as TypedDocumentString<
  { viewer: { id: string; displayName: string } | null },
  Record<string, never>
>;
const OpenPractice = {
  toString: () => "query PlayerOpenPractice($lessonSlug: String!) { myAttempts { id } }",
} as unknown as TypedDocumentString<{ myAttempts: Array<{ id: string }> }, { lessonSlug: string }>;

function htmlBrought(personal: unknown[]) {
  const element = document.createElement("script");
  element.type = "application/json";
  element.id = "first-page-data";
  element.textContent = JSON.stringify({ anonymous: false, read: null, personal });
  document.body.append(element);
}

function serve() {
  const fetch = vi.fn(
    async () =>
      new Response(JSON.stringify({ data: { viewer: null, myAttempts: [] } }), {
        headers: { "content-type": "application/json" },
      }),
  );
  vi.stubGlobal("fetch", fetch);
  return fetch;
}

beforeEach(() => {
  vi.resetModules();
  htmlBrought([
    {
      operation: "Viewer",
      variables: null,
      body: { data: { viewer: { id: "VXNlcjox", displayName: "Ada" } } },
    },
    {
      operation: "PlayerOpenPractice",
      variables: { lessonSlug: "sourcing-the-record" },
      body: { data: { myAttempts: [{ id: "QXR0ZW1wdDox" }] } },
    },
  ]);
});
afterEach(() => {
  vi.unstubAllGlobals();
  document.body.innerHTML = "";
});

describe("the reads a page's HTML brought", () => {
  it("answer the same query with the same variables once, without a request", async () => {
    const fetch = serve();
    const { request } = await import("../../../client/src/api/client.js");
    expect((await request(Viewer)).viewer?.displayName).toBe("Ada");
    const open = await request(OpenPractice, { lessonSlug: "sourcing-the-record" });
    expect(open.myAttempts).toEqual([{ id: "QXR0ZW1wdDox" }]);
    expect(fetch).not.toHaveBeenCalled();
    expect((await request(Viewer)).viewer).toBeNull();
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it("never answer other variables", async () => {
    const fetch = serve();
    const { request } = await import("../../../client/src/api/client.js");
    expect((await request(OpenPractice, { lessonSlug: "another" })).myAttempts).toEqual([]);
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it("are gone once the visitor moves on, signs in or out", async () => {
    const fetch = serve();
    const { request } = await import("../../../client/src/api/client.js");
    const { forgetFirstPage } = await import("../../../client/src/api/first-page.js");
    forgetFirstPage();
    expect((await request(Viewer)).viewer).toBeNull();
    expect((await request(OpenPractice, { lessonSlug: "sourcing-the-record" })).myAttempts).toEqual(
      [],
    );
    expect(fetch).toHaveBeenCalledTimes(2);
  });
});
