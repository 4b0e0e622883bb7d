import { CLASSROOM, IN_CLASS, NOT_TEACHER, OUTSIDE, type Row } from "./row.js";

/**
 * The live classroom over HTTP (its subscriptions are refused the same way over WebSocket:
 * test/server/modules/live/). The pause is undone by the row after it, so the world's class
 * takes answers again for the rows that follow.
 */
export const LIVE_ROWS: Row[] = [
  { field: "Classroom.paused", query: CLASSROOM("paused"), may: IN_CLASS, mayNot: OUTSIDE },
  {
    field: "Query.assignmentActivitySnapshot",
    query: `query($assignmentId: ID!) { assignmentActivitySnapshot(assignmentId: $assignmentId) { paused } }`,
    may: ["teacher"],
    mayNot: NOT_TEACHER,
  },
  {
    field: "Mutation.pauseClass",
    query: `mutation($classId: ID!) { pauseClass(classId: $classId) }`,
    may: ["teacher"],
    mayNot: NOT_TEACHER,
  },
  {
    field: "Mutation.resumeClass",
    query: `mutation($classId: ID!) { resumeClass(classId: $classId) }`,
    may: ["teacher"],
    mayNot: NOT_TEACHER,
  },
  {
    field: "Mutation.openFeedbackNow",
    query: `mutation($assignmentId: ID!) { openFeedbackNow(assignmentId: $assignmentId) { id } }`,
    may: ["teacher"],
    mayNot: NOT_TEACHER,
  },
];
