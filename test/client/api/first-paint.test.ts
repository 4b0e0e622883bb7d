import { afterEach, describe, expect, it, vi } from "vitest";
import { createMemoryHistory, createRouter } from "vue-router";
import { firstPageReady } from "../../../client/src/router/first-paint.js";

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

const viewerAnswer = () =>
  vi.fn(
    async () =>
      new Response(JSON.stringify({ data: { viewer: null } }), {
        headers: { "content-type": "application/json" },
      }),
  );

function routerWith(prefetch: () => Promise<void>) {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [{ path: "/documents/:slug", component: { render: () => null }, meta: { prefetch } }],
  });
  void router.push("/documents/x");
  return router;
}

describe("firstPageReady", () => {
  it("waits for the route's code, the session and the route's own prefetch", async () => {
    vi.stubGlobal("fetch", viewerAnswer());
    let arrive = () => {};
    const prefetch = vi.fn(() => new Promise<void>((resolve) => (arrive = resolve)));
    let ready = false;
    const waiting = firstPageReady(routerWith(prefetch)).then(() => (ready = true));
    await vi.waitFor(() => expect(prefetch).toHaveBeenCalledTimes(1));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(ready).toBe(false);
    arrive();
    await waiting;
    expect(ready).toBe(true);
  });

  it("gives up waiting at its limit, and never rejects when a prefetch fails", async () => {
    vi.stubGlobal("fetch", viewerAnswer());
    const hanging = routerWith(() => new Promise<void>(() => {}));
    const started = Date.now();
    await firstPageReady(hanging, 50);
    expect(Date.now() - started).toBeGreaterThanOrEqual(45);
    await expect(
      firstPageReady(routerWith(() => Promise.reject(new Error("offline")))),
    ).resolves.toBeUndefined();
  });
});
