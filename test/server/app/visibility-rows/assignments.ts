import { ROLES, type Role, type VisibilityWorld } from "../../../support/visibility-world.js";
import {
  ASSIGNMENT,
  CLASSROOM,
  FORBIDDEN,
  HTTP_404,
  IN_CLASS,
  OUTSIDE,
  OWNERS,
  UNAUTHENTICATED,
  only,
  type Row,
} from "./row.js";

/** Who sees an assignment, its results and their exports. */
export const ASSIGNMENTS_ROWS: Row[] = [
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
    field: "Assignment.risingMisconceptions",
    query: ASSIGNMENT("risingMisconceptions { misconception { id } recentStudents { name } }"),
    may: ["teacher"],
    mayNot: {
      ...OUTSIDE,
      student: { risingMisconceptions: [] },
      classmate: { risingMisconceptions: [] },
    },
  },
  {
    field: "Assignment.review",
    query: ASSIGNMENT("review { items { itemId } }"),
    may: ["teacher"],
    mayNot: { ...OUTSIDE, student: { review: null }, classmate: { review: null } },
  },
  { field: "Assignment.counts", query: ASSIGNMENT("counts"), may: IN_CLASS, mayNot: OUTSIDE },
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
];
