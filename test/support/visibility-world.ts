import { loadContent } from "../../server/src/content/lessons/load-content.js";
import { type AuthoringVars, buildAuthoringVars } from "./authoring-world.js";
import { assign, type Auth, joinAsNewStudent, newClass, newTeacher } from "./classroom.js";
import {
  authoredItem,
  PLAYER_LESSON,
  rightAnswer,
  servedItems,
  type ServedItem,
} from "./lesson-answers.js";
import { LESSONS_DIR, type TestServer } from "./server.js";

/** Who asks, seen from the student S and her class C. */
export const ROLES = [
  "anonymous",
  "student",
  "classmate",
  "outsider",
  "teacher",
  "otherTeacher",
] as const;
export type Role = (typeof ROLES)[number];

/**
 * One class C of teacher T with assignment A (feedback ON_SUBMIT, due in a week; S has her own
 * later due date): student S has submitted her attempt (a choice question scored by the machine,
 * the exercise scored by T with a comment) and T returned it with a comment; she has an open
 * attempt at a second ON_SUBMIT assignment A2 and one at an IMMEDIATE assignment A3; classmate S2 has an open attempt at A; D, a
 * duplicate join of S, has no work. Another teacher T2 teaches the outsider, a student not in C.
 * T has tried the lesson as a student: an open scratch attempt with the choice answered.
 */
export interface VisibilityWorld {
  auth: Record<Role, Auth>;
  /** Sent with every probe; each query declares the ones it uses. */
  vars: {
    lessonSlug: string;
    classId: string;
    joinCode: string;
    studentId: string;
    assignmentId: string;
    attemptId: string;
    exerciseResponseId: string;
    topRubricScores: Array<{ criterionId: string; score: number }>;
    openAttemptId: string;
    openItemId: string;
    openAnswer: Record<string, unknown>;
    /** S's open attempt at an IMMEDIATE (tries mode) assignment A3, the choice question right on its first check. */
    triesAttemptId: string;
    triesAssignmentId: string;
    duplicateId: string;
    extendedDueAt: string;
    /** T's scratch attempt at the lesson ("Try as a student"), with the choice answered. */
    scratchAttemptId: string;
    /** T's second class, to archive and delete: one student (no work) and one assignment. */
    spareClassId: string;
    spareStudentId: string;
    spareAssignmentId: string;
  } & AuthoringVars;
  choiceItemId: string;
  exerciseItemId: string;
}

export async function buildVisibilityWorld(server: TestServer): Promise<VisibilityWorld> {
  const content = (await loadContent(LESSONS_DIR)).content;
  const lessonSlug = content.lessons[0]!.slug;
  const items = servedItems((await server.gql(PLAYER_LESSON, { slug: lessonSlug })).data.lesson);
  const choice = items.find((item) => item.kind === "SINGLE_CHOICE")!;
  const exercise = items.find((item) => item.kind === "EXERCISE")!;

  const call = async (query: string, variables: Record<string, unknown>, auth: Auth) => {
    const { data, errors } = await server.gql(query, variables, auth);
    if (errors) throw new Error(JSON.stringify(errors));
    return data;
  };
  const start = async (auth: Auth, assignmentId: string) =>
    (
      await call(
        `mutation($s: String!, $a: ID) { startAttempt(lessonSlug: $s, assignmentId: $a) { id } }`,
        { s: lessonSlug, a: assignmentId },
        auth,
      )
    ).startAttempt.id as string;
  const save = async (auth: Auth, attemptId: string, item: ServedItem) =>
    (
      await call(
        `mutation($a: ID!, $i: ID!, $x: AnswerInput!) { saveResponse(attemptId: $a, itemId: $i, answer: $x, revision: 1) { id } }`,
        {
          a: attemptId,
          i: item.id,
          x: rightAnswer(content, item),
        },
        auth,
      )
    ).saveResponse.id as string;

  const teacher = await newTeacher(server, "Ms Owner");
  const otherTeacher = await newTeacher(server, "Mr Elsewhere");
  const room = await newClass(server, teacher.auth, "History 10B");
  const otherRoom = await newClass(server, otherTeacher.auth, "History 11A");
  const student = await joinAsNewStudent(server, room.joinCode, "Student S");
  const classmate = await joinAsNewStudent(server, room.joinCode, "Classmate S2");
  const outsider = await joinAsNewStudent(server, otherRoom.joinCode, "Outsider");
  const duplicate = await joinAsNewStudent(server, room.joinCode, "Student S");
  const day = 24 * 3600_000;
  const assignment = await assign(server, teacher.auth, room.id, lessonSlug, {
    feedback: "ON_SUBMIT",
    dueAt: new Date(Date.now() + 7 * day).toISOString(),
  });
  const extendedDueAt = new Date(Date.now() + 14 * day).toISOString();
  await call(
    `mutation($a: ID!, $s: ID!, $d: DateTimeISO!) { extendAssignment(assignmentId: $a, studentId: $s, dueAt: $d) { id } }`,
    { a: assignment.id, s: student.id, d: extendedDueAt },
    teacher.auth,
  );
  const second = await assign(server, teacher.auth, room.id, lessonSlug, { feedback: "ON_SUBMIT" });

  const attemptId = await start(student.auth, assignment.id);
  await save(student.auth, attemptId, choice);
  // One wrong choice, so the class shows a misconception (Assignment.misconceptions).
  const misread = items.filter((item) => item.kind === "SINGLE_CHOICE")[1]!;
  const wrong = (
    authoredItem(content, misread) as { choices: Array<{ text: string; correct: boolean }> }
  ).choices.find((c) => !c.correct)!;
  await call(
    `mutation($a: ID!, $i: ID!, $x: AnswerInput!) { saveResponse(attemptId: $a, itemId: $i, answer: $x, revision: 1) { id } }`,
    {
      a: attemptId,
      i: misread.id,
      x: { choiceIds: [misread.choices!.find((c) => c.text === wrong.text)!.id] },
    },
    student.auth,
  );
  const exerciseResponseId = await save(student.auth, attemptId, exercise);
  await call(
    `mutation($a: ID!) { submitAttempt(attemptId: $a) { id } }`,
    { a: attemptId },
    student.auth,
  );
  const rubric = (
    await call(
      `query($s: String!) { exercise(slug: $s) { rubric { id levels { score } } } }`,
      { s: exercise.slug },
      {},
    )
  ).exercise.rubric;
  const topRubricScores = rubric.map((c: any) => ({
    criterionId: c.id,
    score: Math.max(...c.levels.map((l: any) => l.score)),
  }));
  await call(
    `mutation($r: ID!, $rs: [RubricScoreInput!]) { scoreResponse(responseId: $r, rubricScores: $rs, comment: "Well argued.") { id } }`,
    {
      r: exerciseResponseId,
      rs: topRubricScores,
    },
    teacher.auth,
  );

  await call(
    `mutation($a: ID!) { returnAttempt(attemptId: $a, comment: "See me about paragraph 9.") { id } }`,
    { a: attemptId },
    teacher.auth,
  );

  const openAttemptId = await start(student.auth, second.id);
  await save(student.auth, openAttemptId, choice);
  await save(classmate.auth, await start(classmate.auth, assignment.id), choice);
  const scratchAttemptId = (
    await call(
      `mutation($s: String!) { startScratchAttempt(lessonSlug: $s, fresh: true) { id } }`,
      { s: lessonSlug },
      teacher.auth,
    )
  ).startScratchAttempt.id as string;
  await save(teacher.auth, scratchAttemptId, choice);
  const third = await assign(server, teacher.auth, room.id, lessonSlug, { feedback: "IMMEDIATE" });
  const triesAttemptId = await start(student.auth, third.id);
  await save(student.auth, triesAttemptId, choice);
  await call(
    `mutation($a: ID!, $i: ID!) { checkResponse(attemptId: $a, itemId: $i, revision: 1) { id } }`,
    { a: triesAttemptId, i: choice.id },
    student.auth,
  );

  const spare = await newClass(server, teacher.auth, "Old 9C");
  const spareStudent = await joinAsNewStudent(server, spare.joinCode, "Spare student");
  const spareAssignment = await assign(server, teacher.auth, spare.id, lessonSlug);

  return {
    auth: {
      anonymous: {},
      student: student.auth,
      classmate: classmate.auth,
      outsider: outsider.auth,
      teacher: teacher.auth,
      otherTeacher: otherTeacher.auth,
    },
    vars: {
      lessonSlug,
      classId: room.id,
      joinCode: room.joinCode,
      studentId: student.id,
      assignmentId: assignment.id,
      attemptId,
      exerciseResponseId,
      topRubricScores,
      openAttemptId,
      openItemId: choice.id,
      openAnswer: rightAnswer(content, choice),
      triesAttemptId,
      triesAssignmentId: third.id,
      duplicateId: duplicate.id,
      extendedDueAt,
      scratchAttemptId,
      spareClassId: spare.id,
      spareStudentId: spareStudent.id,
      spareAssignmentId: spareAssignment.id,
      ...(await buildAuthoringVars(server, teacher.auth)),
    },
    choiceItemId: choice.id,
    exerciseItemId: exercise.id,
  };
}
