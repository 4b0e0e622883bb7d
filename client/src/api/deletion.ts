import { request } from "./client.js";
import { graphql } from "./generated/gql.js";

// Deleting is for good: each mutation answers how many rows of each kind went.

const RemoveStudent = graphql(`
  mutation RemoveStudent($classId: ID!, $studentId: ID!) {
    removeStudent(classId: $classId, studentId: $studentId) { students attempts responses }
  }
`);

const DeleteAssignment = graphql(`
  mutation DeleteAssignment($id: ID!) {
    deleteAssignment(id: $id) { assignments attempts responses }
  }
`);

const ArchiveClass = graphql(`
  mutation ArchiveClass($id: ID!) {
    archiveClass(id: $id) { id archived }
  }
`);

const RestoreClass = graphql(`
  mutation RestoreClass($id: ID!) {
    restoreClass(id: $id) { id archived }
  }
`);

const DeleteClass = graphql(`
  mutation DeleteClass($id: ID!) {
    deleteClass(id: $id) { classes students assignments attempts responses }
  }
`);

const DeleteMyAccount = graphql(`
  mutation DeleteMyAccount {
    deleteMyAccount { accounts attempts responses }
  }
`);

export const removeStudent = async (classId: string, studentId: string) =>
  (await request(RemoveStudent, { classId, studentId })).removeStudent;
export const deleteAssignment = async (id: string) =>
  (await request(DeleteAssignment, { id })).deleteAssignment;
export const archiveClass = async (id: string) => void (await request(ArchiveClass, { id }));
export const restoreClass = async (id: string) => void (await request(RestoreClass, { id }));
export const deleteClass = async (id: string) => (await request(DeleteClass, { id })).deleteClass;
export const deleteMyAccount = async () => (await request(DeleteMyAccount)).deleteMyAccount;
