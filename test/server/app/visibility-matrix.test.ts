import { isInterfaceType, isObjectType } from "graphql";
import { beforeAll, describe, expect, it } from "vitest";
import { buildAppSchema } from "../../../server/src/app/schema.js";
import { DATABASE_KINDS } from "../../support/databases.js";
import { linkAssignmentForGrades } from "../../support/lti-ags-platform.js";
import { serveForSuite } from "../../support/server.js";
import {
  buildVisibilityWorld,
  type Role,
  ROLES,
  type VisibilityWorld,
} from "../../support/visibility-world.js";

/** An error the API answers instead of data: its extensions.code, or an HTTP status. */
class Refusal {
  constructor(readonly code: string | number) {}
}
const UNAUTHENTICATED = new Refusal("UNAUTHENTICATED");
const FORBIDDEN = new Refusal("FORBIDDEN");
const NOT_FOUND = new Refusal("NOT_FOUND");
const HTTP_404 = new Refusal(404);
const HTTP_401 = new Refusal(401);
const CONFLICT = new Refusal("CONFLICT");
const DELETION_RESULT = `accounts classes students assignments attempts responses`;

interface Row {
  /** "Type.field" as in server/schema.graphql, or "GET <route>". */
  field: string;
  /** The path that reaches the field, where one field has several rows. */
  via?: string;
  /** Sent with every variable of the world's `vars`; declares the ones it uses. */
  query?: string;
  route?: (w: VisibilityWorld) => string;
  /** What the response shows; by default the query's one top-level field. */
  pick?: (data: any, w: VisibilityWorld) => unknown;
  may: Role[];
  /** What each other role gets instead: a Refusal, or exactly this value (null, [] …). */
  mayNot: Partial<Record<Role, unknown>>;
}

const CLASSROOM = (select: string) =>
  `query($classId: ID!) { classroom(id: $classId) { ${select} } }`;
const ONE_STUDENT = (select: string) =>
  `query($classId: ID!, $studentId: ID!) { classroom(id: $classId) { student(id: $studentId) { ${select} } } }`;
const ASSIGNMENT = (select: string) =>
  `query($assignmentId: ID!) { assignment(id: $assignmentId) { ${select} } }`;
const ATTEMPT = (select: string, id = "attemptId") =>
  `query($${id}: ID!) { attempt(id: $${id}) { ${select} } }`;
const only = (list: Array<{ id: string }> | undefined, id: string) =>
  list?.filter((x) => x.id === id);
const feedbackOn = (attempt: any, itemId: string, key: string) =>
  attempt?.responses.filter((r: any) => r.itemId === itemId).map((r: any) => r.feedback?.[key]);

const SIGNED_IN: Role[] = ["student", "classmate", "outsider", "teacher", "otherTeacher"];
const IN_CLASS: Role[] = ["teacher", "student", "classmate"];
const OWNERS: Role[] = ["teacher", "student"];
/** Whoever is outside class C gets the class, assignment or attempt itself as null. */
const OUTSIDE = { anonymous: null, outsider: null, otherTeacher: null };
const NOT_OWNERS = { ...OUTSIDE, classmate: null };
/** Mutations: anonymous callers must sign in; everyone else signed in is refused. */
const OTHERS_FORBIDDEN = {
  anonymous: UNAUTHENTICATED,
  outsider: FORBIDDEN,
  otherTeacher: FORBIDDEN,
};
const NOT_TEACHER = { ...OTHERS_FORBIDDEN, student: FORBIDDEN, classmate: FORBIDDEN };
const NOT_STUDENT = { ...OTHERS_FORBIDDEN, classmate: FORBIDDEN, teacher: FORBIDDEN };

const ROWS: Row[] = [
  {
    field: "Query.viewer",
    query: `{ viewer { id } }`,
    may: SIGNED_IN,
    mayNot: { anonymous: null },
  },
  {
    field: "Query.myClasses",
    query: `{ myClasses { id } }`,
    pick: (d, w) => only(d.myClasses, w.vars.classId),
    may: IN_CLASS,
    mayNot: { anonymous: [], outsider: [], otherTeacher: [] },
  },
  {
    field: "Query.myAttempts",
    query: `{ myAttempts { id } }`,
    pick: (d, w) => only(d.myAttempts, w.vars.attemptId),
    may: ["student"],
    mayNot: { anonymous: [], classmate: [], outsider: [], teacher: [], otherTeacher: [] },
  },
  { field: "Query.classroom", query: CLASSROOM("id"), may: IN_CLASS, mayNot: OUTSIDE },
  {
    field: "Classroom.joinCode",
    query: CLASSROOM("joinCode"),
    may: ["teacher"],
    mayNot: { ...OUTSIDE, student: { joinCode: null }, classmate: { joinCode: null } },
  },
  {
    field: "Classroom.students",
    query: CLASSROOM("students { id }"),
    pick: (d, w) => only(d.classroom?.students, w.vars.studentId),
    may: OWNERS,
    mayNot: { ...OUTSIDE, classmate: [] },
  },
  {
    field: "User.signInCode",
    via: "Classroom.students",
    query: CLASSROOM("students { id signInCode }"),
    pick: (d, w) => only(d.classroom?.students, w.vars.studentId),
    may: OWNERS,
    mayNot: { ...OUTSIDE, classmate: [] },
  },
  {
    field: "User.inactive",
    via: "Classroom.students",
    query: CLASSROOM("students { id inactive }"),
    pick: (d, w) => only(d.classroom?.students, w.vars.studentId)?.map((s: any) => s.inactive),
    may: ["teacher"],
    mayNot: { ...OUTSIDE, student: [null], classmate: [] },
  },
  {
    field: "Classroom.lmsRoster",
    query: CLASSROOM("lmsRoster { linked canSync }"),
    pick: (d) => (d.classroom ? d.classroom.lmsRoster : null),
    may: ["teacher"],
    mayNot: { ...OUTSIDE, student: null, classmate: null },
  },
  {
    field: "Classroom.student",
    query: ONE_STUDENT("id"),
    may: OWNERS,
    mayNot: { ...OUTSIDE, classmate: { student: null } },
  },
  {
    field: "User.signInCode",
    via: "Classroom.student",
    query: ONE_STUDENT("id signInCode"),
    may: OWNERS,
    mayNot: { ...OUTSIDE, classmate: { student: null } },
  },
  {
    field: "Query.classByJoinCode",
    query: `query($joinCode: String!) { classByJoinCode(joinCode: $joinCode) { name teacherName } }`,
    may: [...ROLES],
    mayNot: {},
  },
  {
    field: "Query.search",
    query: `{ search(query: "Kim Il Sung", first: 2) { edges { cursor node { rank paragraph { number } ranges { start end } } } } }`,
    pick: (d) => d.search.edges,
    may: [...ROLES],
    mayNot: {},
  },
  {
    field: "GET /api/documents/:slug.tei.xml",
    route: () => `/api/documents/puzanov-kim-il-sung-1957-11-13.tei.xml`,
    may: [...ROLES],
    mayNot: {},
  },
  {
    field: "GET /api/documents/:slug.txt",
    route: () => `/api/documents/puzanov-kim-il-sung-1957-11-13.txt`,
    may: [...ROLES],
    mayNot: {},
  },
  {
    field: "Classroom.assignments",
    query: CLASSROOM("assignments { id }"),
    may: IN_CLASS,
    mayNot: OUTSIDE,
  },
  { field: "Query.assignment", query: ASSIGNMENT("id"), may: IN_CLASS, mayNot: OUTSIDE },
  {
    field: "Assignment.attempts",
    query: ASSIGNMENT("attempts { id }"),
    pick: (d, w) => only(d.assignment?.attempts, w.vars.attemptId),
    may: OWNERS,
    mayNot: { ...OUTSIDE, classmate: [] },
  },
  {
    field: "Query.lessonKey",
    query: `query($lessonSlug: String!) { lessonKey(slug: $lessonSlug) { items { itemId } } }`,
    may: ["teacher", "otherTeacher"],
    mayNot: {
      anonymous: UNAUTHENTICATED,
      student: FORBIDDEN,
      classmate: FORBIDDEN,
      outsider: FORBIDDEN,
    },
  },
  {
    field: "Assignment.gradeSync",
    query: ASSIGNMENT("gradeSync { pending failed sent }"),
    may: ["teacher"],
    mayNot: { ...OUTSIDE, student: { gradeSync: null }, classmate: { gradeSync: null } },
  },
  {
    field: "Assignment.itemStatistics",
    query: ASSIGNMENT("itemStatistics { itemId responses }"),
    may: ["teacher"],
    mayNot: { ...OUTSIDE, student: { itemStatistics: [] }, classmate: { itemStatistics: [] } },
  },
  ...(["meanTries", "firstTryRight"] as const).map((name) => ({
    field: `ItemStatistics.${name}`,
    query: `query($triesAssignmentId: ID!) { assignment(id: $triesAssignmentId) { itemStatistics { itemId ${name} } } }`,
    pick: (d: any, w: VisibilityWorld) =>
      d.assignment?.itemStatistics
        .filter((s: any) => s.itemId === w.choiceItemId)
        .map((s: any) => s[name]) ?? null,
    may: ["teacher"] as Role[],
    mayNot: { ...OUTSIDE, student: [], classmate: [] },
  })),
  {
    field: "Assignment.misconceptions",
    query: ASSIGNMENT("misconceptions { misconception { id } studentCount students { name } }"),
    may: ["teacher"],
    mayNot: { ...OUTSIDE, student: { misconceptions: [] }, classmate: { misconceptions: [] } },
  },
  {
    field: "Assignment.review",
    query: ASSIGNMENT("review { items { itemId } }"),
    may: ["teacher"],
    mayNot: { ...OUTSIDE, student: { review: null }, classmate: { review: null } },
  },
  { field: "Assignment.counts", query: ASSIGNMENT("counts"), may: IN_CLASS, mayNot: OUTSIDE },
  {
    field: "Assignment.attemptCount",
    query: ASSIGNMENT("attemptCount"),
    may: ["teacher"],
    mayNot: { ...OUTSIDE, student: { attemptCount: null }, classmate: { attemptCount: null } },
  },
  { field: "Classroom.archived", query: CLASSROOM("archived"), may: IN_CLASS, mayNot: OUTSIDE },
  {
    field: "Assignment.myDueAt",
    query: ASSIGNMENT("myDueAt"),
    may: IN_CLASS,
    mayNot: OUTSIDE,
  },
  {
    field: "Assignment.extensions",
    query: ASSIGNMENT("extensions { studentId dueAt }"),
    may: ["teacher"],
    mayNot: { ...OUTSIDE, student: { extensions: [] }, classmate: { extensions: [] } },
  },
  {
    field: "Classroom.auditTrail",
    query: CLASSROOM("auditTrail { id action actorName }"),
    may: ["teacher"],
    mayNot: { ...OUTSIDE, student: { auditTrail: [] }, classmate: { auditTrail: [] } },
  },
  {
    field: "Assignment.auditTrail",
    query: ASSIGNMENT("auditTrail { id action actorName }"),
    may: ["teacher"],
    mayNot: { ...OUTSIDE, student: { auditTrail: [] }, classmate: { auditTrail: [] } },
  },
  { field: "Query.attempt", query: ATTEMPT("id"), may: OWNERS, mayNot: NOT_OWNERS },
  { field: "Attempt.returnedAt", query: ATTEMPT("returnedAt"), may: OWNERS, mayNot: NOT_OWNERS },
  {
    field: "Attempt.teacherComment",
    query: ATTEMPT("teacherComment"),
    may: OWNERS,
    mayNot: NOT_OWNERS,
  },
  { field: "Attempt.student", query: ATTEMPT("student { id }"), may: OWNERS, mayNot: NOT_OWNERS },
  {
    field: "User.signInCode",
    via: "Attempt.student",
    query: ATTEMPT("student { signInCode }"),
    may: OWNERS,
    mayNot: NOT_OWNERS,
  },
  {
    field: "Attempt.responses",
    query: ATTEMPT("responses { id itemId }"),
    may: OWNERS,
    mayNot: NOT_OWNERS,
  },
  { field: "Attempt.score", query: ATTEMPT("score"), may: OWNERS, mayNot: NOT_OWNERS },
  { field: "Attempt.autoScore", query: ATTEMPT("autoScore"), may: OWNERS, mayNot: NOT_OWNERS },
  {
    field: "Attempt.autoMaxScore",
    query: ATTEMPT("autoMaxScore"),
    may: OWNERS,
    mayNot: NOT_OWNERS,
  },
  {
    field: "Attempt.pendingReviewPoints",
    query: ATTEMPT("pendingReviewPoints"),
    may: OWNERS,
    mayNot: NOT_OWNERS,
  },
  {
    field: "Response.feedback",
    query: ATTEMPT("responses { feedback { score message } }"),
    may: OWNERS,
    mayNot: NOT_OWNERS,
  },
  {
    field: "Response.feedback",
    via: "an open ON_SUBMIT attempt",
    query: ATTEMPT("responses { feedback { message } }", "openAttemptId"),
    may: ["teacher"],
    mayNot: { ...NOT_OWNERS, student: { responses: [{ feedback: null }] } },
  },
  {
    field: "Feedback.expected",
    query: ATTEMPT("responses { itemId feedback { expected { choiceIds } } }"),
    pick: (d, w) => feedbackOn(d.attempt, w.choiceItemId, "expected"),
    may: OWNERS,
    mayNot: NOT_OWNERS,
  },
  ...(["triesUsed", "maxTries", "triesLeft", "locked"] as const).map((name) => ({
    field: `Response.${name}`,
    query: ATTEMPT(`responses { ${name} }`, "triesAttemptId"),
    may: OWNERS,
    mayNot: NOT_OWNERS,
  })),
  {
    field: "Feedback.teacherComment",
    query: ATTEMPT("responses { itemId feedback { teacherComment } }"),
    pick: (d, w) => feedbackOn(d.attempt, w.exerciseItemId, "teacherComment"),
    may: OWNERS,
    mayNot: NOT_OWNERS,
  },
  {
    field: "GET /api/assignments/:id/results.csv",
    route: (w) => `/api/assignments/${w.vars.assignmentId}/results.csv`,
    may: ["teacher"],
    mayNot: Object.fromEntries(ROLES.filter((r) => r !== "teacher").map((r) => [r, HTTP_404])),
  },
  {
    field: "GET /api/assignments/:id/misconceptions.csv",
    route: (w) => `/api/assignments/${w.vars.assignmentId}/misconceptions.csv`,
    may: ["teacher"],
    mayNot: Object.fromEntries(ROLES.filter((r) => r !== "teacher").map((r) => [r, HTTP_404])),
  },
  {
    field: "GET /api/me/export.json",
    route: () => `/api/me/export.json`,
    may: SIGNED_IN,
    mayNot: { anonymous: HTTP_401 },
  },
  {
    field: "GET /api/classes/:classId/students/:studentId/export.json",
    route: (w) => `/api/classes/${w.vars.classId}/students/${w.vars.studentId}/export.json`,
    may: OWNERS,
    mayNot: Object.fromEntries(ROLES.filter((r) => !OWNERS.includes(r)).map((r) => [r, HTTP_404])),
  },
  {
    field: "Mutation.assignLesson",
    query: `mutation($classId: ID!, $lessonSlug: String!) {
      assignLesson(classId: $classId, lessonSlug: $lessonSlug) { id } }`,
    may: ["teacher"],
    mayNot: NOT_TEACHER,
  },
  {
    field: "Mutation.updateAssignment",
    query: `mutation($assignmentId: ID!) {
      updateAssignment(assignmentId: $assignmentId, feedback: ON_SUBMIT) { feedback } }`,
    may: ["teacher"],
    mayNot: NOT_TEACHER,
  },
  {
    field: "Mutation.resetJoinCode",
    query: `mutation($classId: ID!) { resetJoinCode(classId: $classId) { joinCode } }`,
    may: ["teacher"],
    mayNot: NOT_TEACHER,
  },
  {
    field: "Mutation.resetSignInCode",
    // The duplicate's code: a new code signs its student out, and S's session is still needed.
    query: `mutation($classId: ID!, $duplicateId: ID!) {
      resetSignInCode(classId: $classId, studentId: $duplicateId) { signInCode } }`,
    may: ["teacher"],
    mayNot: NOT_TEACHER,
  },
  {
    // The world's class is not from an LMS: its teacher passes the policy and is told so.
    field: "Mutation.syncClassRoster",
    query: `mutation($classId: ID!) { syncClassRoster(classId: $classId) { added } }`,
    may: [],
    mayNot: { ...NOT_TEACHER, teacher: new Refusal("BAD_USER_INPUT") },
  },
  {
    field: "Mutation.scoreResponse",
    query: `mutation($exerciseResponseId: ID!, $topRubricScores: [RubricScoreInput!]) {
      scoreResponse(responseId: $exerciseResponseId, rubricScores: $topRubricScores, comment: "Well argued.") {
        feedback { teacherComment } } }`,
    may: ["teacher"],
    mayNot: NOT_TEACHER,
  },
  {
    field: "Mutation.startAttempt",
    query: `mutation($lessonSlug: String!, $assignmentId: ID) {
      startAttempt(lessonSlug: $lessonSlug, assignmentId: $assignmentId) { id } }`,
    may: ["student", "classmate"],
    mayNot: {
      anonymous: UNAUTHENTICATED,
      outsider: NOT_FOUND,
      teacher: FORBIDDEN,
      otherTeacher: FORBIDDEN,
    },
  },
  {
    field: "Mutation.saveResponse",
    query: `mutation($openAttemptId: ID!, $openItemId: ID!, $openAnswer: AnswerInput!) {
      saveResponse(attemptId: $openAttemptId, itemId: $openItemId, answer: $openAnswer, revision: 1) { id } }`,
    may: ["student"],
    mayNot: NOT_STUDENT,
  },
  {
    field: "Mutation.checkResponse",
    query: `mutation($triesAttemptId: ID!, $openItemId: ID!) {
      checkResponse(attemptId: $triesAttemptId, itemId: $openItemId, revision: 1) { triesUsed } }`,
    may: ["student"],
    mayNot: NOT_STUDENT,
  },
  {
    field: "Mutation.revealResponse",
    query: `mutation($triesAttemptId: ID!, $openItemId: ID!) {
      revealResponse(attemptId: $triesAttemptId, itemId: $openItemId) { locked } }`,
    may: ["student"],
    mayNot: NOT_STUDENT,
  },
  {
    field: "Mutation.submitAttempt",
    query: `mutation($attemptId: ID!) { submitAttempt(attemptId: $attemptId) { status } }`,
    may: ["student"],
    mayNot: NOT_STUDENT,
  },
  // A teacher's scratch attempt ("Try as a student"): the teacher's alone, never a student's.
  {
    field: "Query.attempt",
    via: "a teacher's scratch attempt",
    query: ATTEMPT("id scratch", "scratchAttemptId"),
    may: ["teacher"],
    mayNot: { ...NOT_OWNERS, student: null },
  },
  {
    field: "Mutation.startScratchAttempt",
    query: `mutation($lessonSlug: String!) { startScratchAttempt(lessonSlug: $lessonSlug) { id scratch } }`,
    may: ["teacher", "otherTeacher"],
    mayNot: {
      anonymous: UNAUTHENTICATED,
      student: FORBIDDEN,
      classmate: FORBIDDEN,
      outsider: FORBIDDEN,
    },
  },
  {
    field: "Mutation.saveResponse",
    via: "a teacher's scratch attempt",
    query: `mutation($scratchAttemptId: ID!, $openItemId: ID!, $openAnswer: AnswerInput!) {
      saveResponse(attemptId: $scratchAttemptId, itemId: $openItemId, answer: $openAnswer, revision: 2) { id } }`,
    may: ["teacher"],
    mayNot: { ...NOT_TEACHER, student: FORBIDDEN },
  },
  {
    field: "Mutation.submitAttempt",
    via: "a teacher's scratch attempt",
    query: `mutation($scratchAttemptId: ID!) { submitAttempt(attemptId: $scratchAttemptId) { status } }`,
    may: ["teacher"],
    mayNot: NOT_TEACHER,
  },
  // Teachers' undo: last, since the teacher's own call changes the world.
  {
    field: "Mutation.extendAssignment",
    query: `mutation($assignmentId: ID!, $studentId: ID!, $extendedDueAt: DateTimeISO!) {
      extendAssignment(assignmentId: $assignmentId, studentId: $studentId, dueAt: $extendedDueAt) { id } }`,
    may: ["teacher"],
    mayNot: NOT_TEACHER,
  },
  {
    field: "Mutation.renameStudent",
    query: `mutation($classId: ID!, $studentId: ID!) {
      renameStudent(classId: $classId, studentId: $studentId, displayName: "Sam (front row)") { displayName } }`,
    may: ["teacher"],
    mayNot: NOT_TEACHER,
  },
  {
    field: "Mutation.returnAttempt",
    query: `mutation($attemptId: ID!) {
      returnAttempt(attemptId: $attemptId, comment: "See me about paragraph 9.") { teacherComment } }`,
    may: ["teacher"],
    mayNot: NOT_TEACHER,
  },
  {
    field: "Mutation.reopenAttempts",
    query: `mutation($assignmentId: ID!) { reopenAttempts(assignmentId: $assignmentId) { id status } }`,
    may: ["teacher"],
    mayNot: NOT_TEACHER,
  },
  {
    field: "Mutation.reopenAttempt",
    query: `mutation($attemptId: ID!) { reopenAttempt(attemptId: $attemptId) { status } }`,
    may: ["teacher"],
    mayNot: NOT_TEACHER,
  },
  {
    field: "Mutation.retryGradeSync",
    query: `mutation($assignmentId: ID!) { retryGradeSync(assignmentId: $assignmentId) { pending failed } }`,
    may: ["teacher"],
    mayNot: NOT_TEACHER,
  },
  {
    field: "Mutation.mergeStudents",
    query: `mutation($classId: ID!, $studentId: ID!, $duplicateId: ID!) {
      mergeStudents(classId: $classId, studentId: $studentId, duplicateId: $duplicateId) { id } }`,
    may: ["teacher"],
    mayNot: NOT_TEACHER,
  },
  // Deleting: T's spare class, archived, emptied and deleted; then everyone's own account.
  {
    field: "Mutation.archiveClass",
    query: `mutation($spareClassId: ID!) { archiveClass(id: $spareClassId) { archived } }`,
    may: ["teacher"],
    mayNot: NOT_TEACHER,
  },
  {
    field: "Mutation.removeStudent",
    query: `mutation($spareClassId: ID!, $spareStudentId: ID!) {
      removeStudent(classId: $spareClassId, studentId: $spareStudentId) { ${DELETION_RESULT} } }`,
    may: ["teacher"],
    mayNot: NOT_TEACHER,
  },
  {
    field: "Mutation.deleteAssignment",
    query: `mutation($spareAssignmentId: ID!) { deleteAssignment(id: $spareAssignmentId) { ${DELETION_RESULT} } }`,
    may: ["teacher"],
    mayNot: NOT_TEACHER,
  },
  {
    field: "Mutation.deleteClass",
    query: `mutation($spareClassId: ID!) { deleteClass(id: $spareClassId) { ${DELETION_RESULT} } }`,
    may: ["teacher"],
    mayNot: NOT_TEACHER,
  },
  {
    // A teacher who still has classes deletes them first.
    field: "Mutation.deleteMyAccount",
    query: `mutation { deleteMyAccount { ${DELETION_RESULT} } }`,
    may: ["student", "classmate", "outsider"],
    mayNot: { anonymous: UNAUTHENTICATED, teacher: CONFLICT, otherTeacher: CONFLICT },
  },
];

type Outcome = { code: string | number } | { value: unknown };

async function probe(
  row: Row,
  server: { url: string },
  w: VisibilityWorld,
  role: Role,
): Promise<Outcome> {
  const headers = { "content-type": "application/json", ...w.auth[role] };
  if (row.route) {
    const response = await fetch(`${server.url}${row.route(w)}`, { headers });
    return response.status === 200 ? { value: await response.text() } : { code: response.status };
  }
  const body = JSON.stringify({ query: row.query, variables: w.vars });
  const response = await fetch(`${server.url}/graphql`, { method: "POST", headers, body });
  const { data, errors } = (await response.json()) as { data: any; errors?: any[] };
  if (errors) return { code: errors[0].extensions?.code };
  return { value: (row.pick ? row.pick(data, w) : Object.values(data)[0]) ?? null };
}

/** Something is seen when it is there all the way down: no null, no empty list. */
const shown = (value: unknown): boolean =>
  value !== null &&
  value !== undefined &&
  (Array.isArray(value)
    ? value.length > 0 && value.every(shown)
    : typeof value !== "object" || Object.values(value).every(shown));
const named = ROWS.map(
  (row) => [row.via ? `${row.field} (via ${row.via})` : row.field, row] as const,
);

describe("the visibility matrix", () => {
  it.each(named)("%s says for every role whether it may see", (_, row) => {
    expect([...row.may, ...Object.keys(row.mayNot)].toSorted()).toEqual([...ROLES].toSorted());
  });

  it("lists exactly the fields the schema marks with a policy (extensions.policy)", async () => {
    const schema = await buildAppSchema();
    const marked = Object.values(schema.getTypeMap())
      .filter((type) => isObjectType(type) || isInterfaceType(type))
      .flatMap((type) =>
        Object.values(type.getFields())
          .filter((field) => field.extensions?.policy)
          .map((field) => `${type.name}.${field.name}`),
      );
    const listed = new Set(ROWS.filter((row) => !row.route).map((row) => row.field));
    expect(marked.toSorted()).toEqual([...listed].toSorted());
  });
});

describe.each(DATABASE_KINDS)("who sees what, over HTTP, on %s", (kind) => {
  const suite = serveForSuite(kind);
  let world: VisibilityWorld;
  beforeAll(async () => {
    world = await buildVisibilityWorld(suite.server);
    await linkAssignmentForGrades(suite.database.pool, world.vars.assignmentId);
  });

  describe.each(named)("%s", (_, row) => {
    const roles = ROLES.map(
      (role) => [role, row.may.includes(role) ? "sees it" : "does not"] as const,
    );
    it.each(roles)("%s %s", async (role) => {
      const outcome = await probe(row, suite.server, world, role);
      if (row.may.includes(role)) {
        expect(outcome).not.toHaveProperty("code");
        expect(shown((outcome as { value: unknown }).value), JSON.stringify(outcome)).toBe(true);
      } else {
        const denied = row.mayNot[role];
        expect(outcome).toEqual(
          denied instanceof Refusal ? { code: denied.code } : { value: denied },
        );
      }
    });
  });
});
