import { describe, expect, it } from "vitest";
import {
  canManageClass,
  canSeeClass,
  canSeeJoinCode,
  canSeeStudent,
  relationToClass,
  relationToStudentWork,
} from "../../../../server/src/modules/classes/classes.policy.js";
import { createRelationLoader } from "../../../../server/src/modules/classes/relations.js";
import type { Viewer } from "../../../../server/src/modules/users/viewer.js";

const person = (id: string, role: Viewer["role"]): Viewer => ({ id, role, displayName: id, email: null, signInCode: null, guest: false, sessionId: "s" });
const teacher = person("1", "TEACHER");
const otherTeacher = person("2", "TEACHER");
const student = person("3", "STUDENT");
const otherStudent = person("4", "STUDENT");
const classRow = { id: "10", teacherId: teacher.id };
const members = [student.id];

describe("how a viewer stands to a class", () => {
  it.each([
    ["anonymous", null, null],
    ["the teacher", teacher, "teacher"],
    ["another teacher", otherTeacher, null],
    ["a student of the class", student, "student"],
    ["another student", otherStudent, null],
  ] as const)("%s: %s", (_, viewer, relation) => {
    expect(relationToClass(viewer, classRow, members)).toBe(relation);
  });

  it("and to a student's work in it: the student, the class's teacher, nobody else", () => {
    const work = { studentId: student.id };
    expect(relationToStudentWork(student, work, "student")).toBe("student");
    expect(relationToStudentWork(teacher, work, "teacher")).toBe("teacher");
    expect(relationToStudentWork(otherStudent, work, "student")).toBeNull();
    expect(relationToStudentWork(otherTeacher, work, null)).toBeNull();
    expect(relationToStudentWork(null, work, null)).toBeNull();
  });

  it("decides what each sees of the class", () => {
    expect([canSeeClass("teacher"), canSeeClass("student"), canSeeClass(null)]).toEqual([true, true, false]);
    expect([canSeeJoinCode("teacher"), canSeeJoinCode("student"), canSeeJoinCode(null)]).toEqual([true, false, false]);
    expect([canManageClass("teacher"), canManageClass("student"), canManageClass(null)]).toEqual([true, false, false]);
    expect(canSeeStudent(teacher, "teacher", otherStudent)).toBe(true);
    expect(canSeeStudent(student, "student", student)).toBe(true);
    expect(canSeeStudent(student, "student", otherStudent)).toBe(false);
    expect(canSeeStudent(otherTeacher, null, student)).toBe(false);
  });
});

describe("the relation loader", () => {
  const fakeClasses = () => {
    const asked: string[] = [];
    const load = <T>(what: string, value: T) => ({ load: async (id: string) => (asked.push(`${what}:${id}`), value) });
    const classes = {
      classById: load("class", classRow),
      studentsByClass: load("students", members.map((id) => ({ id }))),
    } as unknown as Parameters<typeof createRelationLoader>[1];
    return { classes, asked };
  };

  it("answers a teacher from the class row and a student from the class list, each once per request", async () => {
    const forTeacher = fakeClasses();
    const relations = createRelationLoader(teacher, forTeacher.classes);
    expect(await relations.load({ kind: "assignment", id: "7", classId: "10" })).toBe("teacher");
    expect(await relations.load({ kind: "class", id: "10", teacherId: teacher.id })).toBe("teacher");
    expect(await relations.load({ kind: "attempt", id: "5", classId: "10", studentId: student.id })).toBe("teacher");
    expect(forTeacher.asked).toEqual(["class:10"]);

    const forStudent = fakeClasses();
    const studentRelations = createRelationLoader(student, forStudent.classes);
    expect(await studentRelations.load({ kind: "assignment", id: "7", classId: "10" })).toBe("student");
    expect(await studentRelations.load({ kind: "attempt", id: "5", classId: "10", studentId: student.id })).toBe("student");
    expect(await studentRelations.load({ kind: "attempt", id: "6", classId: "10", studentId: otherStudent.id })).toBeNull();
    expect(forStudent.asked).toEqual(["students:10"]);
  });

  it("answers an assignment and its class asked in one batch", async () => {
    const relations = createRelationLoader(teacher, fakeClasses().classes);
    const both = await Promise.all([
      relations.load({ kind: "class", id: "10", teacherId: teacher.id }),
      relations.load({ kind: "assignment", id: "7", classId: "10" }),
    ]);
    expect(both).toEqual(["teacher", "teacher"]);
  });

  it("gives anonymous callers no relation without loading anything", async () => {
    const { classes, asked } = fakeClasses();
    expect(await createRelationLoader(null, classes).load({ kind: "assignment", id: "7", classId: "10" })).toBeNull();
    expect(asked).toEqual([]);
  });
});
