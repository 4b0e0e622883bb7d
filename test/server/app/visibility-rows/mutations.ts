import {
  ATTEMPT,
  FORBIDDEN,
  NOT_FOUND,
  NOT_OWNERS,
  NOT_STUDENT,
  NOT_TEACHER,
  Refusal,
  UNAUTHENTICATED,
  type Row,
} from "./row.js";

/** Who may change what: every other caller is refused and nothing changes. In order: the teachers' undo comes last, since the teacher's own call changes the world. */
export const MUTATIONS_ROWS: Row[] = [
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
];
