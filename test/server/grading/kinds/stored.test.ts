import { describe, expect, it } from "vitest";
import { KINDS, type StoredItem, type StoredOption } from "../../../../server/src/grading/index.js";
import { target } from "../fixtures.js";

function stored(fields: Partial<StoredItem> = {}): StoredItem {
  return {
    points: 2,
    explanation: "Why.",
    acceptedAnswers: [],
    claim: null,
    minSelections: null,
    maxSelections: null,
    evidencePoints: null,
    options: { CHOICE: [], ORDER: [], LEFT: [], RIGHT: [], CLAIM: [], VOICE: [], SEGMENT: [] },
    targets: [],
    criteria: [],
    ...fields,
  };
}

function option(id: string, fields: Partial<StoredOption> = {}): StoredOption {
  return {
    id,
    contentKey: `key-${id}`,
    text: `text ${id}`,
    correct: null,
    keyPosition: null,
    partnerKey: null,
    explanation: null,
    ...fields,
  };
}

const options = (of: Partial<StoredItem["options"]>) => ({
  ...stored().options,
  ...of,
});

describe("each kind's key from the stored item, and its teacher's review", () => {
  it("choice: the choices in display order, a missing explanation empty", () => {
    const item = stored({
      options: options({
        CHOICE: [
          option("b", { correct: false, explanation: "Misreads ¶3." }),
          option("a", { correct: true }),
        ],
      }),
    });
    const choices = [
      { id: "b", text: "text b", correct: false, explanation: "Misreads ¶3." },
      { id: "a", text: "text a", correct: true, explanation: "" },
    ];
    const key = KINDS.MULTIPLE_CHOICE.fromStored(item);
    expect(key).toEqual({ kind: "MULTIPLE_CHOICE", points: 2, explanation: "Why.", choices });
    expect(KINDS.SINGLE_CHOICE.fromStored(item).kind).toBe("SINGLE_CHOICE");
    expect(KINDS.MULTIPLE_CHOICE.review(key)).toEqual({ choices });
  });

  it("ordering: the items in key order, the stored options left as they were", () => {
    const order = [
      option("c", { keyPosition: 3 }),
      option("a", { keyPosition: 1 }),
      option("b", { keyPosition: 2 }),
    ];
    const key = KINDS.ORDERING.fromStored(stored({ options: options({ ORDER: order }) }));
    expect(key).toMatchObject({ kind: "ORDERING", items: [{ id: "a" }, { id: "b" }, { id: "c" }] });
    expect(order.map((o) => o.id)).toEqual(["c", "a", "b"]);
    expect(KINDS.ORDERING.review(key)).toEqual({
      order: ["a", "b", "c"].map((id) => ({ id, text: `text ${id}` })),
    });
  });

  it("matching: each left item paired with the right item its partner key names", () => {
    const key = KINDS.MATCHING.fromStored(
      stored({
        options: options({
          LEFT: [
            option("l1", { partnerKey: "key-r2", explanation: "Because." }),
            option("l2", { partnerKey: "key-r1" }),
          ],
          RIGHT: [option("r1"), option("r2")],
        }),
      }),
    );
    expect(key).toMatchObject({
      kind: "MATCHING",
      pairs: [
        { leftId: "l1", rightId: "r2", explanation: "Because." },
        { leftId: "l2", rightId: "r1", explanation: null },
      ],
    });
    expect(KINDS.MATCHING.review(key)).toEqual({
      pairs: [
        {
          left: { id: "l1", text: "text l1" },
          right: { id: "r2", text: "text r2" },
          explanation: "Because.",
        },
        {
          left: { id: "l2", text: "text l2" },
          right: { id: "r1", text: "text r1" },
          explanation: null,
        },
      ],
    });
  });

  it("short answer, evidence and exercise: their columns, passages and rubric", () => {
    const passage = target(5, "but we have not managed to visit you", "Reported speech.");
    const short = KINDS.SHORT_ANSWER.fromStored(stored({ acceptedAnswers: ["Mao"] }));
    expect(short).toEqual({
      kind: "SHORT_ANSWER",
      points: 2,
      explanation: "Why.",
      acceptedAnswers: ["Mao"],
      scoringGuide: null,
    });
    expect(KINDS.SHORT_ANSWER.review(short)).toEqual({
      acceptedAnswers: ["Mao"],
      scoringGuide: null,
    });

    const fine = target(5, "I myself plan to visit the DPRK", "Also first person.");
    const evidence = KINDS.EVIDENCE.fromStored(
      stored({
        claim: "A claim.",
        minSelections: 1,
        maxSelections: 2,
        targets: [passage, { ...fine, role: "ACCEPTABLE", countsForRecall: true }],
      }),
    );
    expect(evidence).toEqual({
      kind: "EVIDENCE",
      points: 2,
      explanation: "Why.",
      claim: "A claim.",
      minSelections: 1,
      maxSelections: 2,
      targets: [passage],
      acceptable: [{ ...fine, countsForRecall: true }],
    });
    expect(KINDS.EVIDENCE.review(evidence)).toEqual({
      targets: [
        { ...passage, role: "KEY" },
        { ...fine, role: "ACCEPTABLE", countsForRecall: true },
      ],
    });

    const exercise = KINDS.EXERCISE.fromStored(
      stored({
        points: 15,
        evidencePoints: 3,
        minSelections: 2,
        targets: [{ ...passage, claims: ["mao"] }],
        criteria: [{ id: "7", title: "Claim", maxScore: 4 }],
        options: { ...stored().options, CLAIM: [option("pk-mao", { contentKey: "mao" })] },
      }),
    );
    expect(exercise).toEqual({
      kind: "EXERCISE",
      points: 15,
      evidencePoints: 3,
      minEvidence: 2,
      targets: [{ ...passage, claims: ["mao"] }],
      acceptable: [],
      claimKeys: { "pk-mao": "mao" },
      rubric: [{ id: "7", title: "Claim", maxScore: 4 }],
    });
    expect(KINDS.EXERCISE.review(exercise)).toEqual({
      targets: [{ ...passage, claims: ["mao"], role: "KEY" }],
    });
  });
});
