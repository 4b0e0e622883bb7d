import { request } from "./client.js";
import { graphql } from "./generated/gql.js";

/** How an LMS-linked assignment's scores stand with the LMS gradebook (null: not linked). */
const TeacherGradeSyncQuery = graphql(`
  query TeacherGradeSync($id: ID!) {
    assignment(id: $id) {
      id
      gradeSync { pending failed sent lastError lastSentAt }
    }
  }
`);

const TeacherRetryGradeSync = graphql(`
  mutation TeacherRetryGradeSync($id: ID!) {
    retryGradeSync(assignmentId: $id) { pending failed sent lastError lastSentAt }
  }
`);

export interface GradeSyncState {
  pending: number;
  failed: number;
  sent: number;
  lastError: string | null;
  lastSentAt: string | null;
}

export async function fetchGradeSync(id: string): Promise<GradeSyncState | null> {
  return (await request(TeacherGradeSyncQuery, { id })).assignment?.gradeSync ?? null;
}

export async function retryGradeSync(id: string): Promise<GradeSyncState> {
  return (await request(TeacherRetryGradeSync, { id })).retryGradeSync;
}
