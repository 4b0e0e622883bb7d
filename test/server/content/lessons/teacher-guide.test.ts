// The teacher guide's fields in the content: each step's suggested minutes and the misconceptions
// each item probes. Optional to the loader (older trees still load), required by content:check.
import { spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { checkTeacherGuide } from "../../../../server/src/content/lessons/check-guide.js";
import { formatProblem, loadContent } from "../../../../server/src/content/lessons/load-content.js";
import {
  deleteYaml,
  here,
  lessonsDir,
  mutatedCopy,
  repo,
  setYaml,
  type Mutation,
} from "./mutate-tree.js";

const fixture = path.join(here, "fixtures/valid-minimal");
const copies: string[] = [];
afterEach(() => {
  for (const dir of copies.splice(0)) rmSync(dir, { recursive: true, force: true });
});
const copyOf = (source: string, mutate: Mutation) => {
  const dir = mutatedCopy(source, mutate);
  copies.push(dir);
  return dir;
};
const check = (dir: string) =>
  spawnSync(
    path.join(repo, "node_modules/.bin/tsx"),
    [
      path.join(repo, "server/src/cli/content-check.ts"),
      dir,
      "--documents",
      `${lessonsDir}/documents`,
    ],
    { cwd: dir, encoding: "utf8" },
  );

describe("the teacher guide's fields", () => {
  it("every step of the real lessons has minutes adding up to the lesson's estimate, and every item its misconceptions", async () => {
    const { content, problems } = await loadContent(lessonsDir, { displayRoot: repo });
    expect(problems.map(formatProblem)).toEqual([]);
    expect(checkTeacherGuide(content)).toEqual([]);
    for (const lesson of content.lessons) {
      const minutes = lesson.steps.map((step) => step.minutes);
      expect(
        minutes.every((m) => m !== null && m >= 1),
        lesson.slug,
      ).toBe(true);
      expect(minutes.reduce((sum: number, m) => sum + m!, 0)).toBe(lesson.estimatedMinutes);
    }
    // Reflection prompts ask for the student's own thinking and probe no misconception.
    const items = [
      ...content.questionSets
        .flatMap((set) => set.questions)
        .filter((q) => q.kind !== "REFLECTION"),
      ...content.exercises,
    ];
    expect(items).toHaveLength(48);
    for (const item of items) {
      expect(item.misconceptions.length, "id" in item ? item.id : item.slug).toBeGreaterThan(0);
      for (const text of item.misconceptions) expect(text.length).toBeGreaterThan(20);
    }
  });

  it("the loader accepts a tree without them; the content check names every step and item that lacks them", async () => {
    const { content, problems } = await loadContent(fixture, {
      displayRoot: fixture,
      documentsDir: `${lessonsDir}/documents`,
    });
    expect(problems).toEqual([]);
    const missing = checkTeacherGuide(content).map(formatProblem);
    expect(missing).toContain(
      "minimal-lesson/lesson.yaml: steps[0].minutes: give the step's suggested minutes in class (the teacher guide's timings)",
    );
    expect(missing).toContain(
      "question-sets/basics.yaml: questions[0].misconceptions: name the misconception(s) this question probes (the teacher guide)",
    );
    expect(missing).toContain(
      "exercises/ex-reliability.yaml: misconceptions: name the misconception(s) this exercise probes (the teacher guide)",
    );
  });

  it("content:check fails on the real lessons when one step's minutes or one question's misconceptions go missing", () => {
    const noMinutes = check(
      copyOf(lessonsDir, deleteYaml("sourcing-the-record/lesson.yaml", ["steps", 2, "minutes"])),
    );
    expect(noMinutes.status).toBe(1);
    expect(noMinutes.stderr).toContain(
      "sourcing-the-record/lesson.yaml: steps[2].minutes: give the step's suggested minutes",
    );
    const noMisconceptions = check(
      copyOf(
        lessonsDir,
        deleteYaml("question-sets/voices-interference.yaml", ["questions", 1, "misconceptions"]),
      ),
    );
    expect(noMisconceptions.status).toBe(1);
    expect(noMisconceptions.stderr).toContain(
      "question-sets/voices-interference.yaml: questions[1].misconceptions: name the misconception(s)",
    );
    const wrongTotal = check(
      copyOf(lessonsDir, setYaml("context-1956-1957/lesson.yaml", ["steps", 0, "minutes"], 20)),
    );
    expect(wrongTotal.status).toBe(1);
    expect(wrongTotal.stderr).toMatch(
      /context-1956-1957\/lesson.yaml: steps: the steps' minutes add up to \d+, not the lesson's estimatedMinutes \(60\)/,
    );
  });

  it("the schema refuses an empty misconception list and a step of 0 minutes", async () => {
    const empty = copyOf(
      lessonsDir,
      setYaml("question-sets/voices-interference.yaml", ["questions", 0, "misconceptions"], []),
    );
    expect((await loadContent(empty, { displayRoot: empty })).problems.map(formatProblem)).toEqual([
      "question-sets/voices-interference.yaml: questions[0].misconceptions: name at least one misconception",
    ]);
    const zero = copyOf(
      lessonsDir,
      setYaml("voices-in-the-record/lesson.yaml", ["steps", 1, "minutes"], 0),
    );
    expect((await loadContent(zero, { displayRoot: zero })).problems.map(formatProblem)).toEqual([
      "voices-in-the-record/lesson.yaml: steps[1].minutes: a step takes 1 to 45 minutes",
    ]);
  });
});
