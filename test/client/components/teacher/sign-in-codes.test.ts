import { flushPromises, mount } from "@vue/test-utils";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createMemoryHistory, createRouter } from "vue-router";
import TeacherPage from "../../../../client/src/pages/TeacherPage.vue";
import { useSession } from "../../../../client/src/composables/useSession.js";

type Sent = { operation: string; query: string; variables: Record<string, unknown> };

/** Answers GraphQL requests by operation name, and records what was sent (the query text too). */
function fakeServer(replies: Record<string, (variables: Record<string, unknown>) => unknown>) {
  const sent: Sent[] = [];
  vi.stubGlobal(
    "fetch",
    vi.fn(async (_url: string, init: RequestInit) => {
      const body = JSON.parse(String(init.body)) as {
        query: string;
        variables?: Record<string, unknown>;
      };
      const operation = /(?:query|mutation)\s+(\w+)/.exec(body.query)![1]!;
      sent.push({ operation, query: body.query, variables: body.variables ?? {} });
      const reply = replies[operation];
      if (!reply) throw new Error(`unexpected ${operation}`);
      return new Response(JSON.stringify(reply(body.variables ?? {})), {
        headers: { "content-type": "application/json" },
      });
    }),
  );
  return sent;
}

const CODES: Record<string, string> = { "u-ana": "ANACD-EFGHJ", "u-bo": "BOBCD-KMNPQ" };
const dashboard = {
  myClasses: [
    {
      id: "c1",
      name: "History 10B",
      joinCode: "K7MPR2X",
      students: [
        { id: "u-ana", displayName: "Ana" },
        { id: "u-bo", displayName: "Bo" },
      ],
      assignments: [],
    },
  ],
  lessons: [{ slug: "sourcing", title: "Sourcing", estimatedMinutes: 20 }],
};

afterEach(() => vi.unstubAllGlobals());

describe("sign-in codes on the teacher's class page", () => {
  it("never asks for the roster's codes, and fetches and shows one student's code only on request", async () => {
    const sent = fakeServer({
      Viewer: () => ({
        data: { viewer: { id: "t1", role: "TEACHER", displayName: "Ms Rivera", signInCode: null } },
      }),
      TeacherDashboard: () => ({ data: dashboard }),
      TeacherStudentSignInCode: (v) => ({
        data: {
          classroom: {
            id: v.classId,
            student: {
              id: v.studentId,
              displayName: "Ana",
              signInCode: CODES[v.studentId as string],
            },
          },
        },
      }),
    });
    const router = createRouter({
      history: createMemoryHistory(),
      routes: [{ path: "/:rest(.*)*", component: TeacherPage }],
    });
    await router.push("/teacher");
    await useSession().load(true);
    const wrapper = mount(TeacherPage, { global: { plugins: [router] }, attachTo: document.body });
    await flushPromises();

    const roster = sent.find((s) => s.operation === "TeacherDashboard")!;
    expect(roster.query).not.toContain("signInCode");
    expect(wrapper.text()).toContain("K7MPR2X");
    expect(wrapper.text()).toContain("Ana");
    for (const code of Object.values(CODES)) expect(wrapper.text()).not.toContain(code);
    expect(wrapper.find('a[href="/teacher/classes/c1/slips"]').text()).toBe("Print sign-in slips");

    await wrapper.find('button[aria-label="Show sign-in code for Ana"]').trigger("click");
    await flushPromises();
    expect(
      sent.filter((s) => s.operation === "TeacherStudentSignInCode").map((s) => s.variables),
    ).toEqual([{ classId: "c1", studentId: "u-ana" }]);
    const dialog = wrapper.find("dialog");
    expect(dialog.text()).toContain("Sign-in code for Ana");
    expect(dialog.text()).toContain("ANACD-EFGHJ");
    expect(wrapper.text()).not.toContain("BOBCD-KMNPQ");

    await dialog.find("button").trigger("click");
    await flushPromises();
    expect(wrapper.find("dialog").exists()).toBe(false);
    expect(wrapper.text()).not.toContain("ANACD-EFGHJ");
    expect(document.activeElement?.getAttribute("aria-label")).toBe("Show sign-in code for Ana");
    wrapper.unmount();
  });
});
