import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { parseExport } from "../../../../server/src/content/documents/export-parser.js";
import {
  describeContent,
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
  renameYamlKey,
  replaceText,
  setYaml,
  here,
  repo,
  lessonsDir,
  documentsDir,
} from "./mutate-tree.js";

const fixtures = path.join(here, "fixtures");
const DOC = "puzanov-kim-il-sung-1957-11-13";
const PONOMAREV = "ponomarev-telegram-1956-09-26";
const KNOWN = ["mikoyan-telegram-1956-09-17", PONOMAREV, DOC, "zhang-wentian-yudin-1958-01-23"]
  .map((slug) => `"${slug}"`)
  .join(", ");

describe("the real lessons/ folder", () => {
  let content: LoadedContent;

  beforeAll(async () => {
    const result = await loadContent(lessonsDir, { displayRoot: repo });
    expect(result.problems.map(formatProblem)).toEqual([]);
    content = result.content;
  });

  it("has at least four lessons of 20–90 minutes, in course order, covering the four habits", () => {
    expect(content.lessons.length).toBeGreaterThanOrEqual(4);
    expect(content.lessons.map((l) => l.position)).toEqual(content.lessons.map((_, i) => i + 1));
    for (const lesson of content.lessons) {
      expect(lesson.estimatedMinutes).toBeGreaterThanOrEqual(20);
      expect(lesson.estimatedMinutes).toBeLessThanOrEqual(90);
      expect(lesson.objectives.length).toBeGreaterThanOrEqual(2);
      expect(lesson.documentSlug).toBe(DOC);
      expect(new Set(lesson.steps.map((s) => s.kind))).toEqual(
        new Set(["READ", "QUESTION_SET", "EXERCISE", "REFLECT"]),
      );
      expect(lesson.steps.map((s) => s.position)).toEqual(lesson.steps.map((_, i) => i + 1));
      for (const step of lesson.steps) expect(step.body.trim().length).toBeGreaterThan(0);
    }
    const skills = new Set(content.lessons.flatMap((l) => l.skills));
    expect(skills).toEqual(
      new Set(["SOURCING", "CLOSE_READING", "CONTEXTUALIZATION", "CORROBORATION"]),
    );
  });

  it("has at least 30 items using every kind, each with an explanation", () => {
    const questions = content.questionSets.filter((s) => !s.fromStep).flatMap((s) => s.questions);
    expect(questions.length).toBeGreaterThanOrEqual(30);
    const kinds = new Set(questions.map((q) => q.kind));
    expect(kinds).toEqual(
      new Set([
        "SINGLE_CHOICE",
        "MULTIPLE_CHOICE",
        "SHORT_ANSWER",
        "ORDERING",
        "MATCHING",
        "EVIDENCE",
        "ATTRIBUTION",
      ]),
    );
    for (const q of questions) {
      expect(q.explanation.length, q.id).toBeGreaterThan(20);
      if (q.kind === "SINGLE_CHOICE")
        expect(
          q.choices.filter((c) => c.correct),
          q.id,
        ).toHaveLength(1);
      if (q.kind === "SINGLE_CHOICE" || q.kind === "MULTIPLE_CHOICE")
        for (const c of q.choices)
          expect(c.explanation.length, `${q.id}/${c.id}`).toBeGreaterThan(5);
    }
    expect(describeContent(content)).toMatch(
      /^4 lessons, 9 question sets, 4 reflection steps, \d+ items \(\d+ SINGLE_CHOICE, .*, \d+ REFLECTION, \d+ ATTRIBUTION\), 5 exercises$/,
    );
  });

  it("gives every REFLECT step written prompts of its own, unmarked", () => {
    for (const lesson of content.lessons)
      for (const step of lesson.steps.filter((s) => s.kind === "REFLECT")) {
        expect(step.questionSetSlug, step.id).toBe(step.id);
        const set = content.questionSets.find((s) => s.slug === step.id);
        expect(set?.fromStep).toBe(true);
        expect(set!.questions.length).toBeGreaterThanOrEqual(1);
        for (const q of set!.questions) {
          expect(q.kind).toBe("REFLECTION");
          expect(q.points).toBe(0);
          expect(q.prompt.length).toBeGreaterThan(20);
        }
      }
  });

  it("has at least three exercises, one on Peng Dehuai's visit, with full rubrics and exemplars", () => {
    expect(content.exercises.length).toBeGreaterThanOrEqual(3);
    const peng = content.exercises.find((e) => e.slug === "peng-visit-interference");
    expect(peng?.prompt).toMatch(/interference in the internal affairs/);
    for (const ex of content.exercises) {
      expect(ex.rubric.length).toBeGreaterThanOrEqual(3);
      for (const c of ex.rubric) {
        expect(c.levels.length).toBeGreaterThanOrEqual(3);
        for (const l of c.levels) expect(l.descriptor.length).toBeGreaterThan(0);
      }
      expect(ex.exemplars.length).toBeGreaterThanOrEqual(2);
      expect(ex.guidance).toMatch(/^## /);
      expect(ex.points).toBe(
        ex.evidencePoints +
          ex.rubric.reduce((s, c) => s + Math.max(...c.levels.map((l) => l.score)), 0),
      );
    }
  });

  it("resolves every quote to offsets that slice the document's paragraph exactly", () => {
    const doc = parseExport(readFileSync(path.join(documentsDir, `${DOC}.txt`), "utf8"));
    const text = new Map(doc.paragraphs.map((p) => [p.number, p.text]));
    const spans = [
      ...content.questionSets.flatMap((s) =>
        s.questions.flatMap((q) => (q.kind === "EVIDENCE" ? q.targets : [])),
      ),
      ...content.exercises.flatMap((e) => e.modelEvidence),
    ];
    expect(spans.length).toBeGreaterThan(20);
    const documentText = (slug: string) =>
      new Map(
        parseExport(readFileSync(path.join(documentsDir, `${slug}.txt`), "utf8")).paragraphs.map(
          (p) => [p.number, p.text],
        ),
      );
    const others = new Set(spans.flatMap((s) => (s.documentSlug ? [s.documentSlug] : [])));
    // The real content cites passages in all three other documents besides the record.
    expect([...others].sort()).toEqual([
      "mikoyan-telegram-1956-09-17",
      PONOMAREV,
      "zhang-wentian-yudin-1958-01-23",
    ]);
    const texts = new Map([...others].map((slug) => [slug, documentText(slug)]));
    for (const span of spans)
      expect(
        (span.documentSlug ? texts.get(span.documentSlug)! : text)
          .get(span.paragraphNumber)
          ?.slice(span.start, span.end),
      ).toBe(span.quote);
  });

  it("passes the command-line check", () => {
    const run = spawnSync(
      path.join(repo, "node_modules/.bin/tsx"),
      ["server/src/cli/content-check.ts"],
      {
        cwd: repo,
        encoding: "utf8",
      },
    );
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^content ok: 4 lessons, /);
  });
});

const QS = "question-sets/basics.yaml";
const EX = "exercises/ex-reliability.yaml";
const LESSON = "minimal-lesson/lesson.yaml";

/** Each case is the valid minimal tree with one deliberate fault, and the problems it must produce. */
const BROKEN: Record<string, { mutate: Mutation; problems: string[] }> = {
  "quote-not-found": {
    mutate: setYaml(
      QS,
      ["questions", 1, "targets", 0, "quote"],
      "could be seen as interference in the internal affairs of the KWP",
    ),
    problems: [
      'question-sets/basics.yaml: questions[1].targets[0].quote: quote not found exactly in ¶9: "could be seen as interference in the internal affairs of the KWP"',
    ],
  },
  "quote-near-miss": {
    mutate: setYaml(
      EX,
      ["modelEvidence", 0, "quote"],
      "therefore we have decided not to resort to such actions  any more.",
    ),
    problems: [
      'exercises/ex-reliability.yaml: modelEvidence[0].quote: quote not found exactly in ¶9: "therefore we have decided not to resort to such actions  any more." (near match differing in case, spacing or punctuation: "Therefore we have decided not to resort to such actions any more.")',
    ],
  },
  "quote-occurrence": {
    mutate: addYaml(QS, ["questions", 1, "targets", 0, "occurrence"], 2),
    problems: [
      "question-sets/basics.yaml: questions[1].targets[0].occurrence: ¶9 contains the quote 1 time(s), not 2",
    ],
  },
  "paragraph-99": {
    mutate: editYaml(QS, (doc) => doc.addIn(["questions", 0, "paragraphs"], 99)),
    problems: [
      'question-sets/basics.yaml: questions[0].paragraphs[1]: ¶99 does not exist in "puzanov-kim-il-sung-1957-11-13" (¶1–¶31)',
    ],
  },
  "target-paragraph-99": {
    mutate: setYaml(QS, ["questions", 1, "targets", 0, "paragraph"], 99),
    problems: [
      'question-sets/basics.yaml: questions[1].targets[0].paragraph: ¶99 does not exist in "puzanov-kim-il-sung-1957-11-13" (¶1–¶31)',
    ],
  },
  "cites-missing-paragraph": {
    mutate: setYaml(LESSON, ["steps", 0, "body"], "Read ¶9 and ¶40."),
    problems: [
      'minimal-lesson/lesson.yaml: steps[0].body: cites ¶40, which does not exist in "puzanov-kim-il-sung-1957-11-13" (¶1–¶31)',
    ],
  },
  "answer-key-missing-choice": {
    mutate: setYaml(QS, ["questions", 2, "pairs", 1, "right"], "kpa"),
    problems: ['question-sets/basics.yaml: questions[2].pairs[1].right: no right item "kpa"'],
  },
  "matching-left-paired-twice": {
    mutate: setYaml(QS, ["questions", 2, "pairs", 1, "left"], "mao"),
    problems: [
      'question-sets/basics.yaml: questions[2].pairs[1].left: left item "mao" is already paired (pairs[0])',
      'question-sets/basics.yaml: questions[2].left[1]: left item "kim" is not paired',
    ],
  },
  "duplicate-id-across-files": {
    mutate: setYaml(QS, ["questions", 0, "id"], "ex-reliability"),
    problems: [
      'exercises/ex-reliability.yaml: slug: duplicate id "ex-reliability": already used by question "ex-reliability" at question-sets/basics.yaml: questions[0].id',
    ],
  },
  "rubric-level-without-descriptor": {
    mutate: deleteYaml(EX, ["rubric", 1, "levels", 2, "descriptor"]),
    problems: ["exercises/ex-reliability.yaml: rubric[1].levels[2].descriptor: Required"],
  },
  "rubric-scores-gap": {
    mutate: setYaml(EX, ["rubric", 2, "levels", 2, "score"], 3),
    problems: [
      "exercises/ex-reliability.yaml: rubric[2].levels: scores must be contiguous (1 is followed by 3)",
      'exercises/ex-reliability.yaml: exemplars[0].levels.reasoning: criterion "reasoning" has no level with score 2',
    ],
  },
  "single-choice-two-correct": {
    mutate: setYaml(QS, ["questions", 0, "choices", 1, "correct"], true),
    problems: [
      "question-sets/basics.yaml: questions[0].choices: a single-choice question needs exactly one correct choice (found 2: a, b)",
    ],
  },
  "choice-explanation-missing": {
    mutate: deleteYaml(QS, ["questions", 0, "choices", 1, "explanation"]),
    problems: ["question-sets/basics.yaml: questions[0].choices[1].explanation: Required"],
  },
  "misspelt-field": {
    mutate: renameYamlKey(QS, ["questions", 0], "explanation", "explantion"),
    problems: [
      "question-sets/basics.yaml: questions[0].explanation: Required",
      "question-sets/basics.yaml: questions[0].explantion: unknown field (misspelt?)",
    ],
  },
  "step-missing-question-set": {
    mutate: setYaml(LESSON, ["steps", 1, "questionSet"], "basic-questions"),
    problems: [
      'minimal-lesson/lesson.yaml: steps[1].questionSet: no question set "basic-questions" (expected question-sets/basic-questions.yaml)',
      'question-sets/basics.yaml: slug: question set "basics" is not used by any lesson',
    ],
  },
  "markdown-file-missing": {
    mutate: setYaml(LESSON, ["steps", 0, "body"], "steps/01-read.md"),
    problems: [
      "minimal-lesson/lesson.yaml: steps[0].body: Markdown file not found: minimal-lesson/steps/01-read.md",
    ],
  },
  "yaml-syntax-error": {
    mutate: replaceText(
      QS,
      "prompt: Whose words does ¶9 report?",
      "prompt: Whose words: [does ¶9 report?",
    ),
    problems: [
      "question-sets/basics.yaml: line 10, column 13: YAML syntax error: Nested mappings are not allowed in compact mappings",
    ],
  },
  "reflect-without-prompts": {
    mutate: deleteYaml(LESSON, ["steps", 3, "prompts"]),
    problems: [
      "minimal-lesson/lesson.yaml: steps[3].prompts: a REFLECT step asks at least one written prompt",
    ],
  },
  "prompts-on-a-read-step": {
    mutate: addYaml(LESSON, ["steps", 0, "prompts"], [{ id: "min-read-why", prompt: "Why?" }]),
    problems: ["minimal-lesson/lesson.yaml: steps[0].prompts: only a REFLECT step lists prompts"],
  },
  "reflection-prompt-id-reused": {
    mutate: setYaml(LESSON, ["steps", 3, "prompts", 0, "id"], "min-read"),
    problems: [
      'minimal-lesson/lesson.yaml: steps[3].prompts[0].id: duplicate id "min-read": already used by step "min-read" at minimal-lesson/lesson.yaml: steps[0].id',
    ],
  },
  "reflection-prompt-with-a-key": {
    mutate: addYaml(LESSON, ["steps", 3, "prompts", 0, "acceptedAnswers"], ["Mao"]),
    problems: [
      "minimal-lesson/lesson.yaml: steps[3].prompts[0].acceptedAnswers: unknown field (misspelt?)",
    ],
  },
  "own-claim-without-claims": {
    mutate: setYaml(EX, ["claims"], []),
    problems: [
      "exercises/ex-reliability.yaml: ownClaim: with no claims listed, the claim is already written freely",
      'exercises/ex-reliability.yaml: exemplars[0].claim: no claim "unreliable" in claims',
    ],
  },
  "too-many-context-facts": {
    mutate: setYaml(EX, ["contextFacts", "count"], 9),
    problems: [
      "exercises/ex-reliability.yaml: contextFacts.count: Too big: expected number to be <=5",
    ],
  },
  "target-in-a-document-not-offered": {
    mutate: addYaml(QS, ["questions", 1, "targets", 0, "document"], PONOMAREV),
    problems: [
      `question-sets/basics.yaml: questions[1].targets[0].document: "${PONOMAREV}" is neither the item's document nor listed in its sources (offered: "${DOC}")`,
    ],
  },
  "target-in-an-unknown-document": {
    mutate: addYaml(EX, ["modelEvidence", 0, "document"], "no-such-document"),
    problems: [
      `exercises/ex-reliability.yaml: modelEvidence[0].document: unknown document "no-such-document" (known: ${KNOWN})`,
    ],
  },
  "position-that-cannot-reach-full-evidence-marks": {
    mutate: addYaml(EX, ["modelEvidence", 0, "claims"], ["reliable"]),
    problems: [
      'exercises/ex-reliability.yaml: modelEvidence: claim "unreliable" has 0 model passage(s) (tagged with it or untagged) and 0 acceptable one(s) counting for recall, but full evidence marks need 1',
    ],
  },
  "model-passage-for-an-unknown-claim": {
    mutate: addYaml(EX, ["modelEvidence", 0, "claims"], ["reliable", "nope"]),
    problems: [
      'exercises/ex-reliability.yaml: modelEvidence[0].claims[1]: no claim "nope" in claims',
      'exercises/ex-reliability.yaml: modelEvidence: claim "unreliable" has 0 model passage(s) (tagged with it or untagged) and 0 acceptable one(s) counting for recall, but full evidence marks need 1',
    ],
  },
  "instructions-whose-lower-bound-cannot-earn-full-credit": {
    mutate: editYaml(QS, (doc) => {
      doc.setIn(["questions", 1, "prompt"], "Select one or two passages.");
      doc.setIn(["questions", 1, "minSelections"], 2);
      doc.setIn(["questions", 1, "maxSelections"], 2);
      doc.setIn(
        ["questions", 1, "acceptable"],
        doc.createNode([
          {
            paragraph: 9,
            quote: "Therefore we have decided not to resort to such actions any more.",
            note: "Also fine.",
            countsForRecall: true,
          },
        ]),
      );
    }),
    problems: [
      "question-sets/basics.yaml: questions[1].prompt: the instructions ask for 1 passage(s) at least, but full credit needs 2: an answer at the lower bound cannot earn full credit",
    ],
  },
  "instructions-allowing-more-than-the-item-accepts": {
    mutate: setYaml(QS, ["questions", 1, "prompt"], "Select one to three passages."),
    problems: [
      "question-sets/basics.yaml: questions[1].prompt: the instructions allow 3 passages, but the item accepts at most 1",
    ],
  },
  "explanation-quoting-a-passage-the-key-penalises": {
    mutate: setYaml(
      QS,
      ["questions", 1, "explanation"],
      'Compare "There can be shortcomings and mistakes in work" (¶9).',
    ),
    problems: [
      'question-sets/basics.yaml: questions[1].explanation: quotes ¶9 "There can be shortcomings and mistakes in work", which is neither a key nor an acceptable passage: a student who follows the text would be penalised (add it to acceptable, or to the key)',
    ],
  },
  "exercise-step-quoting-a-passage-the-key-penalises": {
    mutate: setYaml(
      LESSON,
      ["steps", 2, "body"],
      'Start from "You had high-handed methods" in ¶9.',
    ),
    problems: [
      'minimal-lesson/lesson.yaml: steps[2].body: quotes ¶9 "You had high-handed methods", which is neither a key nor an acceptable passage: a student who follows the text would be penalised (add it to acceptable, or to the key)',
    ],
  },
  "acceptable-passage-repeating-the-key": {
    mutate: addYaml(
      QS,
      ["questions", 1, "acceptable"],
      [
        {
          paragraph: 9,
          quote: "could be assessed as interference in the internal affairs of the KWP",
          note: "Same.",
        },
      ],
    ),
    problems: [
      "question-sets/basics.yaml: questions[1].acceptable[0]: the same passage is already a key passage",
    ],
  },
  "source-unknown-document": {
    mutate: addYaml(
      QS,
      ["questions", 1, "sources"],
      [{ document: "no-such-document", paragraphs: [1] }],
    ),
    problems: [
      `question-sets/basics.yaml: questions[1].sources[0].document: unknown document "no-such-document" (known: ${KNOWN})`,
    ],
  },
  "source-is-the-own-document": {
    mutate: addYaml(EX, ["sources"], [{ document: DOC, paragraphs: [9] }]),
    problems: [
      `exercises/ex-reliability.yaml: sources[0].document: "${DOC}" is the item's own document: its paragraphs are listed in "paragraphs"`,
    ],
  },
  "source-paragraph-missing": {
    mutate: addYaml(
      QS,
      ["questions", 1, "sources"],
      [{ document: PONOMAREV, paragraphs: [6, 12] }],
    ),
    problems: [
      `question-sets/basics.yaml: questions[1].sources[0].paragraphs[1]: ¶12 does not exist in "${PONOMAREV}" (¶1–¶9)`,
    ],
  },
  "quote-checked-against-the-named-document": {
    // The record's ¶9 quote, moved to the telegram's ¶6: it must be found there, not in the record.
    mutate: editYaml(QS, (doc) => {
      doc.setIn(["questions", 1, "sources"], [{ document: PONOMAREV, paragraphs: [6] }]);
      doc.setIn(["questions", 1, "targets", 0, "document"], PONOMAREV);
      doc.setIn(["questions", 1, "targets", 0, "paragraph"], 6);
    }),
    problems: [
      `question-sets/basics.yaml: questions[1].targets[0].quote: quote not found exactly in ¶6 of "${PONOMAREV}": "could be assessed as interference in the internal affairs of the KWP"`,
    ],
  },
  "model-evidence-outside-the-offered-paragraphs": {
    mutate: editYaml(EX, (doc) => {
      doc.setIn(["sources"], [{ document: PONOMAREV, paragraphs: [3] }]);
      doc.setIn(["modelEvidence", 0, "document"], PONOMAREV);
      doc.setIn(["modelEvidence", 0, "paragraph"], 6);
      doc.setIn(["modelEvidence", 0, "quote"], "the interference of two older brothers");
    }),
    problems: [
      `exercises/ex-reliability.yaml: modelEvidence[0].paragraph: ¶6 is not among the paragraphs the item offers of "${PONOMAREV}" [3]`,
    ],
  },
  "lesson-too-long": {
    mutate: setYaml(LESSON, ["estimatedMinutes"], 120),
    problems: ["minimal-lesson/lesson.yaml: estimatedMinutes: a lesson takes 20 to 90 minutes"],
  },
};

const validTree = path.join(fixtures, "valid-minimal");
const copies: string[] = [];

function brokenTree(name: string): string {
  const dir = mutatedCopy(validTree, BROKEN[name]!.mutate);
  copies.push(dir);
  return dir;
}

async function problemsIn(dir: string): Promise<string[]> {
  const { problems } = await loadContent(dir, { documentsDir, displayRoot: dir });
  return problems.map(formatProblem);
}

describe("broken content trees", () => {
  afterEach(() => {
    for (const dir of copies.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it("the unbroken minimal tree is valid and resolves its quotes", async () => {
    const { content, problems } = await loadContent(validTree, {
      documentsDir,
      displayRoot: validTree,
    });
    expect(problems).toEqual([]);
    const evidence = content.questionSets[0]!.questions.find((q) => q.kind === "EVIDENCE");
    expect(evidence?.kind === "EVIDENCE" && evidence.targets[0]).toMatchObject({
      paragraphNumber: 9,
    });
    expect(content.exercises[0]!.points).toBe(1 + 2 * 3);
    expect(content.exercises[0]!.answerSlots).toEqual({
      ownClaim: { label: "My own claim" },
      contextFacts: { count: 2, prompt: "A fact from outside the record." },
    });
    const reflect = content.questionSets.find((s) => s.slug === "min-reflect");
    expect(reflect?.questions).toMatchObject([
      { id: "min-reflect-voice", kind: "REFLECTION", points: 0, maxLength: 1500, skill: null },
    ]);
  });

  it("resolves a key passage and a model passage in another document the item offers", async () => {
    const dir = mutatedCopy(validTree, (root) => {
      editYaml(QS, (doc) => {
        doc.setIn(["questions", 1, "sources"], [{ document: PONOMAREV, paragraphs: [6] }]);
        doc.addIn(["questions", 1, "targets"], {
          document: PONOMAREV,
          paragraph: 6,
          quote: "the interference of two older brothers",
          note: "Kim via Shi Zhe via Ponomarev.",
        });
      })(root);
      editYaml(EX, (doc) => {
        doc.setIn(["sources"], [{ document: PONOMAREV, paragraphs: [6] }]);
        doc.addIn(["modelEvidence"], {
          document: DOC,
          paragraph: 9,
          quote: "interference",
          note: "The own document, named.",
        });
      })(root);
    });
    copies.push(dir);
    const { content, problems } = await loadContent(dir, { documentsDir, displayRoot: dir });
    expect(problems.map(formatProblem)).toEqual([]);
    const evidence = content.questionSets[0]!.questions[1]!;
    expect(evidence.kind === "EVIDENCE" && evidence.sources).toEqual([
      { documentSlug: PONOMAREV, paragraphNumbers: [6] },
    ]);
    const telegram = evidence.kind === "EVIDENCE" ? evidence.targets.at(-1) : null;
    expect(telegram).toMatchObject({ documentSlug: PONOMAREV, paragraphNumber: 6 });
    expect(telegram!.end - telegram!.start).toBe("the interference of two older brothers".length);
    expect(content.exercises[0]!.modelEvidence.at(-1)).toMatchObject({ documentSlug: null });
    expect(content.exercises[0]!.sources).toEqual([
      { documentSlug: PONOMAREV, paragraphNumbers: [6] },
    ]);
  });

  it("the fixtures folder holds only the valid tree; faults are made in temporary copies", () => {
    expect(readdirSync(fixtures)).toEqual(["valid-minimal"]);
  });

  it.each(Object.entries(BROKEN))(
    "%s fails naming the file and the field",
    async (name, { problems }) => {
      expect(await problemsIn(brokenTree(name))).toEqual(problems);
    },
  );

  it("the command-line check exits 1 and prints one problem per line", () => {
    const dir = brokenTree("single-choice-two-correct");
    const run = spawnSync(
      path.join(repo, "node_modules/.bin/tsx"),
      [path.join(repo, "server/src/cli/content-check.ts"), dir, "--documents", documentsDir],
      {
        cwd: repo,
        encoding: "utf8",
      },
    );
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(
      "question-sets/basics.yaml: questions[0].choices: a single-choice question needs exactly one correct choice (found 2: a, b)",
    );
    expect(run.stderr).toMatch(/content check failed: 1 problem$/m);
  });
});
