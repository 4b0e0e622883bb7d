import { describe, expect, it } from "vitest";
import { lessonSlugOf, nameOf, roleOf } from "../../../../server/src/modules/lti/launch-claims.js";
import { checkPlatformUrl } from "../../../../server/src/modules/lti/platforms.service.js";

const VOCAB = "http://purl.imsglobal.org/vocab/lis/v2/";

describe("reading a launch's claims", () => {
  it("maps Instructor and Administrator to teacher, Learner to student, others to nothing", () => {
    expect(roleOf([`${VOCAB}membership#Instructor`])).toBe("TEACHER");
    expect(roleOf([`${VOCAB}institution/person#Administrator`])).toBe("TEACHER");
    expect(roleOf([`${VOCAB}system/person#Administrator`, `${VOCAB}membership#Learner`])).toBe(
      "TEACHER",
    );
    expect(roleOf(["Instructor"])).toBe("TEACHER");
    expect(roleOf([`${VOCAB}membership#Learner`])).toBe("STUDENT");
    expect(roleOf(["Learner"])).toBe("STUDENT");
    expect(roleOf([`${VOCAB}membership/Instructor#TeachingAssistant`])).toBeNull();
    expect(roleOf([`${VOCAB}membership#Mentor`])).toBeNull();
    expect(roleOf([])).toBeNull();
    expect(roleOf("Instructor")).toBeNull();
  });

  it("takes name, else given and family names", () => {
    expect(nameOf({ name: " Ana Lopez ", given_name: "X" })).toBe("Ana Lopez");
    expect(nameOf({ given_name: "Ana", family_name: "Lopez" })).toBe("Ana Lopez");
    expect(nameOf({ family_name: "Lopez" })).toBe("Lopez");
    expect(nameOf({ name: "  " })).toBeNull();
  });

  it("finds the lesson in a custom parameter first, else in a /lessons/<slug> target", () => {
    expect(lessonSlugOf({ lesson: "voices-in-the-record" }, "https://t.org/lessons/other")).toBe(
      "voices-in-the-record",
    );
    expect(lessonSlugOf({}, "https://t.org/lessons/sourcing-the-record")).toBe(
      "sourcing-the-record",
    );
    expect(lessonSlugOf({}, "https://t.org/lessons/sourcing-the-record/")).toBe(
      "sourcing-the-record",
    );
    expect(lessonSlugOf({}, "https://t.org/lessons/x/worksheet")).toBeNull();
    expect(lessonSlugOf({}, "https://t.org/")).toBeNull();
  });
});

describe("platform URLs", () => {
  it("must be HTTPS, except plain HTTP on a loopback host", () => {
    expect(checkPlatformUrl("--auth-url", "https://lms.org/auth")).toBe("https://lms.org/auth");
    expect(checkPlatformUrl("--auth-url", "http://localhost:3000/a")).toBe(
      "http://localhost:3000/a",
    );
    expect(checkPlatformUrl("--auth-url", "http://127.0.0.1/a")).toBe("http://127.0.0.1/a");
    for (const bad of [
      "http://lms.org/auth",
      "http://localhost.evil.org/",
      "ftp://lms.org",
      "lms.org",
    ])
      expect(() => checkPlatformUrl("--auth-url", bad), bad).toThrow(/--auth-url/);
    expect(() => checkPlatformUrl("--jwks-url", "")).toThrow("--jwks-url is required");
  });
});
