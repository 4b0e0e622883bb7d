import "reflect-metadata";
import { beforeAll, describe, expect, it } from "vitest";
import type { GraphQLSchema } from "graphql";
import { buildAppSchema } from "../../../server/src/app/schema.js";
import { leanSaveOperations } from "../../../server/src/http/lean-save-operation.js";

const SAVE = `mutation S($a: ID!, $i: ID!, $x: AnswerInput!, $r: Int!) {
  saveResponse(attemptId: $a, itemId: $i, answer: $x, revision: $r) { revision }
}`;

describe("recognising the autosave", () => {
  let schema: GraphQLSchema;
  beforeAll(async () => {
    schema = await buildAppSchema();
  });
  const ops = () => leanSaveOperations(schema, [], 4000);

  it("takes a save, and nothing else", () => {
    const lean = ops();
    expect(lean.recognise({ query: SAVE, variables: {} })).not.toBeNull();
    expect(lean.recognise({ query: SAVE, operationName: "S" })).not.toBeNull();
    for (const body of [
      { query: SAVE, operationName: "T" },
      { query: SAVE, extensions: {} },
      { query: SAVE, variables: [] },
      { query: SAVE, variables: { x: { text: "a\u0000" } } },
      { query: SAVE.replace("{ revision }", "{ revision nope }") },
      { query: SAVE.replace("saveResponse(", "saveResponse @skip(if: false) (") },
      { query: `${SAVE.replace("mutation S", "mutation")} query Q { lessons { slug } }` },
      {
        query: `mutation { a: saveResponse(attemptId: "1", itemId: "2", answer: {}, revision: 1) { revision } submitAttempt(attemptId: "1") { id } }`,
      },
      { query: `{ lessons { slug } }` },
      { query: `mutation { saveResponse(` },
      "not an object",
    ])
      expect(lean.recognise(body)).toBeNull();
  });

  it("remembers the last 64 spellings and prepares an older one again", () => {
    const lean = ops();
    const spelled = (n: number) => ({ query: `${SAVE}\n# spelling ${n}` });
    for (let n = 0; n < 70; n++) expect(lean.recognise(spelled(n))).not.toBeNull();
    expect(lean.recognise(spelled(0))).not.toBeNull();
  });
});
