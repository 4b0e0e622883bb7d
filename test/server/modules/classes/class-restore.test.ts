// Restoring an archived class, over real HTTP on both databases: only its teacher may, the class
// opens again as it was, and restoring or archiving twice changes nothing.
import { describe, expect, it } from "vitest";
import { codeOf, joinAsNewStudent, newClass, newTeacher } from "../../../support/classroom.js";
import { DATABASE_KINDS } from "../../../support/databases.js";
import { serveForSuite } from "../../../support/server.js";

const ARCHIVE = `mutation($id: ID!) { archiveClass(id: $id) { id archived } }`;
const RESTORE = `mutation($id: ID!) { restoreClass(id: $id) { id archived } }`;
const JOIN = `mutation($c: String!) { joinClass(joinCode: $c, displayName: "Late") { viewer { id } } }`;

describe.each(DATABASE_KINDS)("restoring an archived class on %s", (kind) => {
  const suite = serveForSuite(kind);

  it("opens the class again for its teacher alone; twice changes nothing", async () => {
    const gql = suite.server.gql.bind(suite.server);
    const teacher = await newTeacher(suite.server);
    const room = await newClass(suite.server, teacher.auth);
    const student = await joinAsNewStudent(suite.server, room.joinCode, "Ada");
    expect((await gql(ARCHIVE, { id: room.id }, teacher.auth)).data.archiveClass.archived).toBe(
      true,
    );
    const refusedJoin = await gql(JOIN, { c: room.joinCode });
    expect(refusedJoin.errors?.[0]?.extensions).toMatchObject({ reason: "CLASS_ARCHIVED" });

    const outsider = await newTeacher(suite.server, "Mr Outside");
    expect(codeOf((await gql(RESTORE, { id: room.id }, outsider.auth)).errors)).toBe("FORBIDDEN");
    expect(codeOf((await gql(RESTORE, { id: room.id }, student.auth)).errors)).toBe("FORBIDDEN");
    expect(codeOf((await gql(RESTORE, { id: room.id })).errors)).toBe("UNAUTHENTICATED");
    const read = `query($id: ID!) { classroom(id: $id) { archived } }`;
    expect((await gql(read, { id: room.id }, teacher.auth)).data.classroom.archived).toBe(true);

    for (let i = 0; i < 2; i++)
      expect((await gql(RESTORE, { id: room.id }, teacher.auth)).data.restoreClass).toEqual({
        id: room.id,
        archived: false,
      });
    expect((await gql(read, { id: room.id }, student.auth)).data.classroom.archived).toBe(false);
    expect((await gql(JOIN, { c: room.joinCode })).data.joinClass.viewer.id).toBeTruthy();
    expect((await gql(ARCHIVE, { id: room.id }, teacher.auth)).data.archiveClass.archived).toBe(
      true,
    );
  });
});
