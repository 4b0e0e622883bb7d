import { describe, expect, it } from "vitest";
import {
  lessonVersions,
  resultsCsvUrl,
  versionLabel,
} from "../../../../client/src/lib/teacher/versions.js";

const at = (slug: string) => ({ lesson: { slug } });

describe("the versions an assignment's attempts span", () => {
  it("offers nothing to choose while every attempt is on the assignment's lesson", () => {
    expect(lessonVersions("set-abc-v2", [])).toEqual([]);
    expect(lessonVersions("set-abc-v2", [at("set-abc-v2"), at("set-abc-v2")])).toEqual([]);
  });

  it("lists each version once, oldest first, marking the assignment's own", () => {
    expect(
      lessonVersions("set-abc-v10", [at("set-abc-v2"), at("set-abc-v10"), at("set-abc-v2")]),
    ).toEqual([
      { slug: "set-abc-v2", label: "Version 2", current: false },
      { slug: "set-abc-v10", label: "Version 10", current: true },
    ]);
  });

  it("names any other lesson by its slug", () => {
    expect(versionLabel("sourcing-the-record")).toBe("sourcing-the-record");
    expect(versionLabel("set-abc-v3")).toBe("Version 3");
  });

  it("takes the results CSV of one version", () => {
    expect(resultsCsvUrl("A/1")).toBe("/api/assignments/A%2F1/results.csv");
    expect(resultsCsvUrl("A", "set-abc-v1")).toBe(
      "/api/assignments/A/results.csv?lesson=set-abc-v1",
    );
  });
});
