import { flushPromises, mount } from "@vue/test-utils";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createMemoryHistory, createRouter } from "vue-router";
import JoinPage from "../../../client/src/pages/JoinPage.vue";
import MePage from "../../../client/src/pages/MePage.vue";
import SignInPage from "../../../client/src/pages/SignInPage.vue";
import { useSession } from "../../../client/src/composables/useSession.js";

type Reply = { data?: unknown; errors?: Array<{ message: string; extensions: { code: string } }> };

/** Answers GraphQL requests by operation name, and records what was sent. */
function fakeServer(
  replies: Record<string, Reply | ((variables: Record<string, unknown>) => Reply)>,
) {
  const sent: Array<{ operation: string; variables: Record<string, unknown> }> = [];
  vi.stubGlobal(
    "fetch",
    vi.fn(async (_url: string, init: RequestInit) => {
      const body = JSON.parse(String(init.body)) as {
        query: string;
        variables?: Record<string, unknown>;
      };
      const operation = /(?:query|mutation)\s+(\w+)/.exec(body.query)![1]!;
      sent.push({ operation, variables: body.variables ?? {} });
      const reply = replies[operation];
      if (!reply) throw new Error(`unexpected ${operation}`);
      return new Response(
        JSON.stringify(typeof reply === "function" ? reply(body.variables ?? {}) : reply),
        { headers: { "content-type": "application/json" } },
      );
    }),
  );
  return sent;
}

// Unmounted after each test, so no page's timer (the join-code look-up) outlives its test.
const mounted: Array<{ unmount(): void }> = [];

async function mountAt(component: object, path: string) {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: "/join/:code?", component: JoinPage },
      { path: "/signin", component: SignInPage },
      { path: "/me", component: MePage },
      { path: "/:rest(.*)*", component: { template: "<p>elsewhere</p>" } },
    ],
  });
  await router.push(path);
  // The session is one for the whole app: load it afresh from this test's fake server.
  await useSession().load(true);
  const wrapper = mount(component, { global: { plugins: [router] } });
  mounted.push(wrapper);
  await flushPromises();
  return { wrapper, router };
}

const student = { id: "u1", role: "STUDENT", displayName: "Ana", signInCode: "ABCDE-FGHJK" };
afterEach(() => {
  for (const wrapper of mounted.splice(0)) wrapper.unmount();
  vi.unstubAllGlobals();
});

describe("JoinPage", () => {
  it("prefills the code from a shared link, sends it normalised, and shows the sign-in code to keep", async () => {
    const sent = fakeServer({
      Viewer: { data: { viewer: null } },
      ClassByJoinCode: {
        data: { classByJoinCode: { name: "History 10B", teacherName: "Ms Rivera" } },
      },
      JoinClass: { data: { joinClass: { viewer: student } } },
    });
    const { wrapper } = await mountAt(JoinPage, "/join/k7m-pr2x");
    expect((wrapper.find("#join-code").element as HTMLInputElement).value).toBe("K7MPR2X");
    await wrapper.find("#join-code").setValue("k7m pr2x");
    await wrapper.find("#join-name").setValue("  Ana ");
    await wrapper.find("form").trigger("submit");
    await flushPromises();
    expect(sent.find((s) => s.operation === "JoinClass")!.variables).toEqual({
      joinCode: "K7MPR2X",
      displayName: "Ana",
      inFrame: false,
    });
    expect(wrapper.text()).toContain("ABCDE-FGHJK");
    expect(wrapper.text()).toContain("Keep this code: it lets you back in on any device");
    expect(wrapper.find('a[href="/me"]').exists()).toBe(true);
  });

  it("says in plain words when there is no such class", async () => {
    fakeServer({
      Viewer: { data: { viewer: null } },
      JoinClass: {
        errors: [
          {
            message: "There is no class with that code. Check it with your teacher.",
            extensions: { code: "NOT_FOUND" },
          },
        ],
      },
    });
    const { wrapper } = await mountAt(JoinPage, "/join");
    await wrapper.find("#join-code").setValue("ZZZZZZZ");
    await wrapper.find("#join-name").setValue("Ana");
    await wrapper.find("form").trigger("submit");
    await flushPromises();
    expect(wrapper.find('[role="alert"]').text()).toBe(
      "There is no class with that code. Check it with your teacher.",
    );
  });

  it("lets a signed-in guest join as they are, without a new name", async () => {
    const guest = {
      id: "g1",
      role: "STUDENT",
      displayName: "Guest Ana",
      signInCode: "ZZZZZ-YYYYY",
    };
    const sent = fakeServer({
      Viewer: { data: { viewer: guest } },
      ClassByJoinCode: {
        data: { classByJoinCode: { name: "History 10B", teacherName: "Ms Rivera" } },
      },
      JoinClass: { data: { joinClass: { viewer: guest } } },
    });
    const { wrapper } = await mountAt(JoinPage, "/join/K7MPR2X");
    expect(wrapper.find("#join-name").exists()).toBe(false);
    expect(wrapper.text()).toContain("You're signed in as Guest Ana");
    await wrapper.find("form").trigger("submit");
    await flushPromises();
    expect(sent.find((s) => s.operation === "JoinClass")!.variables).toEqual({
      joinCode: "K7MPR2X",
      displayName: "Guest Ana",
      inFrame: false,
    });
    expect(wrapper.text()).toContain("ZZZZZ-YYYYY");
  });

  it("names the class and teacher once the code is whole, before joining, and the class joined after", async () => {
    const sent = fakeServer({
      Viewer: { data: { viewer: null } },
      ClassByJoinCode: (v) => ({
        data: {
          classByJoinCode:
            v.joinCode === "K7MPR2X" ? { name: "History 10B", teacherName: "Ms Rivera" } : null,
        },
      }),
      JoinClass: {
        data: {
          joinClass: {
            viewer: student,
            classroom: {
              id: "c1",
              name: "History 10B",
              teacher: { id: "t1", displayName: "Ms Rivera" },
            },
          },
        },
      },
    });
    const { wrapper } = await mountAt(JoinPage, "/join");
    const pause = async () => {
      await new Promise((resolve) => setTimeout(resolve, 350));
      await flushPromises();
    };
    // Half a code is never sent: every wrong look-up counts against the school's address.
    await wrapper.find("#join-code").setValue("k7m");
    await pause();
    expect(sent.some((s) => s.operation === "ClassByJoinCode")).toBe(false);
    await wrapper.find("#join-code").setValue("k7m-pr2z");
    await pause();
    expect(wrapper.text()).toContain(
      "There is no class with that code. Check it with your teacher.",
    );
    await wrapper.find("#join-code").setValue("k7m-pr2x");
    await pause();
    expect(sent.filter((s) => s.operation === "ClassByJoinCode").map((s) => s.variables)).toEqual([
      { joinCode: "K7MPR2Z" },
      { joinCode: "K7MPR2X" },
    ]);
    expect(wrapper.text()).toContain("You are joining History 10B with Ms Rivera.");
    expect(sent.some((s) => s.operation === "JoinClass")).toBe(false);
    await wrapper.find("#join-name").setValue("Ana");
    await wrapper.find("form").trigger("submit");
    await flushPromises();
    expect(wrapper.find("h1").text()).toBe("You joined History 10B");
    expect(wrapper.text()).toContain("Your teacher is Ms Rivera.");
    expect(wrapper.text()).toContain("ABCDE-FGHJK");
  });

  it("asks for the missing code and name without calling the server", async () => {
    const sent = fakeServer({ Viewer: { data: { viewer: null } } });
    const { wrapper } = await mountAt(JoinPage, "/join");
    await wrapper.find("form").trigger("submit");
    expect(wrapper.text()).toContain("Enter the class code your teacher gave you.");
    expect(sent.some((s) => s.operation === "JoinClass")).toBe(false);
  });
});

describe("SignInPage", () => {
  it("signs in with the code however it was typed, then goes to /me", async () => {
    const sent = fakeServer({
      Viewer: { data: { viewer: null } },
      SignInWithCode: { data: { signInWithCode: { viewer: student } } },
    });
    const { wrapper, router } = await mountAt(SignInPage, "/signin");
    const input = wrapper.find("#sign-in-code");
    expect(input.attributes("autocomplete")).toBe("off");
    await input.setValue("abcdefghjk");
    await wrapper.find("form").trigger("submit");
    await flushPromises();
    expect(sent.find((s) => s.operation === "SignInWithCode")!.variables).toEqual({
      signInCode: "ABCDE-FGHJK",
    });
    expect(router.currentRoute.value.path).toBe("/me");
  });
});

describe("MePage", () => {
  it("lists each class's assignments with status, due date and score, and practice attempts", async () => {
    fakeServer({
      Viewer: { data: { viewer: student } },
      AccountHome: {
        data: {
          viewer: student,
          myClasses: [
            {
              id: "c1",
              name: "History 10B",
              assignments: [
                {
                  id: "as1",
                  dueAt: "2030-01-01T09:00:00Z",
                  feedback: "ON_SUBMIT",
                  lesson: { slug: "l1", title: "Sourcing" },
                  attempts: [
                    {
                      id: "at1",
                      status: "SUBMITTED",
                      submittedAt: "2029-12-30T09:00:00Z",
                      score: 6,
                      maxScore: 8,
                      late: false,
                    },
                  ],
                },
                {
                  id: "as2",
                  dueAt: null,
                  feedback: "ON_SUBMIT",
                  lesson: { slug: "l2", title: "Voices" },
                  attempts: [],
                },
              ],
            },
          ],
          myAttempts: [
            {
              id: "at1",
              status: "SUBMITTED",
              startedAt: "2029-12-30T08:00:00Z",
              submittedAt: "2029-12-30T09:00:00Z",
              score: 6,
              maxScore: 8,
              lesson: { slug: "l1", title: "Sourcing" },
              assignment: { id: "as1" },
            },
            {
              id: "at9",
              status: "IN_PROGRESS",
              startedAt: "2029-12-01T08:00:00Z",
              submittedAt: null,
              score: null,
              maxScore: 8,
              lesson: { slug: "l3", title: "Context" },
              assignment: null,
            },
          ],
        },
      },
    });
    const { wrapper } = await mountAt(MePage, "/me");
    expect(wrapper.find("h1").text()).toBe("Ana's work");
    expect(wrapper.text()).toContain("ABCDE-FGHJK");
    const assignments = wrapper.findAll(".assignment");
    expect(assignments.map((a) => a.find("a").attributes("href"))).toEqual([
      "/assignments/as1",
      "/assignments/as2",
    ]);
    expect(assignments[0]!.text()).toContain("Submitted");
    expect(assignments[0]!.text()).toContain("Score: 6 / 8");
    expect(assignments[1]!.text()).toContain("Not started");
    expect(assignments[1]!.text()).toContain("No due date");
    // Only attempts outside an assignment are practice.
    const practice = wrapper.findAll(".practice a");
    expect(practice.map((a) => a.attributes("href"))).toEqual(["/lessons/l3"]);
  });

  it("shows a signed-out visitor the ways in, and where teachers go", async () => {
    fakeServer({
      Viewer: { data: { viewer: null } },
      AccountHome: { data: { viewer: null, myClasses: [], myAttempts: [] } },
    });
    const { wrapper } = await mountAt(MePage, "/me");
    const links = wrapper.findAll("a").map((a) => a.attributes("href"));
    expect(links).toEqual(expect.arrayContaining(["/join", "/signin", "/teacher"]));
  });

  it("welcomes a student with nothing yet", async () => {
    fakeServer({
      Viewer: { data: { viewer: student } },
      AccountHome: { data: { viewer: student, myClasses: [], myAttempts: [] } },
    });
    const { wrapper } = await mountAt(MePage, "/me");
    expect(wrapper.text()).toContain("Nothing here yet");
  });
});
