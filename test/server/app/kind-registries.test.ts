import { describe, expect, it } from "vitest";
import {
  assertKindRegistriesAgree,
  kindRegistryProblems,
  registeredKinds,
} from "../../../server/src/app/kind-registries.js";
import {
  kindTypesByKind,
  QUESTION_KIND_TYPES,
} from "../../../server/src/modules/questions/kinds/index.js";
import { QuestionKind } from "../../../server/src/modules/questions/questions.types.js";

describe("the question kind registries", () => {
  it("agree: every kind has a grading unit, a content entry and a GraphQL type", () => {
    const registries = registeredKinds();
    expect(kindRegistryProblems(registries)).toEqual([]);
    expect([...registries.grading].sort()).toEqual([...registries.content].sort());
    expect([...registries.grading].sort()).toEqual([...registries.graphql].sort());
    expect(() => assertKindRegistriesAgree()).not.toThrow();
  });

  it("name a kind that one registry lacks, and what it lacks", () => {
    const { grading, content, graphql } = registeredKinds();
    expect(kindRegistryProblems({ grading: [...grading, "TIMELINE"], content, graphql })).toEqual([
      "question kind TIMELINE has a grading unit but not a content entry or a GraphQL type",
    ]);
    expect(
      kindRegistryProblems({
        grading,
        content: [...content, "TIMELINE"],
        graphql: graphql.filter((kind) => kind !== "EVIDENCE"),
      }),
    ).toEqual([
      "question kind EVIDENCE has a grading unit and a content entry but not a GraphQL type",
      "question kind TIMELINE has a content entry but not a grading unit or a GraphQL type",
    ]);
    expect(() =>
      assertKindRegistriesAgree({ grading, content: content.slice(1), graphql }),
    ).toThrow(
      `question kind ${content[0]} has a grading unit and a GraphQL type but not a content entry`,
    );
  });

  it("name a QuestionKind value without a GraphQL type, or with two", () => {
    const withoutEvidence = QUESTION_KIND_TYPES.filter(
      (entry) => !entry.kinds.includes(QuestionKind.EVIDENCE),
    );
    expect(() => kindTypesByKind(withoutEvidence)).toThrow(
      "no GraphQL type for question kind EVIDENCE",
    );
    expect(() => kindTypesByKind([...QUESTION_KIND_TYPES, QUESTION_KIND_TYPES[0]!])).toThrow(
      "question kind SINGLE_CHOICE has two GraphQL types",
    );
  });
});
