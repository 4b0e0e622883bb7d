import { mount } from "@vue/test-utils";
import { afterEach, describe, expect, it } from "vitest";
import TeacherShareLinks from "../../../../client/src/components/teacher/TeacherShareLinks.vue";
import { frameToken, keepFrameToken } from "../../../../client/src/api/frame-token.js";
import { classroomShareUrl } from "../../../../client/src/lib/teacher/share.js";

describe("sharing an assignment", () => {
  it("links to Google Classroom's share page with the student link and the lesson's title", () => {
    const wrapper = mount(TeacherShareLinks, {
      props: { assignmentId: "QXNz/a b", title: "Who wrote this down, and why? & more" },
    });
    const field = wrapper.get("input").element as HTMLInputElement;
    expect(field.value).toBe(`${window.location.origin}/assignments/QXNz%2Fa%20b`);
    expect(wrapper.get("label").text()).toBe("Link for students");
    const link = wrapper.get("a");
    expect(link.text()).toBe("Share to Google Classroom (opens in a new tab)");
    expect(link.attributes("target")).toBe("_blank");
    expect(link.attributes("rel")).toBe("noopener noreferrer");
    const href = new URL(link.attributes("href")!);
    expect(`${href.origin}${href.pathname}`).toBe("https://classroom.google.com/share");
    expect(Object.fromEntries(href.searchParams)).toEqual({
      url: field.value,
      title: "Who wrote this down, and why? & more",
    });
  });

  it("encodes what it shares, so a title cannot add parameters", () => {
    const url = new URL(classroomShareUrl("https://x.example/a?b=1&c=2", "A&title=B"));
    expect(url.searchParams.getAll("title")).toEqual(["A&title=B"]);
    expect(url.searchParams.get("url")).toBe("https://x.example/a?b=1&c=2");
  });
});

describe("the token of a launch in an LMS frame", () => {
  const top = Object.getOwnPropertyDescriptor(window, "top")!;
  afterEach(() => {
    Object.defineProperty(window, "top", top);
    sessionStorage.clear();
  });

  it("is kept outside a frame nowhere: the cookie carries the session there", () => {
    keepFrameToken("outside");
    expect(frameToken()).toBeNull();
    expect(sessionStorage.length).toBe(0);
  });

  it("inside a frame, is kept in sessionStorage and sent from there", () => {
    Object.defineProperty(window, "top", { configurable: true, get: () => ({}) });
    keepFrameToken("framed-token");
    expect(sessionStorage.getItem("lms-session")).toBe("framed-token");
    expect(frameToken()).toBe("framed-token");
  });
});
