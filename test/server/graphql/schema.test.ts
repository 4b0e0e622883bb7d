import fs from "node:fs";
import { buildSchema, findBreakingChanges, printSchema } from "graphql";
import { describe, expect, it } from "vitest";
import { buildAppSchema } from "../../../server/src/graphql/schema.js";
import { ROOT } from "../../support/server.js";

const read = (file: string) => fs.readFileSync(`${ROOT}${file}`, "utf8");

/**
 * Parts of the published contract that later work brings in. The list must match exactly,
 * so it shrinks as they land, and it never names a type already served.
 */
const NOT_YET_SERVED = new Set([
  "Classroom", "FeedbackTiming", "Assignment", "ItemStatistics", "CriterionStatistics", "RubricScoreInput",
  "Attempt.assignment", "Query.myClasses", "Query.classroom", "Query.assignment", "Mutation.signUpTeacher",
  "Mutation.logIn", "Mutation.changePassword", "Mutation.joinClass", "Mutation.createClass", "Mutation.resetJoinCode",
  "Mutation.assignLesson", "Mutation.updateAssignment", "Mutation.scoreResponse",
]);
const SERVED_TYPES = [
  "Document", "Paragraph", "EditorialNote", "EditorialNoteKind", "Person", "GlossaryTerm", "TextSpan", "Query.documents",
  "Query.document", "Lesson", "LessonStep", "LessonStepKind", "HistoricalSkill", "QuestionSet", "Question", "QuestionKind",
  "Choice", "ChoiceQuestion", "ShortAnswerQuestion", "OrderingQuestion", "MatchingQuestion", "EvidenceQuestion", "Exercise",
  "RubricCriterion", "RubricLevel", "Float", "Query.lessons", "Query.lesson", "Query.questionSet", "Query.exercise",
  "DateTimeISO", "Role", "User", "AuthPayload", "AttemptStatus", "Attempt", "EvidenceSpan", "MatchPair", "Answer",
  "RubricScore", "Feedback", "Response", "MatchPairInput", "EvidenceInput", "AnswerInput", "Query.viewer", "Query.attempt",
  "Query.myAttempts", "Mutation.startGuestSession", "Mutation.signInWithCode", "Mutation.logOut", "Mutation.startAttempt",
  "Mutation.saveResponse", "Mutation.submitAttempt",
];

describe("the served schema", () => {
  it("is the committed server/schema.graphql (run `npm run schema:print` after changing types)", async () => {
    expect(printSchema(await buildAppSchema()) + "\n").toBe(read("server/schema.graphql"));
  });

  it("breaks nothing of the published contract's document and content types, and only what is listed as not yet served", async () => {
    const contract = buildSchema(read("server/contract.graphql"));
    const changes = findBreakingChanges(contract, await buildAppSchema());
    const subjects = changes.map((change) => /^(?:Standard scalar )?([\w.]+)/.exec(change.description)![1]!);
    for (const type of SERVED_TYPES) expect(NOT_YET_SERVED.has(type), type).toBe(false);
    expect(new Set(subjects)).toEqual(NOT_YET_SERVED);
  });
});

describe("the project's own copies of shared material", () => {
  const shared = `${ROOT}../shared`;
  const copies: Array<[string, string]> = [
    ["server/contract.graphql", "api/contract.graphql"],
    ["lessons/documents/puzanov-kim-il-sung-1957-11-13.txt", "source/puzanov-kim-il-sung-1957-11-13.txt"],
  ];
  // A new user's clone has no ../shared; CI always has it, so there the check must run.
  it.runIf(fs.existsSync(shared) || process.env.CI === "true").each(copies)("%s equals ../shared/%s", (copy, original) => {
    expect(fs.readFileSync(`${ROOT}${copy}`)).toEqual(fs.readFileSync(`${shared}/${original}`));
  });
});
