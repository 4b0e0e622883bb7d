import { buildSchema, type GraphQLSchema, isObjectType } from "graphql";
import { describe, expect, it } from "vitest";
import { buildAppSchema } from "../../../server/src/app/schema.js";
import { type Audiences, audienceProblems } from "../../support/schema-coverage.js";
import { ROWS } from "./visibility-rows/index.js";

/** Fields that need no row, with why: public content, or the caller's own. */
const ALLOWED = new Map([
  ["Query.documents", "the public archive: anyone reads the documents"],
  ["Query.document", "the public archive"],
  ["Query.lessons", "the public course: lessons without keys (key-exposure.test.ts)"],
  [
    "Query.exercise",
    "the public course: exercise, rubric and sources, never exemplars; a draft preview's only to its owner (authoring-preview.test.ts)",
  ],
  ["Query.misconceptions", "the public catalogue of misreadings, with no item or student"],
  ["AuthPayload.token", "the caller's own new session, answered to the caller alone"],
  ["AuthPayload.viewer", "the caller's own user"],
  ["AuthPayload.classroom", "the class the caller just joined with its code"],
  ["User.id", "the caller's own, or the teacher of a class the caller is in"],
  ["User.role", "the caller's own, or the teacher of a class the caller is in"],
  ["User.displayName", "the caller's own, or the teacher of a class the caller is in"],
  ["Classroom.id", "a class the caller just made or joined"],
  ["Classroom.name", "shown to whoever has the join code (classByJoinCode) and to members"],
  ["Classroom.teacher", "shown to whoever has the join code (classByJoinCode) and to members"],
]);

/** Mutations without a row: each acts on the caller's own account or session, by no ID. */
const SELF_SERVICE = new Map([
  ["Mutation.startGuestSession", "makes a new guest for the caller"],
  ["Mutation.signInWithCode", "a student's own code signs her in; rate-limited"],
  ["Mutation.signUpTeacher", "makes a new teacher account"],
  ["Mutation.logIn", "the caller's own email and password; rate-limited"],
  ["Mutation.changePassword", "the caller's own password, after the current one"],
  ["Mutation.logOut", "ends the caller's own session"],
  ["Mutation.createClass", "a new class of the calling teacher"],
  ["Mutation.joinClass", "the join code is the class's invitation (classByJoinCode's row)"],
]);

const audiences = (overrides: Partial<Audiences> = {}): Audiences => ({
  rows: new Set(ROWS.map((row) => row.field)),
  allowed: ALLOWED,
  selfService: SELF_SERVICE,
  ...overrides,
});

describe("every field that could carry a person's data has an audience", () => {
  it("in the served schema: a policy mark and a matrix row, or an allow-list entry", async () => {
    expect(audienceProblems(await buildAppSchema(), audiences())).toEqual([]);
  });
});

/** A made-up schema: public lessons, a marked attempt, and a class reached by a mutation. */
const SDL = `
  type Query { lessons: [Lesson!]! attempt(id: ID!): Attempt }
  type Mutation { joinClass(code: String!): Classroom  deleteClass(id: ID!): Boolean }
  type Lesson { title: String! }
  type Attempt { score: Int student: Student }
  type Student { name: String! }
  type Classroom { name: String! }
`;

function madeUp(sdl = SDL, marked = ["Query.attempt", "Mutation.deleteClass"]): GraphQLSchema {
  const schema = buildSchema(sdl);
  for (const name of marked) {
    const [type, field] = name.split(".");
    const owner = schema.getType(type!);
    if (isObjectType(owner))
      Object.assign(owner.getFields()[field!]!, { extensions: { policy: "x" } });
  }
  return schema;
}

const made: Audiences = {
  rows: new Set(["Query.attempt", "Mutation.deleteClass"]),
  allowed: new Map([
    ["Query.lessons", "public"],
    ["Classroom.name", "the caller's own class"],
  ]),
  selfService: new Map([["Mutation.joinClass", "the caller's own membership"]]),
};

describe("the rule, over a made-up schema", () => {
  it("passes when every field has its audience, and gates what is behind a mark", () => {
    expect(audienceProblems(madeUp(), made)).toEqual([]);
  });

  it("fails for a new unmarked field on a person type reached outside a gate", () => {
    const schema = madeUp(
      SDL.replace(
        "type Classroom { name: String! }",
        "type Classroom { name: String! joinCode: String }",
      ),
    );
    expect(audienceProblems(schema, made)).toEqual([
      "Classroom.joinCode: neither marked nor allowed",
    ]);
  });

  it("fails for a new query or mutation without an entry", () => {
    const schema = madeUp(
      SDL.replace(
        "attempt(id: ID!): Attempt }",
        "attempt(id: ID!): Attempt secrets: [String!]! }",
      ).replace(
        "deleteClass(id: ID!): Boolean }",
        "deleteClass(id: ID!): Boolean renameClass(id: ID!, name: String!): Boolean }",
      ),
    );
    expect(audienceProblems(schema, made)).toEqual([
      "Query.secrets: neither marked nor allowed",
      "Mutation.renameClass: a mutation without a row",
    ]);
  });

  it("fails for a marked field without a row, and a self-service mutation that takes an ID", () => {
    const rows = new Set(["Mutation.deleteClass"]);
    const selfService = new Map([
      ["Mutation.joinClass", "x"],
      ["Mutation.deleteClass", "y"],
    ]);
    const problems = audienceProblems(madeUp(), { ...made, rows });
    expect(problems).toEqual(["Query.attempt: marked but without a row"]);
    expect(
      audienceProblems(madeUp(SDL, ["Query.attempt"]), {
        ...made,
        rows: new Set(["Query.attempt"]),
        selfService,
      }),
    ).toEqual(["Mutation.deleteClass: takes an ID, so it needs a row"]);
  });

  it("fails for an allow-list entry the schema no longer needs", () => {
    const allowed = new Map([...made.allowed, ["Student.name", "stale"]]);
    expect(audienceProblems(madeUp(), { ...made, allowed })).toEqual([
      "Student.name: allowed, but needs no entry",
    ]);
  });
});
