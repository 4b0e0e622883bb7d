import { ATTEMPT, NOT_OWNERS, OWNERS, feedbackOn, type Row } from "./row.js";

/** Who sees an attempt, its responses and their feedback. */
export const ATTEMPTS_ROWS: Row[] = [
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
];
