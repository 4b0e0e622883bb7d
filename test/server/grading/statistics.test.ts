import { describe, expect, it } from "vitest";
import { itemStatistics, pearson } from "../../../server/src/grading/statistics.js";
import type {
  AttemptOutcomes,
  ItemOutcome,
  StatisticsItem,
} from "../../../server/src/grading/statistics.types.js";

const answered = (score: number | null, criterionScores?: Record<string, number>): ItemOutcome =>
  criterionScores === undefined
    ? { answered: true, score }
    : { answered: true, score, criterionScores };
const unanswered: ItemOutcome = { answered: false, score: 0 };
/** One attempt per row; each row gives the scores of `ids` in order, all answered. */
const attemptsOf = (ids: string[], rows: Array<Array<number | null>>): AttemptOutcomes[] =>
  rows.map((row) => ({
    outcomes: Object.fromEntries(ids.map((id, i) => [id, answered(row[i]!)])),
  }));
const rightWrong = (...ids: string[]): StatisticsItem[] =>
  ids.map((itemId) => ({ itemId, maxScore: 1 }));

// Six students, four right/wrong items.
//        A  B  C  D
const sixRows = [
  [1, 1, 1, 1], // s1
  [1, 1, 0, 1], // s2
  [1, 0, 1, 0], // s3
  [0, 1, 0, 0], // s4
  [1, 0, 0, 0], // s5
  [0, 0, 0, 0], // s6
];
const six = attemptsOf(["A", "B", "C", "D"], sixRows);

describe("itemStatistics: right/wrong items", () => {
  const [a, b, c, d] = itemStatistics(rightWrong("A", "B", "C", "D"), six);

  it("counts responses and computes facility as the share of right answers", () => {
    expect([a!.responses, b!.responses, c!.responses, d!.responses]).toEqual([6, 6, 6, 6]);
    // A 4/6, B 3/6, C 2/6, D 2/6.
    expect([a!.facility, b!.facility, c!.facility, d!.facility]).toEqual([
      0.6667, 0.5, 0.3333, 0.3333,
    ]);
    expect(a!.criteria).toEqual([]);
  });

  it("computes the point-biserial correlation with the rest score", () => {
    // A: x = [1,1,1,0,1,0], rest = B+C+D = [3,2,1,1,0,0].
    // Rest mean 7/6; Σrest² = 15, so Syy = 15 − 6·(7/6)² = 41/6 and s_n = √(41/36) = √41/6.
    // Mean rest of the right (M1) = (3+2+1+0)/4 = 1.5, of the wrong (M0) = (1+0)/2 = 0.5; p = 2/3, q = 1/3.
    // r_pb = (M1 − M0)/s_n · √(pq) = 1 · 6/√41 · √2/3 = √(8/41) = 0.441726… → 0.4417.
    // (Pearson: Sxy = 6 − 6·(2/3)(7/6) = 4/3, Sxx = 4 − 6·(4/9) = 4/3, r = (4/3)/√(4/3 · 41/6) = 4/√82, the same.)
    expect(a!.discrimination).toBe(0.4417);
    // D: x = [1,1,0,0,0,0], rest = A+B+C = [3,2,2,1,1,0]; mean 1.5, Σrest² = 19, Syy = 19 − 13.5 = 5.5.
    // M1 = (3+2)/2 = 2.5, M0 = (2+1+1+0)/4 = 1; p = 1/3, q = 2/3.
    // r_pb = 1.5/√(5.5/6) · √2/3 = √(6/11) = 0.738549… → 0.7385.
    expect(d!.discrimination).toBe(0.7385);
  });
});

describe("itemStatistics: partial credit", () => {
  // P out of 4, Q out of 2; each is the other's rest score.
  const items: StatisticsItem[] = [
    { itemId: "P", maxScore: 4 },
    { itemId: "Q", maxScore: 2 },
  ];
  const rows = [
    [4, 2],
    [3, 2],
    [2, 1],
    [1, 0],
    [0, 1],
  ];

  it("uses the Pearson correlation, with 5 scored attempts as the minimum", () => {
    // P = [4,3,2,1,0], mean 2, deviations [2,1,0,−1,−2], Sxx = 10.
    // Q = [2,2,1,0,1], mean 1.2, deviations [.8,.8,−.2,−1.2,−.2], Syy = .64+.64+.04+1.44+.04 = 2.8.
    // Sxy = 1.6 + .8 + 0 + 1.2 + .4 = 4; r = 4/√28 = 2/√7 = 0.755928… → 0.7559.
    const [p, q] = itemStatistics(items, attemptsOf(["P", "Q"], rows));
    expect(p).toEqual({
      itemId: "P",
      responses: 5,
      facility: 0.5,
      discrimination: 0.7559,
      meanTries: null,
      firstTryRight: null,
      criteria: [],
    }); // 2/4
    expect(q).toEqual({
      itemId: "Q",
      responses: 5,
      facility: 0.6,
      discrimination: 0.7559,
      meanTries: null,
      firstTryRight: null,
      criteria: [],
    }); // 1.2/2
  });

  it("gives no discrimination below 5 scored attempts", () => {
    const [p, q] = itemStatistics(items, attemptsOf(["P", "Q"], rows.slice(0, 4)));
    expect(p!.discrimination).toBeNull();
    expect(q!.discrimination).toBeNull();
    expect(p!.facility).toBe(0.625); // (4+3+2+1)/4 = 2.5; 2.5/4
  });

  it("keeps one result per item, in order, and leaves unknown items out of the rest score", () => {
    const attempts = attemptsOf(
      ["P", "Q", "ghost"],
      rows.map((row, i) => [...row, i * i]),
    );
    const results = itemStatistics([items[1]!, items[0]!], attempts);
    expect(results.map((r) => r.itemId)).toEqual(["Q", "P"]);
    expect(results.map((r) => r.discrimination)).toEqual([0.7559, 0.7559]);
  });
});

describe("itemStatistics: scores that are missing, pending or constant", () => {
  it("leaves scores awaiting review out of facility and discrimination, but counts the response", () => {
    // s7 answered A, which waits for a teacher; had it counted as 0, A's facility would be 4/7.
    const seven = [
      ...six,
      { outcomes: { A: answered(null), B: answered(1), C: answered(1), D: answered(1) } },
    ];
    const [a, b] = itemStatistics(rightWrong("A", "B", "C", "D"), seven);
    expect(a).toMatchObject({ responses: 7, facility: 0.6667, discrimination: 0.4417 }); // as with six
    // B: x = [1,1,0,1,0,0,1], rest = A+C+D without s7's pending A = [3,2,2,0,1,0,2].
    // Σxy = 7, ȳ = 10/7, Sxy = 7 − 7·(4/7)(10/7) = 9/7; Sxx = 4 − 16/7 = 12/7; Syy = 22 − 100/7 = 54/7.
    // r = (9/7)/√(12·54/49) = 9/√648 = 1/(2√2) = 0.353553… → 0.3536.
    expect(b).toMatchObject({ responses: 7, facility: 0.5714, discrimination: 0.3536 }); // 4/7
  });

  it("counts an unanswered item as 0 in facility but not as a response; an unreached item not at all", () => {
    const attempts: AttemptOutcomes[] = [
      { outcomes: { U: answered(1) } },
      { outcomes: { U: answered(0) } },
      { outcomes: { U: unanswered } },
      { outcomes: {} },
    ];
    // Facility (1 + 0 + 0)/3 = 0.3333; responses 2.
    expect(itemStatistics(rightWrong("U"), attempts)).toEqual([
      {
        itemId: "U",
        responses: 2,
        facility: 0.3333,
        discrimination: null,
        meanTries: null,
        firstTryRight: null,
        criteria: [],
      },
    ]);
  });

  it("gives no discrimination when the item score or the rest score does not vary", () => {
    // X varies, Y is right for everyone: X's rest (= Y) is constant, and Y itself is constant.
    const attempts = attemptsOf(
      ["X", "Y"],
      [
        [1, 1],
        [0, 1],
        [1, 1],
        [0, 1],
        [1, 1],
        [0, 1],
      ],
    );
    const [x, y] = itemStatistics(rightWrong("X", "Y"), attempts);
    expect(x).toMatchObject({ facility: 0.5, discrimination: null });
    expect(y).toMatchObject({ facility: 1, discrimination: null });
  });

  it("reports an item no attempt mentions with no responses and no figures", () => {
    const [, z] = itemStatistics(
      [
        { itemId: "A", maxScore: 1 },
        { itemId: "Z", maxScore: 1, criteria: [{ criterionId: "c", maxScore: 3 }] },
      ],
      six,
    );
    expect(z).toEqual({
      itemId: "Z",
      responses: 0,
      facility: null,
      discrimination: null,
      meanTries: null,
      firstTryRight: null,
      criteria: [{ criterionId: "c", scored: 0, facility: null }],
    });
  });

  it("clamps facility to 0..1 and rounds away floating-point noise", () => {
    const bonus = attemptsOf(["B"], [[2], [1]]);
    expect(itemStatistics(rightWrong("B"), bonus)[0]!.facility).toBe(1); // 1.5/1
    // (0.1 + 0.2)/2 is 0.15000000000000002 in floating point.
    const tenths = attemptsOf(["T"], [[0.1], [0.2]]);
    expect(itemStatistics(rightWrong("T"), tenths)[0]!.facility).toBe(0.15);
  });
});

describe("itemStatistics: exercise criteria", () => {
  it("computes each criterion's facility over the outcomes that have a level for it", () => {
    const item: StatisticsItem = {
      itemId: "E",
      maxScore: 6,
      criteria: [
        { criterionId: "c1", maxScore: 3 },
        { criterionId: "c2", maxScore: 3 },
        { criterionId: "c3", maxScore: 2 },
      ],
    };
    const attempts: AttemptOutcomes[] = [
      { outcomes: { E: answered(5, { c1: 3, c2: 2 }) } },
      { outcomes: { E: answered(null) } }, // not reviewed yet
      { outcomes: { E: answered(2, { c1: 1, c2: 1 }) } },
      { outcomes: { E: answered(null, { c1: 0 }) } }, // review in progress
    ];
    expect(itemStatistics([item], attempts)).toEqual([
      {
        itemId: "E",
        responses: 4,
        facility: 0.5833, // (5 + 2)/2 = 3.5; 3.5/6
        discrimination: null,
        meanTries: null,
        firstTryRight: null,
        criteria: [
          { criterionId: "c1", scored: 3, facility: 0.4444 }, // (3 + 1 + 0)/3 = 4/3; (4/3)/3 = 4/9
          { criterionId: "c2", scored: 2, facility: 0.5 }, // (2 + 1)/2 = 1.5; 1.5/3
          { criterionId: "c3", scored: 0, facility: null },
        ],
      },
    ]);
  });
});

describe("pearson", () => {
  it("is 1 or −1 for exact linear relations and matches a hand computation otherwise", () => {
    expect(pearson([1, 2, 3], [2, 4, 6])).toBeCloseTo(1, 12);
    expect(pearson([1, 2, 3], [3, 2, 1])).toBeCloseTo(-1, 12);
    // Sxy = 4, Sxx = 10, Syy = 2.8 (the partial-credit case above): 2/√7.
    expect(pearson([4, 3, 2, 1, 0], [2, 2, 1, 0, 1])).toBeCloseTo(2 / Math.sqrt(7), 12);
  });

  it("is null for fewer than 2 pairs or a constant sample, and rejects unpaired samples", () => {
    expect(pearson([], [])).toBeNull();
    expect(pearson([1], [2])).toBeNull();
    expect(pearson([0.1, 0.1, 0.1], [1, 2, 3])).toBeNull();
    expect(pearson([1, 2, 3], [5, 5, 5])).toBeNull();
    expect(() => pearson([1, 2], [1])).toThrow(RangeError);
  });
});

describe("tries statistics", () => {
  it("averages the checks spent and the share right at the first check, over checked attempts only", () => {
    const item = { itemId: "T", maxScore: 1 };
    const attempts = [
      { outcomes: { T: { answered: true, score: 1, tries: 1, firstTryRight: true } } },
      { outcomes: { T: { answered: true, score: 0.67, tries: 2, firstTryRight: false } } },
      { outcomes: { T: { answered: true, score: 0, tries: 3, firstTryRight: false } } },
      { outcomes: { T: { answered: true, score: 1 } } },
    ];
    expect(itemStatistics([item], attempts)[0]).toMatchObject({
      meanTries: 2,
      firstTryRight: 0.3333,
    });
  });
});
