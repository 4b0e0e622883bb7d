import { getNamedType, type GraphQLNamedType, isInterfaceType, isObjectType } from "graphql";
import { describe, expect, it } from "vitest";
import { buildAppSchema } from "../../../server/src/app/schema.js";

/** Field names that would carry an answer key, a model answer or another student's work. */
const KEY_LIKE =
  /correct|accepted|answerKey|solution|exemplar|target|expected|explanation|pairs|keyPosition|partner|modelEvidence|misconception|distractor/i;

/** Fields that look key-like but are not keys, each with the reason. */
const NOT_KEYS = new Map([
  [
    "Query.misconceptions",
    "the public catalogue: what students may believe and how to reteach it, with no item or choice",
  ],
  [
    "Assignment.misconceptions",
    "gated: [] to anyone but the class's teacher (the visibility matrix checks it)",
  ],
  [
    "Assignment.risingMisconceptions",
    "gated: [] to anyone but the class's teacher (the visibility matrix and misconception-trend.test.ts check it)",
  ],
  ["EditorialNote.explanation", "explains a bracket in the document, not an answer"],
  [
    "ActivityEvent.correct",
    "gated: the class's teacher's live view only (live.canWatchClass, visibility rows); a student's own updates carry none",
  ],
  [
    "Answer.pairs",
    "the student's own answer; a key in this shape travels only in Feedback.expected",
  ],
]);

/**
 * Types reached only through a gate that other tests check from outside: Feedback answers null
 * until its timing allows (and only to the attempt's student or teacher); Assignment.review
 * answers null to anyone but the class's teacher; Assignment.misconceptions and
 * Assignment.risingMisconceptions answer [] to them.
 */
const GATED_TYPES = new Set([
  "Feedback",
  "AssignmentReview",
  "MisconceptionCount",
  "RisingMisconception",
]);

describe("the schema a student or an anonymous caller can walk", () => {
  it("has no field that could expose an answer key outside gated feedback", async () => {
    const schema = await buildAppSchema();
    const roots = [schema.getQueryType(), schema.getMutationType()].filter(
      Boolean,
    ) as GraphQLNamedType[];
    const seen = new Set<string>();
    const exposed: string[] = [];
    const walk = (type: GraphQLNamedType) => {
      if (seen.has(type.name) || GATED_TYPES.has(type.name)) return;
      seen.add(type.name);
      if (!isObjectType(type) && !isInterfaceType(type)) return;
      const implementations = isInterfaceType(type) ? schema.getPossibleTypes(type) : [];
      for (const field of Object.values(type.getFields())) {
        const name = `${type.name}.${field.name}`;
        if (KEY_LIKE.test(field.name) && !NOT_KEYS.has(name)) exposed.push(name);
        walk(getNamedType(field.type));
      }
      implementations.forEach(walk);
    };
    roots.forEach(walk);
    expect(seen.has("ChoiceQuestion") && seen.has("Exercise") && seen.has("RubricCriterion")).toBe(
      true,
    );
    expect(exposed).toEqual([]);
  });
});
