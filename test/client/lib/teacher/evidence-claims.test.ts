import { describe, expect, it } from "vitest";
import {
  buildReviewContext,
  readableAnswer,
  readableKey,
} from "../../../../client/src/lib/teacher/answers.js";
import { KEYS, LESSON } from "../../fixtures/teacher.js";

const context = buildReviewContext(LESSON);
const noKinds = { get: () => undefined };
const base = KEYS.exercise!.targets[0]!;
const weak = { id: "claim-weak", text: "Weak evidence of Mao's words." };
const strong = { id: "claim-strong", text: "Strong evidence." };
const key = {
  ...KEYS.exercise!,
  targets: [
    { ...base, paragraphNumber: 9, start: 3, end: 15, claims: [weak], note: "Mao's hedge." },
    { ...base, paragraphNumber: 9, start: 16, end: 28, claims: [], note: "Needed by all." },
    { ...base, paragraphNumber: 4, start: 4, end: 16, claims: [strong], note: "Warmth." },
    {
      ...base,
      paragraphNumber: 4,
      start: 26,
      end: 35,
      role: "ACCEPTABLE" as const,
      countsForRecall: true,
      claims: [],
      note: "Defensible.",
    },
  ],
};
const answer = (evidence: Array<{ paragraphNumber: number; start?: number; end?: number }>) => ({
  choiceIds: null,
  text: "Because.",
  order: null,
  pairs: null,
  evidence: evidence.map((e) => ({ documentSlug: "doc", start: null, end: null, ...e })),
  claimId: "claim-weak",
  claim: null,
  contextFacts: null,
  attributions: null,
});

describe("which position each passage of an exercise answer served", () => {
  it("names the positions of the model passages a selection overlaps, or why none", () => {
    const sections = readableAnswer(
      key,
      answer([
        { paragraphNumber: 9, start: 3, end: 10 },
        { paragraphNumber: 9, start: 10, end: 20 },
        { paragraphNumber: 4, start: 26, end: 30 },
        { paragraphNumber: 4, start: 40, end: 45 },
        { paragraphNumber: 4 },
      ]),
      context,
      noKinds,
    );
    const evidence = sections.find((s) => s.title === "Evidence")!;
    expect(evidence.lines.map((l) => l.note)).toEqual([
      "Serves: Weak evidence of Mao's words",
      "Serves: Weak evidence of Mao's words; model evidence every position needs",
      "Serves: an acceptable passage",
      "Serves: not in the model evidence",
      "Serves: Strong evidence",
    ]);
  });

  it("the key says which positions each model passage serves, and which are only acceptable", () => {
    const [model] = readableKey(key, context, noKinds);
    expect(model!.lines.map((l) => l.note)).toEqual([
      "Mao's hedge. For: Weak evidence of Mao's words.",
      "Needed by all.",
      "Warmth. For: Strong evidence.",
      "Acceptable, not required (may stand in for a key passage). Defensible.",
    ]);
  });
});
