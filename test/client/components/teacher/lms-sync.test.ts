import { flushPromises, mount } from "@vue/test-utils";
import { describe, expect, it, vi } from "vitest";
import { ApiError } from "../../../../client/src/api/client.js";
import TeacherLmsSync from "../../../../client/src/components/teacher/TeacherLmsSync.vue";
import TeacherRoster from "../../../../client/src/components/teacher/TeacherRoster.vue";
import { describeRosterSync } from "../../../../client/src/lib/teacher/roster-sync.js";

const none = { added: [], updated: [], markedInactive: [], reactivated: [] };

describe("describeRosterSync", () => {
  it("puts what changed into words", () => {
    expect(describeRosterSync(none)).toBe(
      "The class already matches the LMS roster: nothing changed.",
    );
    expect(describeRosterSync({ ...none, added: ["Ana", "Bo"], markedInactive: ["Cy"] })).toBe(
      "Synced from the LMS: added 2 students (Ana, Bo); marked 1 student inactive (Cy); their work stays.",
    );
    expect(describeRosterSync({ ...none, added: ["a", "b", "c", "d", "e", "f", "g"] })).toBe(
      "Synced from the LMS: added 7 students (a, b, c, d, e and 2 more).",
    );
  });
});

describe("TeacherLmsSync", () => {
  it("syncs on request and says what changed", async () => {
    const sync = vi.fn().mockResolvedValue({ ...none, added: ["Ana Two"] });
    const wrapper = mount(TeacherLmsSync, {
      props: { roster: { canSync: true, lastSyncedAt: null }, sync },
    });
    expect(wrapper.text()).toContain("Not synced yet");
    await wrapper.find("button").trigger("click");
    await flushPromises();
    expect(sync).toHaveBeenCalledTimes(1);
    expect(wrapper.text()).toContain("Synced from the LMS: added 1 student (Ana Two).");
  });

  it("shows the server's words when the LMS does not answer", async () => {
    const sync = vi
      .fn()
      .mockRejectedValue(new ApiError("The LMS did not give the roster: 503.", "CONFLICT"));
    const wrapper = mount(TeacherLmsSync, {
      props: { roster: { canSync: true, lastSyncedAt: "2026-01-05T10:00:00Z" }, sync },
    });
    expect(wrapper.text()).toContain("Last synced");
    await wrapper.find("button").trigger("click");
    await flushPromises();
    expect(wrapper.find('[role="alert"]').text()).toBe("The LMS did not give the roster: 503.");
  });

  it("explains how to turn the roster on when the LMS has not offered it", () => {
    const wrapper = mount(TeacherLmsSync, {
      props: { roster: { canSync: false, lastSyncedAt: null }, sync: vi.fn() },
    });
    expect(wrapper.find("button").exists()).toBe(false);
    expect(wrapper.text()).toContain("has not offered its roster");
  });
});

describe("TeacherRoster", () => {
  it("marks students the LMS lists as inactive", () => {
    const wrapper = mount(TeacherRoster, {
      props: {
        classId: "c",
        className: "10B",
        students: [
          { id: "s1", displayName: "Ana", inactive: true },
          { id: "s2", displayName: "Bo", inactive: false },
        ],
        resetSignInCode: vi.fn(),
        fetchSignInCode: vi.fn(),
        renameStudent: vi.fn(),
        mergeStudents: vi.fn(),
        removeStudent: vi.fn(),
      },
      global: { stubs: { RouterLink: true } },
    });
    const items = wrapper.findAll("li.student");
    expect(items[0]!.find(".name").text()).toBe("Ana inactive in the LMS");
    expect(items[1]!.find(".name").text()).toBe("Bo");
  });
});
