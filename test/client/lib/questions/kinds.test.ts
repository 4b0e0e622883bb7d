import { describe, expect, it } from "vitest";
import {
  defineQuestionKind,
  QuestionKinds,
  type QuestionKindSpec,
} from "../../../../client/src/lib/questions/kinds.js";

const spec = (kinds: QuestionKindSpec["kinds"]) =>
  defineQuestionKind({ kinds, describeAnswer: () => [], describeKey: () => [] });

describe("QuestionKinds", () => {
  it("gives each declared kind its component, file and declaration", () => {
    const kinds = new QuestionKinds({
      "./QuestionChoice.vue": {
        default: "choice",
        questionKind: spec(["SINGLE_CHOICE", "MULTIPLE_CHOICE"]),
      },
      "./QuestionEvidence.vue": {
        default: "evidence",
        questionKind: { ...spec(["EVIDENCE"]), showsParagraphs: true },
      },
    });
    expect(kinds.kinds()).toEqual(["EVIDENCE", "MULTIPLE_CHOICE", "SINGLE_CHOICE"]);
    expect(kinds.get("MULTIPLE_CHOICE")).toMatchObject({
      component: "choice",
      file: "./QuestionChoice.vue",
    });
    expect(kinds.get("EVIDENCE")?.showsParagraphs).toBe(true);
    expect(kinds.get("ORDERING")).toBeUndefined();
  });

  it("reports a kind without a component by name, and where its component goes", () => {
    const kinds = new QuestionKinds({
      "./QuestionChoice.vue": { default: "choice", questionKind: spec(["SINGLE_CHOICE"]) },
    });
    expect(() => kinds.assertCovers(["SINGLE_CHOICE", "RANKING", "ESSAY"])).toThrow(
      'No component for question kind RANKING, ESSAY: add client/src/components/questions/Question<Name>.vue that exports `questionKind = defineQuestionKind({ kinds: ["RANKING", "ESSAY"], ... })`.',
    );
    expect(() => kinds.assertCovers(["SINGLE_CHOICE"])).not.toThrow();
  });

  it("refuses two components for one kind, naming both files", () => {
    expect(
      () =>
        new QuestionKinds({
          "./QuestionChoice.vue": { default: "a", questionKind: spec(["SINGLE_CHOICE"]) },
          "./QuestionRadio.vue": { default: "b", questionKind: spec(["SINGLE_CHOICE"]) },
        }),
    ).toThrow(
      "Question kind SINGLE_CHOICE has two components: ./QuestionChoice.vue and ./QuestionRadio.vue.",
    );
  });

  it("refuses a component file that declares no kind", () => {
    expect(() => new QuestionKinds({ "./QuestionRanking.vue": { default: "ranking" } })).toThrow(
      /^\.\/QuestionRanking\.vue declares no question kind/,
    );
    expect(
      () =>
        new QuestionKinds({ "./QuestionRanking.vue": { default: "r", questionKind: spec([]) } }),
    ).toThrow(/declares no question kind/);
  });
});
