import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrate } from "../../../../server/src/core/migrate.js";
import { createClassLoaders } from "../../../../server/src/modules/classes/classes.loaders.js";
import {
  insertClass,
  insertMembership,
} from "../../../../server/src/modules/classes/classes.sql.js";
import { createRelationLoader } from "../../../../server/src/modules/classes/relations.js";
import { insertStudent, insertTeacher } from "../../../../server/src/modules/users/users.sql.js";
import type { Viewer } from "../../../../server/src/modules/users/viewer.js";
import { countQueries, createTestDatabase, type TestDatabase } from "../../../support/databases.js";

describe("the relation loader", () => {
  let database: TestDatabase;
  let teacher: Viewer;
  let student: Viewer;
  let otherStudent: Viewer;
  let classId: string;

  beforeAll(async () => {
    database = await createTestDatabase("pglite");
    await migrate(database.pool);
    const db = database.pool;
    const asViewer = (row: Omit<Viewer, "sessionId">): Viewer => ({ ...row, sessionId: "0" });
    teacher = asViewer(
      await insertTeacher(db, { email: "t@school.example", passwordHash: "x", displayName: "T" }),
    );
    student = asViewer(
      await insertStudent(db, { displayName: "S", signInCode: "AAAAA-AAAAA", guest: false }),
    );
    otherStudent = asViewer(
      await insertStudent(db, { displayName: "O", signInCode: "BBBBB-BBBBB", guest: false }),
    );
    classId = (await insertClass(db, teacher.id, "History", "ABCDEFG")).id;
    await insertMembership(db, classId, student.id);
  });
  afterAll(() => database?.close());

  const relationsFor = (viewer: Viewer | null) =>
    createRelationLoader(viewer, createClassLoaders(database.pool));

  it("answers a teacher from the class row and a student from the class list, once per request", async () => {
    const forTeacher = relationsFor(teacher);
    const teacherAnswers = await countQueries(database.pool, async () => [
      await forTeacher.load({ kind: "assignment", id: "7", classId }),
      await forTeacher.load({ kind: "class", id: classId, teacherId: teacher.id }),
      await forTeacher.load({ kind: "attempt", id: "5", classId, studentId: student.id }),
    ]);
    expect(teacherAnswers).toEqual({ result: ["teacher", "teacher", "teacher"], queries: 1 });

    const forStudent = relationsFor(student);
    const studentAnswers = await countQueries(database.pool, async () => [
      await forStudent.load({ kind: "assignment", id: "7", classId }),
      await forStudent.load({ kind: "attempt", id: "5", classId, studentId: student.id }),
      await forStudent.load({ kind: "attempt", id: "6", classId, studentId: otherStudent.id }),
    ]);
    expect(studentAnswers).toEqual({ result: ["student", "student", null], queries: 1 });
  });

  it("answers an assignment and its class asked in one batch", async () => {
    const relations = relationsFor(teacher);
    const both = await Promise.all([
      relations.load({ kind: "class", id: classId, teacherId: teacher.id }),
      relations.load({ kind: "assignment", id: "7", classId }),
    ]);
    expect(both).toEqual(["teacher", "teacher"]);
  });

  it("gives anyone else no relation, and anonymous callers one without a query", async () => {
    expect(
      await relationsFor(otherStudent).load({ kind: "class", id: classId, teacherId: teacher.id }),
    ).toBeNull();
    expect(
      await relationsFor(otherStudent).load({
        kind: "attempt",
        id: "5",
        classId,
        studentId: student.id,
      }),
    ).toBeNull();
    const anonymous = await countQueries(database.pool, () =>
      relationsFor(null).load({ kind: "assignment", id: "7", classId }),
    );
    expect(anonymous).toEqual({ result: null, queries: 0 });
  });
});
