import { describe, expect, it } from "vitest";
import {
  anyoneWithTheCode,
  canManageClass,
  canSeeClass,
  canSeeJoinCode,
  canSeeStudent,
  relationToClass,
  relationToStudentWork,
} from "../../../../server/src/modules/classes/classes.policy.js";
import type { Viewer } from "../../../../server/src/modules/users/viewer.js";

const person = (id: string, role: Viewer["role"]): Viewer => ({
  id,
  role,
  displayName: id,
  email: null,
  signInCode: null,
  guest: false,
  sessionId: "s",
});
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
    expect([canSeeClass("teacher"), canSeeClass("student"), canSeeClass(null)]).toEqual([
      true,
      true,
      false,
    ]);
    expect([canSeeJoinCode("teacher"), canSeeJoinCode("student"), canSeeJoinCode(null)]).toEqual([
      true,
      false,
      false,
    ]);
    expect([canManageClass("teacher"), canManageClass("student"), canManageClass(null)]).toEqual([
      true,
      false,
      false,
    ]);
    expect(canSeeStudent(teacher, "teacher", otherStudent)).toBe(true);
    expect(canSeeStudent(student, "student", student)).toBe(true);
    expect(canSeeStudent(student, "student", otherStudent)).toBe(false);
    expect(canSeeStudent(otherTeacher, null, student)).toBe(false);
  });

  it("lets anyone with a class's code see which class it opens, and nothing for a wrong code", () => {
    expect(anyoneWithTheCode({ joinCode: "K7MPR2X" })).toBe(true);
    expect(anyoneWithTheCode(undefined)).toBe(false);
  });
});
