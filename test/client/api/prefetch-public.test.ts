import { afterEach, describe, expect, it, vi } from "vitest";
import { prefetchPublic, publicRequest } from "../../../client/src/api/public-read.js";
import type { TypedDocumentString } from "../../../client/src/api/generated/graphql.js";

afterEach(() => vi.unstubAllGlobals());

const Query = {
  toString: () => "query Doc($slug: String!) { document(slug: $slug) { title } }",
} as unknown as TypedDocumentString<{ document: { title: string } | null }, { slug: string }>;

function serve() {
  let served = 0;
  const fetch = vi.fn(async () => {
    served += 1;
    return new Response(JSON.stringify({ data: { document: { title: `answer ${served}` } } }), {
      headers: { "content-type": "application/json" },
    });
  });
  vi.stubGlobal("fetch", fetch);
  return fetch;
}

describe("prefetchPublic", () => {
  it("hands its answer to the next identical read once; later reads and other variables fetch anew", async () => {
    const fetch = serve();
    await prefetchPublic(Query, { slug: "a" });
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(await publicRequest(Query, { slug: "b" })).toEqual({ document: { title: "answer 2" } });
    expect(await publicRequest(Query, { slug: "a" })).toEqual({ document: { title: "answer 1" } });
    expect(fetch).toHaveBeenCalledTimes(2);
    expect(await publicRequest(Query, { slug: "a" })).toEqual({ document: { title: "answer 3" } });
  });

  it("never rejects itself, and passes a failure to the read that takes its answer", async () => {
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => {
        throw new TypeError("Failed to fetch");
      }),
    );
    await expect(prefetchPublic(Query, { slug: "c" })).resolves.toBeUndefined();
    await expect(publicRequest(Query, { slug: "c" })).rejects.toMatchObject({ code: "NETWORK" });
  });

  it("when the page asks before its prefetch, the page takes what the HTML brought and the late prefetch asks nothing", async () => {
    vi.resetModules();
    const element = document.createElement("script");
    element.type = "application/json";
    element.id = "first-page-data";
    element.textContent = JSON.stringify({
      anonymous: true,
      read: {
        operation: "Doc",
        variables: { slug: "d" },
        body: { data: { document: { title: "from the HTML" } } },
      },
    });
    document.body.append(element);
    const fetch = serve();
    const fresh = await import("../../../client/src/api/public-read.js");
    expect(await fresh.publicRequest(Query, { slug: "d" })).toEqual({
      document: { title: "from the HTML" },
    });
    await fresh.prefetchPublic(Query, { slug: "d" });
    expect(fetch).not.toHaveBeenCalled();
    expect(await fresh.publicRequest(Query, { slug: "d" })).toEqual({
      document: { title: "answer 1" },
    });
    expect(fetch).toHaveBeenCalledTimes(1);
  });
});
