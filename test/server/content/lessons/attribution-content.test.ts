// Attribution questions in content: quotes resolve to offsets, and each kind of fault is refused
// naming the file and the field. Faults are made in temporary copies of the valid minimal tree.
import { rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { formatProblem, loadContent } from "../../../../server/src/content/lessons/load-content.js";
import { editYaml, type Mutation, mutatedCopy } from "./mutate-tree.js";

const here = path.dirname(fileURLToPath(import.meta.url));
const documentsDir = path.resolve(here, "../../../../lessons/documents");
const validTree = path.join(here, "fixtures", "valid-minimal");
const QS = "question-sets/basics.yaml";
const AT = "question-sets/basics.yaml: questions[3]";

// ¶9: "Cde. Mao Zedong said that, having studying …"; ¶10: "In reply to this comment by Cde. Mao Zedong Cde. Kim Il Sung said that …".
const segment = (paragraph: number, quote: string, voice: string) => ({
  paragraph,
  quote,
  voice,
  explanation: `Why, citing ¶${paragraph}.`,
});

function attributionQuestion(over: Record<string, unknown> = {}) {
  return {
    id: "q-voices",
    kind: "ATTRIBUTION",
    skill: "CLOSE_READING",
    points: 3,
    paragraphs: [9, 10],
    prompt: "Mark each passage with its voice.",
    explanation: "Signal words tell the voices apart.",
    voices: [
      { id: "mao-via-kim", label: "Mao, as Kim retold it" },
      { id: "kim-to-mao", label: "Kim speaking to Mao" },
      { id: "puzanov", label: "Puzanov narrating" },
    ],
    segments: [
      segment(10, "we considered this as the friendly advice", "kim-to-mao"),
      segment(
        9,
        "Therefore we have decided not to resort to such actions any more.",
        "mao-via-kim",
      ),
      segment(10, "In reply to this comment by Cde. Mao Zedong", "puzanov"),
    ],
    ...over,
  };
}

/** The valid tree with one more question, an attribution question changed by `change`. */
const withAttribution = (change: (q: ReturnType<typeof attributionQuestion>) => void): Mutation =>
  editYaml(QS, (doc) => {
    const q = attributionQuestion();
    change(q);
    doc.addIn(["questions"], q);
  });

const BROKEN: Record<string, { mutate: Mutation; problems: string[] }> = {
  "unknown-voice": {
    mutate: withAttribution((q) => (q.segments[1]!.voice = "kim-to-stalin")),
    problems: [
      `${AT}.segments[1].voice: unknown voice "kim-to-stalin" (voices: mao-via-kim, kim-to-mao, puzanov)`,
    ],
  },
  "overlapping-segments": {
    mutate: withAttribution((q) =>
      q.segments.push(segment(10, "the friendly advice of two fraternal", "kim-to-mao")),
    ),
    problems: [
      `${AT}.segments[3].quote: overlaps segments[0] ("we considered this as the friendly advice") in ¶10`,
    ],
  },
  "missing-explanation": {
    mutate: withAttribution((q) => delete (q.segments[2] as { explanation?: string }).explanation),
    problems: [`${AT}.segments[2].explanation: Required`],
  },
  "quote-not-found": {
    mutate: withAttribution(
      (q) => (q.segments[0]!.quote = "we considered this as friendly advice"),
    ),
    problems: [
      `${AT}.segments[0].quote: quote not found exactly in ¶10: "we considered this as friendly advice"`,
    ],
  },
  "quote-outside-the-paragraphs": {
    mutate: withAttribution((q) => q.segments.push(segment(11, "We don't need", "kim-to-mao"))),
    problems: [`${AT}.segments[3].paragraph: ¶11 is not among the item's paragraphs [9, 10]`],
  },
  "duplicate-voice-id": {
    mutate: withAttribution((q) => (q.voices[2]!.id = "kim-to-mao")),
    problems: [
      `${AT}.voices[2].id: duplicate voice id "kim-to-mao"`,
      `${AT}.segments[2].voice: unknown voice "puzanov" (voices: mao-via-kim, kim-to-mao)`,
    ],
  },
  "one-voice-only": {
    mutate: withAttribution((q) => q.voices.splice(1)),
    problems: [`${AT}.voices: Too small: expected array to have >=2 items`],
  },
};

const copies: string[] = [];
afterEach(() => {
  for (const dir of copies.splice(0)) rmSync(dir, { recursive: true, force: true });
});

async function load(mutate: Mutation) {
  const dir = mutatedCopy(validTree, mutate);
  copies.push(dir);
  return loadContent(dir, { documentsDir, displayRoot: dir });
}

describe("attribution questions in content", () => {
  it("resolve each quote to its offsets, in document order, with its voice and explanation", async () => {
    const { content, problems } = await load(withAttribution(() => {}));
    expect(problems.map(formatProblem)).toEqual([]);
    const q = content.questionSets[0]!.questions.find((question) => question.id === "q-voices");
    if (q?.kind !== "ATTRIBUTION") throw new Error("no attribution question");
    expect(q.voices.map((v) => v.id)).toEqual(["mao-via-kim", "kim-to-mao", "puzanov"]);
    expect(q.segments.map((s) => [s.paragraphNumber, s.voice])).toEqual([
      [9, "mao-via-kim"],
      [10, "puzanov"],
      [10, "kim-to-mao"],
    ]);
    const reply = q.segments[1]!;
    expect(reply.start).toBe(0);
    expect(reply.end).toBe("In reply to this comment by Cde. Mao Zedong".length);
    expect(reply.note).toBe("Why, citing ¶10.");
    const advice = q.segments[2]!;
    expect(advice.end - advice.start).toBe(advice.quote.length);
    expect(advice.start).toBeGreaterThan(reply.end);
  });

  it.each(Object.entries(BROKEN))(
    "%s fails naming the file and the field",
    async (_name, { mutate, problems }) => {
      const loaded = await load(mutate);
      expect(loaded.problems.map(formatProblem)).toEqual(problems);
    },
  );
});
