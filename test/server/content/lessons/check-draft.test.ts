// The pure check of one question set as a document: content:check's rules, each problem at its field.
import { describe, expect, it } from "vitest";
import { checkQuestionSetDraft } from "../../../../server/src/content/lessons/check-draft.js";

const TEXT = "Cde. Kim Il Sung said that the delegation was received warmly.";
const documents = new Map([["doc", { slug: "doc", paragraphs: new Map([[1, TEXT]]) }]]);
const catalogue = [
  {
    id: "speaker-is-author",
    name: "Speaker is author",
    belief: "Whoever talks wrote it.",
    habit: "SOURCING" as const,
    reteach: "Ask who holds the pen.",
  },
];

const choice = (overrides: Record<string, unknown> = {}) => ({
  id: "q1",
  kind: "SINGLE_CHOICE",
  skill: "SOURCING",
  points: 1,
  paragraphs: [1],
  prompt: "Who speaks in ¶1?",
  explanation: "The record reports Kim.",
  misconceptions: ["Speaker taken for author."],
  choices: [
    { id: "kim", text: "Kim", correct: true, explanation: "Right." },
    {
      id: "mao",
      text: "Mao",
      correct: false,
      misconception: "speaker-is-author",
      explanation: "He is not in ¶1.",
    },
  ],
  ...overrides,
});

const evidence = (target: Record<string, unknown>) => ({
  id: "e1",
  kind: "EVIDENCE",
  skill: "SOURCING",
  points: 1,
  paragraphs: [1],
  prompt: "Select one passage.",
  claim: "Kim reports the reception.",
  stance: "supports",
  minSelections: 1,
  maxSelections: 1,
  misconceptions: ["Reported speech read as the record's own."],
  explanation: "The passage reports Kim.",
  targets: [{ paragraph: 1, note: "Reported speech.", ...target }],
});

const set = (questions: unknown[]) => ({ slug: "s", title: "S", document: "doc", questions });

describe("checkQuestionSetDraft", () => {
  it("accepts a complete set and shapes it for the database, offsets re-checked", () => {
    const quote = "Kim Il Sung said";
    const start = TEXT.indexOf(quote);
    const result = checkQuestionSetDraft(
      set([choice(), evidence({ quote, start, end: start + quote.length })]),
      documents,
      catalogue,
    );
    expect(result.problems).toEqual([]);
    expect(result.set!.questions.map((q) => q.kind)).toEqual(["SINGLE_CHOICE", "EVIDENCE"]);
  });

  it("names the field of each problem", () => {
    const paths = (draft: unknown) =>
      checkQuestionSetDraft(draft, documents, catalogue).problems.map((p) => p.path);
    expect(paths(set([evidence({ quote: "Kim Il Sung said", start: 0, end: 16 })]))).toEqual([
      "questions[0].targets[0].start",
    ]);
    expect(paths(set([evidence({ quote: "Mao said" })]))).toEqual([
      "questions[0].targets[0].quote",
    ]);
    const untagged = choice();
    delete (untagged.choices[1] as Record<string, unknown>).misconception;
    expect(paths(set([untagged]))).toEqual(["questions[0].choices[1].misconception"]);
    expect(paths(set([choice({ misconceptions: undefined })]))).toEqual([
      "questions[0].misconceptions",
    ]);
    expect(paths(set([choice({ paragraphs: [7] })]))).toEqual(["questions[0].paragraphs[0]"]);
    expect(paths({ ...set([choice()]), document: "elsewhere" })).toEqual(["document"]);
    expect(paths(set([]))).toEqual(["questions"]);
    expect(paths({ ...set([choice()]), extra: 1 })).toEqual(["extra"]);
    expect(checkQuestionSetDraft(set([]), documents, catalogue).set).toBeNull();
  });
});
