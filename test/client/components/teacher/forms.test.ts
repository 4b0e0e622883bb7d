import { flushPromises, mount, RouterLinkStub } from "@vue/test-utils";
import { describe, expect, it, vi } from "vitest";
import TeacherAssignForm from "../../../../client/src/components/teacher/TeacherAssignForm.vue";
import TeacherConfirmButton from "../../../../client/src/components/teacher/TeacherConfirmButton.vue";
import TeacherSignUpForm from "../../../../client/src/components/teacher/TeacherSignUpForm.vue";

const routed = { global: { stubs: { RouterLink: RouterLinkStub } } };

describe("TeacherSignUpForm", () => {
  it("asks for at least 10 characters before calling the server, with the rule visible beforehand", async () => {
    const signUp = vi.fn().mockResolvedValue(undefined);
    const wrapper = mount(TeacherSignUpForm, { props: { signUp }, attachTo: document.body });
    expect(wrapper.text()).toContain("At least 10 characters");
    await wrapper.find('input[autocomplete="name"]').setValue("Ms Rivera");
    await wrapper.find('input[type="email"]').setValue("rivera@school.example");
    await wrapper.find('input[autocomplete="new-password"]').setValue("short");
    await wrapper.find("form").trigger("submit");
    expect(signUp).not.toHaveBeenCalled();
    expect(wrapper.find(".error-text").text()).toBe("Use at least 10 characters.");

    await wrapper.find('input[autocomplete="new-password"]').setValue("long enough now");
    await wrapper.find("form").trigger("submit");
    expect(signUp).toHaveBeenCalledWith("rivera@school.example", "long enough now", "Ms Rivera");
    wrapper.unmount();
  });

  it("shows the password on request", async () => {
    const wrapper = mount(TeacherSignUpForm, { props: { signUp: vi.fn() } });
    const password = () => wrapper.find('input[autocomplete="new-password"]');
    expect(password().attributes("type")).toBe("password");
    await wrapper.find('input[type="checkbox"]').setValue(true);
    expect(password().attributes("type")).toBe("text");
  });

  it("shows the server's words when sign-up fails", async () => {
    const { ApiError } = await import("../../../../client/src/api/client.js");
    const signUp = vi
      .fn()
      .mockRejectedValue(
        new ApiError("An account with this email already exists. Log in instead.", "CONFLICT"),
      );
    const wrapper = mount(TeacherSignUpForm, { props: { signUp } });
    await wrapper.find('input[autocomplete="name"]').setValue("Ms Rivera");
    await wrapper.find('input[type="email"]').setValue("rivera@school.example");
    await wrapper.find('input[autocomplete="new-password"]').setValue("long enough now");
    await wrapper.find("form").trigger("submit");
    await flushPromises();
    expect(wrapper.find('[role="alert"]').text()).toBe(
      "An account with this email already exists. Log in instead.",
    );
  });
});

describe("TeacherConfirmButton", () => {
  it("explains and asks before acting, and can be cancelled", async () => {
    const action = vi.fn().mockResolvedValue(undefined);
    const props = {
      label: "New join code",
      question: "The old code stops working.",
      confirmLabel: "Yes, make a new code",
      doneMessage: "Done",
      action,
    };
    const wrapper = mount(TeacherConfirmButton, { props });
    await wrapper.find("button").trigger("click");
    expect(action).not.toHaveBeenCalled();
    expect(wrapper.text()).toContain("The old code stops working.");
    await wrapper
      .findAll("button")
      .find((b) => b.text() === "Cancel")!
      .trigger("click");
    expect(action).not.toHaveBeenCalled();
    expect(wrapper.find("button").text()).toBe("New join code");

    await wrapper.find("button").trigger("click");
    await wrapper
      .findAll("button")
      .find((b) => b.text() === "Yes, make a new code")!
      .trigger("click");
    await flushPromises();
    expect(action).toHaveBeenCalledTimes(1);
    expect(wrapper.find("button").text()).toBe("New join code");
  });
});

describe("TeacherAssignForm", () => {
  const lessons = [{ slug: "sourcing-the-record", title: "Sourcing", estimatedMinutes: 40 }];

  it("sends the lesson, the due date as an ISO instant and the timing, defaulting to 'when the student submits'", async () => {
    const assign = vi.fn().mockResolvedValue(undefined);
    const wrapper = mount(TeacherAssignForm, { props: { lessons, assign }, ...routed });
    expect((wrapper.find('input[value="ON_SUBMIT"]').element as HTMLInputElement).checked).toBe(
      true,
    );
    expect(wrapper.text()).toContain("After each check (tries)");
    expect(wrapper.text()).toContain("each retry costs a third of the points");
    expect(wrapper.text()).toContain("Answers at once (practice)");
    expect(wrapper.find('input[value="PRACTICE"]').exists()).toBe(true);
    expect(wrapper.text()).toContain("When the student submits");
    expect(wrapper.text()).toContain("After the due date");
    await wrapper.find("select").setValue("sourcing-the-record");
    await wrapper.find('input[type="datetime-local"]').setValue("2030-05-01T14:00");
    await wrapper.find("form").trigger("submit");
    expect(assign).toHaveBeenCalledWith(
      "sourcing-the-record",
      new Date("2030-05-01T14:00").toISOString(),
      "ON_SUBMIT",
    );
  });

  it("will not send 'after the due date' without a due date", async () => {
    const assign = vi.fn();
    const wrapper = mount(TeacherAssignForm, { props: { lessons, assign }, ...routed });
    expect(wrapper.findComponent(RouterLinkStub).exists()).toBe(false);
    await wrapper.find("select").setValue("sourcing-the-record");
    // The chosen lesson's teacher guide is a link away.
    expect(wrapper.findComponent(RouterLinkStub).props("to")).toBe(
      "/teacher/lessons/sourcing-the-record",
    );
    await wrapper.find('input[value="AFTER_DUE"]').setValue(true);
    await wrapper.find("form").trigger("submit");
    expect(assign).not.toHaveBeenCalled();
    expect(wrapper.find('[role="alert"]').text()).toContain("needs a due date");
  });
});

describe("TeacherAssignmentSettings", () => {
  it("starts from the assignment's settings and saves a removed due date as none", async () => {
    const { default: TeacherAssignmentSettings } =
      await import("../../../../client/src/components/teacher/TeacherAssignmentSettings.vue");
    const save = vi.fn().mockResolvedValue(undefined);
    const dueAt = new Date("2030-05-01T14:00").toISOString();
    const wrapper = mount(TeacherAssignmentSettings, {
      props: { dueAt, feedback: "AFTER_DUE", save },
    });
    expect((wrapper.find('input[type="datetime-local"]').element as HTMLInputElement).value).toBe(
      "2030-05-01T14:00",
    );
    expect((wrapper.find('input[value="AFTER_DUE"]').element as HTMLInputElement).checked).toBe(
      true,
    );

    await wrapper.find('input[type="datetime-local"]').setValue("");
    await wrapper.find("form").trigger("submit");
    expect(save).not.toHaveBeenCalled();
    await wrapper.find('input[value="IMMEDIATE"]').setValue(true);
    await wrapper.find("form").trigger("submit");
    expect(save).toHaveBeenCalledWith(null, "IMMEDIATE");
  });
});
