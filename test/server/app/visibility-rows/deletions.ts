import { NOT_TEACHER, Refusal, type Row, UNAUTHENTICATED } from "./row.js";

const CONFLICT = new Refusal("CONFLICT");
const DELETION_RESULT = `accounts classes students assignments attempts responses`;

/** Deleting: T's spare class, archived, emptied and deleted; then everyone's own account. */
export const DELETION_ROWS: Row[] = [
  {
    // Before archiving, so that it changes nothing and the class is archived for what follows.
    field: "Mutation.restoreClass",
    query: `mutation($spareClassId: ID!) { restoreClass(id: $spareClassId) { archived } }`,
    may: ["teacher"],
    mayNot: NOT_TEACHER,
  },
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
