import { flushPromises, mount } from "@vue/test-utils";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createMemoryHistory, createRouter } from "vue-router";
import LtiContinuePage from "../../../client/src/pages/LtiContinuePage.vue";
import { forgetFrameToken, frameToken } from "../../../client/src/api/frame-token.js";

/** The page as an LMS's frame shows it: `window.top` is another window. */
function inAFrame() {
  Object.defineProperty(window, "top", { configurable: true, get: () => ({}) });
}

/** The server: /lti/session answers `session`; GraphQL's viewer answers with the bearer token seen. */
function fakeServer(session: { status: number; body: unknown }) {
  const sent: Array<{ url: string; authorization: string | null; body: string }> = [];
  vi.stubGlobal(
    "fetch",
    vi.fn(async (url: string, init: RequestInit) => {
      const headers = new Headers(init.headers);
      sent.push({ url, authorization: headers.get("authorization"), body: String(init.body) });
      const reply =
        url === "/lti/session"
          ? session
          : {
              status: 200,
              body: {
                data: {
                  viewer: { id: "t1", role: "TEACHER", displayName: "Ms Rivera", signInCode: null },
                },
              },
            };
      return new Response(JSON.stringify(reply.body), {
        status: reply.status,
        headers: { "content-type": "application/json" },
      });
    }),
  );
  return sent;
}

async function open(hash: string) {
  window.history.replaceState(null, "", `/lti/continue${hash}`);
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: "/lti/continue", component: LtiContinuePage },
      { path: "/:rest(.*)*", component: { template: "<p>elsewhere</p>" } },
    ],
  });
  await router.push("/lti/continue");
  const wrapper = mount(LtiContinuePage, { global: { plugins: [router] } });
  await flushPromises();
  return { wrapper, router };
}

const top = Object.getOwnPropertyDescriptor(window, "top")!;
afterEach(() => {
  Object.defineProperty(window, "top", top);
  forgetFrameToken();
  vi.unstubAllGlobals();
});

describe("the page that ends a launch inside an LMS's frame", () => {
  it("exchanges the code once, keeps the token for the frame, sends it as a bearer token and opens the launch's page", async () => {
    inAFrame();
    const sent = fakeServer({
      status: 200,
      body: { token: "session-token", to: "/teacher/assignments/A1", role: "TEACHER" },
    });
    const { router } = await open(
      "#code=one-time-code-0123456789&to=%2Fteacher%2Fassignments%2FA1",
    );
    expect(sent[0]).toEqual({
      url: "/lti/session",
      authorization: null,
      body: JSON.stringify({ code: "one-time-code-0123456789" }),
    });
    // The code is off the address bar at once.
    expect(window.location.hash).toBe("");
    expect(frameToken()).toBe("session-token");
    expect(sent[1]!.authorization).toBe("Bearer session-token");
    expect(router.currentRoute.value.fullPath).toBe("/teacher/assignments/A1");
  });

  it("shows the server's message for a used or expired code, keeping no token", async () => {
    inAFrame();
    fakeServer({
      status: 400,
      body: {
        errors: [
          {
            message:
              "This launch code is unknown, expired or already used. Open the link from your course again.",
            extensions: { code: "BAD_USER_INPUT" },
          },
        ],
      },
    });
    const { wrapper, router } = await open("#code=used-code-0123456789012&to=%2Fassignments%2FA1");
    expect(wrapper.get("h1").text()).toBe("This launch cannot open");
    expect(wrapper.get("[role=alert]").text()).toContain("expired or already used");
    expect(frameToken()).toBeNull();
    expect(router.currentRoute.value.fullPath).toBe("/lti/continue");
  });

  it("without a code says to open the link from the course, asking the server nothing", async () => {
    const sent = fakeServer({ status: 500, body: {} });
    const { wrapper } = await open("");
    expect(wrapper.get("[role=alert]").text()).toContain("Open the link from your course again");
    expect(sent).toEqual([]);
  });

  it("never sends a launch somewhere off this site", async () => {
    inAFrame();
    fakeServer({ status: 200, body: { token: "t", to: "//evil.example/x", role: "STUDENT" } });
    const { router } = await open("#code=one-time-code-0123456789&to=%2F%2Fevil.example%2Fx");
    expect(router.currentRoute.value.fullPath).toBe("/");
  });
});
