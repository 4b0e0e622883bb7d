import { describe, expect, it } from "vitest";
import { encodeId } from "../../../../server/src/core/ids.js";
import {
  KINDS,
  parseAnswer,
  scoreAnswer,
  type ItemKey,
  type StoredOption,
} from "../../../../server/src/grading/index.js";
import { attributionCredit } from "../../../../server/src/grading/kinds/attribution.js";
import { paragraphs } from "../fixtures.js";
import { anItem, key as uuid, refusal } from "../shapes.js";

// voices-who-is-speaking / vox-voice-highlighter, cut to four segments of ¶5–¶7, 4 points.
const key = {
  kind: "ATTRIBUTION",
  points: 4,
  explanation: "Look for the signal words.",
  voices: [
    { id: "mao", label: "Mao, as Kim retold it" },
    { id: "kim-mao", label: "Kim speaking to Mao" },
    { id: "kim-puz", label: "Kim speaking to Puzanov" },
    { id: "puzanov", label: "Puzanov narrating" },
    { id: "translator", label: "The translator or an editor" },
  ],
  segments: [
    seg("s1", 5, "I myself plan to visit the DPRK after this delegation", "mao", 'Mao\'s own "I".'),
    seg("s2", 5, "[me]", "translator", "Square brackets."),
    seg(
      "s3",
      6,
      "they themselves plan to visit the PRC in 1958",
      "kim-mao",
      "In response to this.",
    ),
    seg("s4", 7, "Further in the conversation with me", "puzanov", '"Me" is Puzanov.'),
  ],
} satisfies ItemKey;

function seg(id: string, paragraph: number, quote: string, voiceId: string, explanation: string) {
  const start = paragraphs.get(paragraph)!.indexOf(quote);
  if (start < 0) throw new Error(`no "${quote}" in ¶${paragraph}`);
  return {
    id,
    paragraphNumber: paragraph,
    start,
    end: start + quote.length,
    text: quote,
    voiceId,
    explanation,
  };
}

const given = (...pairs: Array<[string, string]>) => ({
  attributions: pairs.map(([segmentId, voiceId]) => ({ segmentId, voiceId })),
});

describe("attribution: points × right segments / segments", () => {
  it("gives full points and says so when every segment has its voice", () => {
    const result = scoreAnswer(
      key,
      given(["s1", "mao"], ["s2", "translator"], ["s3", "kim-mao"], ["s4", "puzanov"]),
      paragraphs,
    );
    expect(result).toMatchObject({ score: 4, maxScore: 4, correct: true, needsReview: false });
    expect(result.message).toMatch(/^\*\*Correct\.\*\*/);
    expect(result.message).toContain("4 of 4 segments have the right voice.");
  });

  it("gives partial credit, marking each segment right, wrong or unmarked with why", () => {
    const result = scoreAnswer(key, given(["s1", "mao"], ["s3", "kim-puz"]), paragraphs);
    expect(result.score).toBe(1);
    expect(result.correct).toBe(false);
    expect(result.message).toContain("**Partly correct:** 1 of 4 points.");
    expect(result.message).toContain(
      '- Segment 1, ¶5 "I myself plan to visit the DPRK after this delegation": Mao, as Kim retold it (✓ you marked this) — Mao\'s own "I".',
    );
    expect(result.message).toContain(
      '- Segment 2, ¶5 "\\[me\\]": The translator or an editor (✗ you left this unmarked) — Square brackets.',
    );
    expect(result.message).toContain(
      "Kim speaking to Mao (✗ you chose: Kim speaking to Puzanov) — In response to this.",
    );
    expect(result.expected).toEqual(
      given(["s1", "mao"], ["s2", "translator"], ["s3", "kim-mao"], ["s4", "puzanov"]),
    );
  });

  it("rounds thirds to two decimals", () => {
    const three = { ...key, points: 1, segments: key.segments.slice(0, 3) };
    expect(scoreAnswer(three, given(["s1", "mao"]), paragraphs).score).toBe(0.33);
    expect(attributionCredit(three, given(["s1", "mao"], ["s2", "mao"]).attributions)).toBe(1 / 3);
  });

  it("scores an unanswered item 0, not correct", () => {
    for (const answer of [null, {}, given()]) {
      const result = scoreAnswer(key, answer, paragraphs);
      expect(result).toMatchObject({ score: 0, correct: false });
      expect(result.message).toMatch(/^\*\*Not answered\.\*\*/);
    }
  });

  it("hints at the wrong and unmarked segments in tries mode, never at the right voices", () => {
    const hint = KINDS.ATTRIBUTION.hint!(
      key,
      given(["s1", "kim-puz"], ["s3", "kim-mao"]),
      paragraphs,
    );
    expect(hint).toContain("1 of 4 segments have the right voice.");
    expect(hint).toContain(
      '**Segments with the wrong voice:**\n- Segment 1, ¶5 "I myself plan to visit the DPRK after this delegation": not Kim speaking to Puzanov',
    );
    expect(hint).toContain("**Not marked yet:**");
    expect(hint).toContain('- Segment 4, ¶7 "Further in the conversation with me"');
    expect(hint).not.toContain("Mao, as Kim retold it");
    expect(hint).not.toContain("Puzanov narrating");
    expect(hint).not.toContain("Square brackets.");
  });

  it("allows three checks by default in tries mode", () => {
    expect(KINDS.ATTRIBUTION.tries).toBe(3);
  });
});

describe("attribution answers (parseAnswer)", () => {
  const item = anItem("ATTRIBUTION");
  const segment = (n: number) => encodeId("AttributionSegment", uuid(n));
  const voice = (n: number) => encodeId("Voice", uuid(n));

  it("decodes segments and voices to raw keys and lets an incomplete answer through", () => {
    expect(
      parseAnswer(item, { attributions: [{ segmentId: segment(15), voiceId: voice(12) }] }),
    ).toEqual({ attributions: [{ segmentId: uuid(15), voiceId: uuid(12) }] });
    expect(parseAnswer(item, { attributions: [] })).toEqual({ attributions: [] });
    expect(parseAnswer(item, {})).toEqual({});
  });

  it.each([
    [
      "an unknown segment",
      segment(16),
      voice(12),
      "segmentId",
      "That is not a segment of this question.",
    ],
    [
      "a voice id as a segment",
      voice(12),
      voice(12),
      "segmentId",
      "That is not a segment of this question.",
    ],
    [
      "a Choice id as a segment",
      encodeId("Choice", uuid(14)),
      voice(12),
      "segmentId",
      "That is not a segment of this question.",
    ],
    [
      "an unknown voice",
      segment(14),
      voice(11),
      "voiceId",
      "That is not a voice of this question.",
    ],
    [
      "a segment id as a voice",
      segment(14),
      segment(15),
      "voiceId",
      "That is not a voice of this question.",
    ],
    ["garbage", segment(14), "not an id", "voiceId", "That is not a voice of this question."],
  ])(
    "refuses %s as BAD_USER_INPUT naming the field",
    (_what, segmentId, voiceId, field, message) => {
      expect(refusal(() => parseAnswer(item, { attributions: [{ segmentId, voiceId }] }))).toEqual({
        message,
        code: "BAD_USER_INPUT",
        field: `answer.attributions[0].${field}`,
      });
    },
  );

  it("refuses two voices for one segment, and fields of other kinds", () => {
    expect(
      refusal(() =>
        parseAnswer(item, {
          attributions: [
            { segmentId: segment(14), voiceId: voice(12) },
            { segmentId: segment(14), voiceId: voice(13) },
          ],
        }),
      ),
    ).toEqual({
      message: "Each segment can be given one voice.",
      code: "BAD_USER_INPUT",
      field: "answer.attributions[1].segmentId",
    });
    expect(refusal(() => parseAnswer(item, { pairs: [] }))).toMatchObject({
      message: 'An answer to an attribution question has no "pairs".',
      field: "answer.pairs",
    });
  });
});

describe("attribution key from the stored item", () => {
  const option = (id: string, fields: Partial<StoredOption>): StoredOption => ({
    id,
    contentKey: `key-${id}`,
    text: `text ${id}`,
    correct: null,
    keyPosition: null,
    partnerKey: null,
    explanation: null,
    ...fields,
  });

  it("names each segment's voice by its partner key, and the review gives voice and explanation", () => {
    const stored = {
      points: 2,
      explanation: "Why.",
      acceptedAnswers: [],
      claim: null,
      minSelections: null,
      maxSelections: null,
      evidencePoints: null,
      targets: [],
      criteria: [],
      options: {
        CHOICE: [],
        ORDER: [],
        LEFT: [],
        RIGHT: [],
        CLAIM: [],
        VOICE: [option("v1", { contentKey: "mao" }), option("v2", { contentKey: "kim" })],
        SEGMENT: [
          option("s1", {
            partnerKey: "kim",
            explanation: "¶6.",
            span: { paragraphNumber: 6, start: 0, end: 4 },
          }),
        ],
      },
    };
    const built = KINDS.ATTRIBUTION.fromStored(stored);
    expect(built).toEqual({
      kind: "ATTRIBUTION",
      points: 2,
      explanation: "Why.",
      voices: [
        { id: "v1", label: "text v1" },
        { id: "v2", label: "text v2" },
      ],
      segments: [
        {
          id: "s1",
          paragraphNumber: 6,
          start: 0,
          end: 4,
          text: "text s1",
          voiceId: "v2",
          explanation: "¶6.",
        },
      ],
    });
    expect(KINDS.ATTRIBUTION.review(built)).toEqual({
      attributions: [
        {
          segment: { id: "s1", paragraphNumber: 6, start: 0, end: 4, text: "text s1" },
          voice: { id: "v2", label: "text v2" },
          explanation: "¶6.",
        },
      ],
    });
  });
});
