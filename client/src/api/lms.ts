import { request } from "./client.js";
import { graphql } from "./generated/gql.js";

// A teacher's class from an LMS course (LTI): its roster, synced from the course.

/** Syncs an LMS-linked class from the course's roster: who was added, renamed, marked inactive, back. */
const TeacherSyncClassRoster = graphql(`
  mutation TeacherSyncClassRoster($classId: ID!) {
    syncClassRoster(classId: $classId) { added updated markedInactive reactivated }
  }
`);

export const syncClassRoster = async (classId: string) =>
  (await request(TeacherSyncClassRoster, { classId })).syncClassRoster;
