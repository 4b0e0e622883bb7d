import { flushPromises, mount } from "@vue/test-utils";
import { afterEach, describe, expect, it, vi } from "vitest";
import TeacherGradeSync from "../../../../client/src/components/teacher/TeacherGradeSync.vue";

type Reply = (variables: Record<string, unknown>) => unknown;

/** Answers GraphQL requests by operation name and records the operations sent. */
function fakeServer(replies: Record<string, Reply>) {
  const sent: string[] = [];
  vi.stubGlobal(
    "fetch",
    vi.fn(async (_url: string, init: RequestInit) => {
      const body = JSON.parse(String(init.body)) as { query: string; variables?: object };
      const operation = /(?:query|mutation)\s+(\w+)/.exec(body.query)![1]!;
      sent.push(operation);
      const reply = replies[operation];
      if (!reply) throw new Error(`unexpected ${operation}`);
      return new Response(JSON.stringify(reply(body.variables as Record<string, unknown>)), {
        headers: { "content-type": "application/json" },
      });
    }),
  );
  return sent;
}

const sync = (over: object = {}) => ({
  pending: 0,
  failed: 0,
  sent: 3,
  lastError: null,
  lastSentAt: "2026-12-04T10:00:00.000Z",
  ...over,
});

afterEach(() => vi.unstubAllGlobals());

describe("grades in the LMS on the teacher's assignment page", () => {
  it("shows nothing for an assignment no LMS takes grades for", async () => {
    fakeServer({
      TeacherGradeSync: () => ({ data: { assignment: { id: "a1", gradeSync: null } } }),
    });
    const wrapper = mount(TeacherGradeSync, { props: { assignmentId: "a1" } });
    await flushPromises();
    expect(wrapper.find('[data-testid="grade-sync"]').exists()).toBe(false);
    wrapper.unmount();
  });

  it("says what was sent; with no trouble there is no retry button", async () => {
    fakeServer({
      TeacherGradeSync: () => ({ data: { assignment: { id: "a1", gradeSync: sync() } } }),
    });
    const wrapper = mount(TeacherGradeSync, { props: { assignmentId: "a1" } });
    await flushPromises();
    expect(wrapper.text()).toContain("3 scores sent to the LMS gradebook");
    expect(wrapper.find("button").exists()).toBe(false);
    wrapper.unmount();
  });

  it("shows a failure with the LMS's answer, and Retry now asks the server to send again", async () => {
    let failed = 1;
    const sent = fakeServer({
      TeacherGradeSync: () => ({
        data: {
          assignment: {
            id: "a1",
            gradeSync: sync({ failed, lastError: "the platform answered 503" }),
          },
        },
      }),
      TeacherRetryGradeSync: (v) => {
        expect(v).toEqual({ id: "a1" });
        failed = 0;
        return { data: { retryGradeSync: sync({ pending: 1 }) } };
      },
    });
    const wrapper = mount(TeacherGradeSync, { props: { assignmentId: "a1" } });
    await flushPromises();
    expect(wrapper.find('[role="alert"]').text()).toContain("the platform answered 503");
    const button = wrapper.find("button");
    expect(button.text()).toBe("Retry now");
    await button.trigger("click");
    await flushPromises();
    expect(sent).toContain("TeacherRetryGradeSync");
    expect(wrapper.find('[role="alert"]').exists()).toBe(false);
    expect(wrapper.text()).toContain("1 score waiting to go");
    wrapper.unmount();
  });
});
