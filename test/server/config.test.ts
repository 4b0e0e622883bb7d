import path from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../../server/src/core/config.js";

describe("loadConfig", () => {
  it("defaults to port 4000, every interface, and embedded data in ./data", () => {
    expect(loadConfig({})).toEqual({
      port: 4000,
      host: undefined,
      databaseUrl: undefined,
      dataDir: path.resolve("data"),
      production: false,
      development: false,
      sessionIdleSeconds: 14 * 24 * 3600,
      teacherSignup: { mode: "open" },
      corsOrigins: [],
      trustProxy: false,
      csvTimeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
      ltiRegistration: "closed",
      ltiFrameOrigins: [],
      retention: { guestRetentionDays: 30, classRetentionDays: 365, sweepMinutes: 60 },
    });
  });

  it("reads how long student data is kept and how often the retention sweep runs", () => {
    expect(
      loadConfig({
        GUEST_RETENTION_DAYS: " 7 ",
        CLASS_RETENTION_DAYS: "730",
        RETENTION_SWEEP_MINUTES: "15",
      }).retention,
    ).toEqual({ guestRetentionDays: 7, classRetentionDays: 730, sweepMinutes: 15 });
    for (const name of ["GUEST_RETENTION_DAYS", "CLASS_RETENTION_DAYS", "RETENTION_SWEEP_MINUTES"])
      for (const bad of ["0", "-3", "1.5", "soon"])
        expect(() => loadConfig({ [name]: bad }), `${name}=${bad}`).toThrow(
          new RegExp(`${name} must be a whole number of at least 1, got "${bad}"`),
        );
  });

  it("reads who may register an LMS (LTI_REGISTRATION), closed by default", () => {
    expect(loadConfig({ LTI_REGISTRATION: " Open " }).ltiRegistration).toBe("open");
    expect(loadConfig({ LTI_REGISTRATION: "closed" }).ltiRegistration).toBe("closed");
    expect(() => loadConfig({ LTI_REGISTRATION: "yes" })).toThrow(
      /LTI_REGISTRATION must be open or closed, got "yes"/,
    );
  });

  it("reads the CSV's time zone, refusing one that is not an IANA zone", () => {
    expect(loadConfig({ CSV_TIME_ZONE: " Asia/Seoul " }).csvTimeZone).toBe("Asia/Seoul");
    expect(loadConfig({ CSV_TIME_ZONE: "UTC" }).csvTimeZone).toBe("UTC");
    expect(loadConfig({ CSV_TIME_ZONE: "" }).csvTimeZone).toBe(
      Intl.DateTimeFormat().resolvedOptions().timeZone,
    );
    for (const bad of ["Mars/Olympus", "GMT+25", "yes"]) {
      expect(() => loadConfig({ CSV_TIME_ZONE: bad }), bad).toThrow(
        /CSV_TIME_ZONE must be an IANA/,
      );
    }
  });

  it("reads the public URL (an origin), refusing anything else", () => {
    expect(loadConfig({}).publicUrl).toBeUndefined();
    expect(loadConfig({ PUBLIC_URL: " https://lessons.school.org/ " }).publicUrl).toBe(
      "https://lessons.school.org",
    );
    for (const bad of ["lessons.school.org", "ftp://x.org", "https://x.org/app"])
      expect(() => loadConfig({ PUBLIC_URL: bad }), bad).toThrow(
        /PUBLIC_URL must be the server's origin/,
      );
  });

  it("reads the teacher sign-up rule and the allowed origins", () => {
    expect(
      loadConfig({ TEACHER_EMAIL_DOMAINS: "@School.org, district.edu" }).teacherSignup,
    ).toEqual({ mode: "domains", domains: ["school.org", "district.edu"] });
    expect(loadConfig({ TEACHER_SIGNUP: "closed" }).teacherSignup).toEqual({ mode: "closed" });
    expect(
      loadConfig({ CORS_ORIGINS: "https://a.example, http://localhost:5173" }).corsOrigins,
    ).toEqual(["https://a.example", "http://localhost:5173"]);
    expect(() => loadConfig({ TEACHER_SIGNUP: "domains" })).toThrow(/TEACHER_EMAIL_DOMAINS/);
    expect(() => loadConfig({ CORS_ORIGINS: "*" })).toThrow(/CORS_ORIGINS/);
  });

  it("lists every problem at once", () => {
    expect(() => loadConfig({ PORT: "http", DATABASE_URL: "mysql://x" })).toThrow(ConfigError);
    try {
      loadConfig({ PORT: "70000", DATABASE_URL: "mysql://x" });
    } catch (error) {
      expect((error as ConfigError).problems).toHaveLength(2);
    }
  });
});
