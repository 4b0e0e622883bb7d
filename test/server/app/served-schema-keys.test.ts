// The schema as the server serves it over HTTP (introspection), walked from the roots a student
// reaches: no type on the way has a field that could carry a key, a model answer or an exemplar.
import {
  buildClientSchema,
  getIntrospectionQuery,
  getNamedType,
  type GraphQLNamedType,
  type IntrospectionQuery,
  isInterfaceType,
  isObjectType,
} from "graphql";
import { beforeAll, describe, expect, it } from "vitest";
import { serveForSuite } from "../../support/server.js";

/** Names of fields that would carry an answer key, a model answer or an exemplar. */
const KEY_LIKE =
  /correct|accepted|answerKey|key$|solution|exemplar|target|expected|explanation|keyPosition|partner|modelEvidence|modelAnswer|sampleAnswer|exampleAnswer/i;

/** Fields whose names look key-like but are not keys, each with the reason. */
const NOT_KEYS = new Map([
  ["EditorialNote.explanation", "explains a bracket in the document, not an answer"],
  ["Query.lessonKey", "answers teachers only (lesson-key.test.ts); its type is the gated review"],
  [
    "ActivityEvent.correct",
    "whether a saved answer was right, in the class's teacher's live view only (live.canWatchClass, visibility rows); a student's own updates carry none",
  ],
]);

/**
 * Types a student reaches only through a gate tested elsewhere from outside: Feedback (its
 * `expected` waits for the feedback timing), the teacher-only review, and the answers a student
 * gave (Answer.pairs is their own answer's shape).
 */
const GATED = new Set(["Feedback", "AssignmentReview", "ItemReview", "Answer"]);

describe("the served schema's student-facing types", () => {
  const suite = serveForSuite("pglite");
  let introspection: IntrospectionQuery;

  beforeAll(async () => {
    const { data, errors } = await suite.server.gql(getIntrospectionQuery());
    expect(errors).toBeUndefined();
    introspection = data as IntrospectionQuery;
  });

  it("have no key-like field: reflections, exercises and their answer slots included", () => {
    const schema = buildClientSchema(introspection);
    const seen = new Set<string>();
    const exposed: string[] = [];
    const walk = (type: GraphQLNamedType) => {
      if (seen.has(type.name) || GATED.has(type.name)) return;
      seen.add(type.name);
      if (!isObjectType(type) && !isInterfaceType(type)) return;
      for (const field of Object.values(type.getFields())) {
        const name = `${type.name}.${field.name}`;
        if (KEY_LIKE.test(field.name) && !NOT_KEYS.has(name)) exposed.push(name);
        walk(getNamedType(field.type));
      }
      if (isInterfaceType(type)) schema.getPossibleTypes(type).forEach(walk);
    };
    [schema.getQueryType(), schema.getMutationType()].forEach((root) => root && walk(root));
    for (const type of [
      "ReflectionQuestion",
      "Exercise",
      "OwnClaimSlot",
      "ContextFactsSlot",
      "AttributionQuestion",
      "AttributionSegment",
      "Voice",
    ])
      expect(seen.has(type), type).toBe(true);
    expect(exposed).toEqual([]);
  });

  it("serve a reflection as its prompt and length limit, nothing more", () => {
    const schema = buildClientSchema(introspection);
    const reflection = schema.getType("ReflectionQuestion");
    expect(isObjectType(reflection)).toBe(true);
    if (!isObjectType(reflection)) return;
    expect(Object.keys(reflection.getFields()).sort()).toEqual(
      ["id", "kind", "maxLength", "paragraphNumbers", "points", "prompt", "skill"].sort(),
    );
    const slots = ["OwnClaimSlot", "ContextFactsSlot"].map((name) => {
      const type = schema.getType(name);
      return isObjectType(type) ? Object.keys(type.getFields()).sort() : [];
    });
    expect(slots).toEqual([["label"], ["count", "prompt"]]);
  });

  it("serve an attribution question as its segments and voices, never a segment's voice", () => {
    const schema = buildClientSchema(introspection);
    const fields = (name: string) => {
      const type = schema.getType(name);
      return isObjectType(type) ? Object.keys(type.getFields()).sort() : [];
    };
    expect(fields("AttributionQuestion")).toEqual(
      ["id", "kind", "paragraphNumbers", "points", "prompt", "segments", "skill", "voices"].sort(),
    );
    expect(fields("AttributionSegment")).toEqual(
      ["end", "id", "paragraphNumber", "start", "text"].sort(),
    );
    expect(fields("Voice")).toEqual(["id", "label"]);
  });
});
