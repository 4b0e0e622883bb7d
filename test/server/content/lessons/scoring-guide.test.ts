// A teacher-scored short answer's scoring guide: loaded from the content, checked like any other
// Markdown, and refused beside accepted answers (a matched answer needs no guide).
import { rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { formatProblem, loadContent } from "../../../../server/src/content/lessons/load-content.js";
import { addYaml, mutatedCopy, setYaml, type Mutation } from "./mutate-tree.js";

const here = path.dirname(fileURLToPath(import.meta.url));
const lessonsDir = path.resolve(here, "../../../../lessons");
const SET = "question-sets/sourcing-chain-of-words.yaml";
/** src-kim-motive, the set's fourth question. */
const MOTIVE = ["questions", 3];
const copies: string[] = [];
afterEach(() => {
  for (const dir of copies.splice(0)) rmSync(dir, { recursive: true, force: true });
});
const problemsOf = async (mutate: Mutation) => {
  const dir = mutatedCopy(lessonsDir, mutate);
  copies.push(dir);
  return (await loadContent(dir, { displayRoot: dir })).problems.map(formatProblem);
};

describe("a short answer's scoring guide", () => {
  it("is loaded for the two teacher-scored short answers, and for no other question", async () => {
    const { content, problems } = await loadContent(lessonsDir);
    expect(problems).toEqual([]);
    const guided = content.questionSets
      .flatMap((set) => set.questions)
      .filter((q) => q.kind === "SHORT_ANSWER" && q.scoringGuide !== null);
    expect(guided.map((q) => q.id).sort()).toEqual(["cor-public-private", "src-kim-motive"]);
    for (const q of guided) {
      if (q.kind !== "SHORT_ANSWER") throw new Error("not a short answer");
      expect(q.acceptedAnswers).toEqual([]);
      expect(q.points).toBe(2);
      for (const score of ["**2 points:**", "**1 point:**", "**0 points:**"])
        expect(q.scoringGuide).toContain(score);
    }
  });

  it("is refused beside accepted answers", async () => {
    expect(await problemsOf(addYaml(SET, [...MOTIVE, "acceptedAnswers"], ["vindication"]))).toEqual(
      [
        `${SET}: questions[3].scoringGuide: a scoring guide is for answers a teacher scores: drop it or the acceptedAnswers`,
      ],
    );
  });

  it("has its ¶ citations checked against the document", async () => {
    expect(
      await problemsOf(setYaml(SET, [...MOTIVE, "scoringGuide"], "- **2 points:** quotes ¶40.")),
    ).toEqual([
      `${SET}: questions[3].scoringGuide: cites ¶40, which does not exist in "puzanov-kim-il-sung-1957-11-13" (¶1–¶31)`,
    ]);
  });
});
