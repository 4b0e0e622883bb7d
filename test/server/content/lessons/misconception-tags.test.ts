// The misconception catalogue (lessons/misconceptions.yaml) and the tags that name it: every wrong
// choice names a catalogue id (the loader refuses one without, and unknown ids); matching, ordering
// and short-answer items may name their common wrong pairs, orders and answers; content:check also
// refuses a catalogue entry no distractor names.
import { rmSync } from "node:fs";
import path from "node:path";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { checkTeacherGuide } from "../../../../server/src/content/lessons/check-guide.js";
import {
  formatProblem,
  type LoadedContent,
  loadContent,
} from "../../../../server/src/content/lessons/load-content.js";
import {
  addYaml,
  deleteYaml,
  editYaml,
  type Mutation,
  mutatedCopy,
  setYaml,
  here,
  repo,
  lessonsDir,
  documentsDir,
} from "./mutate-tree.js";

const fixture = path.join(here, "fixtures/valid-minimal");
const QS = "question-sets/basics.yaml";
const CAT = "misconceptions.yaml";
const copies: string[] = [];
afterEach(() => {
  for (const dir of copies.splice(0)) rmSync(dir, { recursive: true, force: true });
});

async function problemsAfter(mutate: Mutation): Promise<string[]> {
  const dir = mutatedCopy(fixture, mutate);
  copies.push(dir);
  const { problems } = await loadContent(dir, { documentsDir, displayRoot: dir });
  return problems.map(formatProblem);
}

const BROKEN: Record<string, { mutate: Mutation; problems: string[] }> = {
  "a wrong choice without a misconception": {
    mutate: deleteYaml(QS, ["questions", 0, "choices", 1, "misconception"]),
    problems: [
      "question-sets/basics.yaml: questions[0].choices[1].misconception: name the misconception this wrong choice encodes (an id from lessons/misconceptions.yaml)",
    ],
  },
  "a wrong choice naming an unknown misconception": {
    mutate: setYaml(QS, ["questions", 0, "choices", 1, "misconception"], "no-such-misreading"),
    problems: [
      'question-sets/basics.yaml: questions[0].choices[1].misconception: unknown misconception "no-such-misreading" (not in misconceptions.yaml)',
    ],
  },
  "a matching distractor that is the key's own pair": {
    mutate: addYaml(
      QS,
      ["questions", 2, "distractors"],
      [{ left: "mao", right: "cpc", misconception: "mao-wrote-it" }],
    ),
    problems: [
      'question-sets/basics.yaml: questions[2].distractors[0]: "mao" → "cpc" is the key\'s own pair, not a distractor',
    ],
  },
  "a matching distractor naming an unknown misconception": {
    mutate: addYaml(
      QS,
      ["questions", 2, "distractors"],
      [{ left: "mao", right: "kwp", misconception: "nobody-knows" }],
    ),
    problems: [
      'question-sets/basics.yaml: questions[2].distractors[0].misconception: unknown misconception "nobody-knows" (not in misconceptions.yaml)',
    ],
  },
  "a catalogue entry without its reteach advice": {
    mutate: deleteYaml(CAT, ["misconceptions", 0, "reteach"]),
    problems: ["misconceptions.yaml: misconceptions[0].reteach: Required"],
  },
  "a catalogue entry id given twice": {
    mutate: editYaml(CAT, (doc) => {
      const list = doc.get("misconceptions") as { items: unknown[] };
      list.items.push(doc.createNode({ ...(doc.toJS().misconceptions[0] as object) }));
    }),
    problems: [
      'misconceptions.yaml: misconceptions[1].id: duplicate id "mao-wrote-it" (already misconceptions[0])',
    ],
  },
  "no catalogue at all": {
    mutate: (dir) => rmSync(path.join(dir, CAT)),
    problems: [
      "misconceptions.yaml: the misconception catalogue is missing (distractors name its ids)",
    ],
  },
};

describe("misconception tags in content", () => {
  it.each(Object.keys(BROKEN))("%s is refused, naming the file and the field", async (name) => {
    expect(await problemsAfter(BROKEN[name]!.mutate)).toEqual(BROKEN[name]!.problems);
  });

  it("a matching distractor, once valid, is loaded with its keys", async () => {
    const dir = mutatedCopy(
      fixture,
      addYaml(
        QS,
        ["questions", 2, "distractors"],
        [{ left: "mao", right: "kwp", misconception: "mao-wrote-it" }],
      ),
    );
    copies.push(dir);
    const { content, problems } = await loadContent(dir, { documentsDir, displayRoot: dir });
    expect(problems).toEqual([]);
    const matching = content.questionSets[0]!.questions[2]!;
    expect(matching.distractors).toEqual([
      expect.objectContaining({ misconception: "mao-wrote-it", leftKey: "mao", rightKey: "kwp" }),
    ]);
  });

  it("content:check refuses a catalogue entry no distractor names; the loader accepts it", async () => {
    const dir = mutatedCopy(
      fixture,
      editYaml(CAT, (doc) => {
        const list = doc.get("misconceptions") as { items: unknown[] };
        list.items.push(
          doc.createNode({
            id: "unused-one",
            name: "Never probed",
            belief: "Something no item asks about.",
            habit: "SOURCING",
            reteach: "Nothing to reteach yet.",
          }),
        );
      }),
    );
    copies.push(dir);
    const { content, problems } = await loadContent(dir, { documentsDir, displayRoot: dir });
    expect(problems).toEqual([]);
    expect(checkTeacherGuide(content).map(formatProblem)).toContain(
      'misconceptions.yaml: misconceptions[1]: "unused-one" is named by no distractor (tag a choice, pair, order or wrong answer with it, or remove it)',
    );
  });
});

describe("the real catalogue and tags", () => {
  let content: LoadedContent;
  beforeAll(async () => {
    const loaded = await loadContent(lessonsDir, { displayRoot: repo });
    expect(loaded.problems.map(formatProblem)).toEqual([]);
    content = loaded.content;
  });

  it("catalogues 15 to 35 misconceptions, each with a name, belief, habit and reteach advice", () => {
    expect(content.misconceptions.length).toBeGreaterThanOrEqual(15);
    expect(content.misconceptions.length).toBeLessThanOrEqual(35);
    for (const m of content.misconceptions) {
      expect(m.belief.length, m.id).toBeGreaterThan(20);
      expect(m.reteach.length, m.id).toBeGreaterThan(20);
    }
    const ids = content.misconceptions.map((m) => m.id);
    for (const probed of [
      "brackets-are-1957-handwriting",
      "record-is-maos-words",
      "whole-august-group-fled",
      "mission-chinese-only",
      "moscow-means-khrushchev",
      "record-date-is-talk-date",
    ])
      expect(ids).toContain(probed);
  });

  it("tags every wrong choice, and every catalogue entry is named by some distractor", () => {
    const questions = content.questionSets.flatMap((set) => set.questions);
    for (const q of questions) {
      if (q.kind !== "SINGLE_CHOICE" && q.kind !== "MULTIPLE_CHOICE") continue;
      const tagged = new Set((q.distractors ?? []).map((d) => d.choiceKey));
      for (const c of q.choices.filter((c) => !c.correct))
        expect(tagged, `${q.id} ${c.id}`).toContain(c.id);
    }
    const kinds = new Set(
      questions.filter((q) => (q.distractors ?? []).length > 0).map((q) => q.kind),
    );
    expect(kinds).toEqual(
      new Set(["SINGLE_CHOICE", "MULTIPLE_CHOICE", "MATCHING", "ORDERING", "SHORT_ANSWER"]),
    );
    expect(checkTeacherGuide(content)).toEqual([]);
  });
});
