// A teacher's set by its id (myQuestionSet), on both databases: its owner reads it, draft and
// keys; another teacher, a student and anyone else get null; a copy taken through a share link
// is the copier's own set, read by its id, while the original stays out of their reach.
import { describe, expect, it } from "vitest";
import { DATABASE_KINDS } from "../../../support/databases.js";
import { joinAsNewStudent, newClass, newTeacher } from "../../../support/classroom.js";
import { serveForSuite } from "../../../support/server.js";

const BY_ID = `query($id: ID!) { myQuestionSet(id: $id) { id title authoring { version draft shareCode } } }`;

describe.each(DATABASE_KINDS)("a set by its id on %s", (kind) => {
  const suite = serveForSuite(kind);

  it("is its owner's to read; a shared copy is the copier's", async () => {
    const gql = suite.server.gql.bind(suite.server);
    const teacher = await newTeacher(suite.server);
    const other = await newTeacher(suite.server, "Mr Other");
    const room = await newClass(suite.server, teacher.auth);
    const student = await joinAsNewStudent(suite.server, room.joinCode, "A student");
    const builtIn = (await gql(`{ questionSet(slug: "sourcing-marks-and-readers") { id } }`)).data
      .questionSet.id;
    const set = (
      await gql(
        `mutation($id: ID!) { duplicateQuestionSet(id: $id) { id } }`,
        { id: builtIn },
        teacher.auth,
      )
    ).data.duplicateQuestionSet;
    const code = (
      await gql(
        `mutation($id: ID!) { shareQuestionSet(id: $id) { authoring { shareCode } } }`,
        { id: set.id },
        teacher.auth,
      )
    ).data.shareQuestionSet.authoring.shareCode;

    const own = (await gql(BY_ID, { id: set.id }, teacher.auth)).data.myQuestionSet;
    expect(own.id).toBe(set.id);
    expect(own.authoring.shareCode).toBe(code);
    expect(own.authoring.draft.questions.length).toBeGreaterThan(0);

    for (const auth of [other.auth, student.auth, {}]) {
      const read = await gql(BY_ID, { id: set.id }, auth);
      expect(read.errors).toBeUndefined();
      expect(read.data.myQuestionSet).toBeNull();
    }
    // A built-in set's id and a malformed one name no set of the teacher's.
    for (const id of [builtIn, "nonsense"])
      expect((await gql(BY_ID, { id }, teacher.auth)).data.myQuestionSet).toBeNull();

    const copy = (
      await gql(
        `mutation($c: String!) { copySharedQuestionSet(shareCode: $c) { id } }`,
        { c: code },
        other.auth,
      )
    ).data.copySharedQuestionSet;
    expect(copy.id).not.toBe(set.id);
    const theirs = (await gql(BY_ID, { id: copy.id }, other.auth)).data.myQuestionSet;
    expect(theirs.authoring.shareCode).toBeNull();
    expect((await gql(BY_ID, { id: copy.id }, teacher.auth)).data.myQuestionSet).toBeNull();
    expect((await gql(BY_ID, { id: set.id }, other.auth)).data.myQuestionSet).toBeNull();
  });
});
