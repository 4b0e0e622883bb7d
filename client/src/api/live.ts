import { request } from "./client.js";
import { graphql } from "./generated/gql.js";
import type {
  LiveEventFieldsFragment,
  LiveRisingMisconceptionsQuery,
  LiveSnapshotQuery,
} from "./generated/graphql.js";

// Declared for codegen only: the snapshot and the teacher's stream spread it.
graphql(`
  fragment LiveEventFields on ActivityEvent { id kind studentId attemptId itemId at correct }
`);

const LiveSnapshot = graphql(`
  query LiveSnapshot($assignmentId: ID!, $after: ID) {
    assignmentActivitySnapshot(assignmentId: $assignmentId, after: $after) {
      paused lastEventId
      students { ...LiveEventFields }
      cells { ...LiveEventFields }
      events { ...LiveEventFields }
    }
  }
`);

/** The teacher's stream of an assignment's events (over the WebSocket: api/live-socket.ts). */
export const LiveAssignmentActivity = graphql(`
  subscription LiveAssignmentActivity($assignmentId: ID!, $after: ID) {
    assignmentActivity(assignmentId: $assignmentId, after: $after) { ...LiveEventFields }
  }
`);

/** A student's stream of what changes for their own attempt. */
export const LiveAttemptUpdates = graphql(`
  subscription LiveAttemptUpdates($attemptId: ID!, $after: ID) {
    myAttemptUpdates(attemptId: $attemptId, after: $after) { id kind attemptId itemId at }
  }
`);

const LivePauseClass = graphql(`
  mutation LivePauseClass($classId: ID!) { pauseClass(classId: $classId) }
`);

const LiveResumeClass = graphql(`
  mutation LiveResumeClass($classId: ID!) { resumeClass(classId: $classId) }
`);

const LiveOpenFeedbackNow = graphql(`
  mutation LiveOpenFeedbackNow($assignmentId: ID!) {
    openFeedbackNow(assignmentId: $assignmentId) { id feedback }
  }
`);

const LiveRisingMisconceptions = graphql(`
  query LiveRisingMisconceptions($assignmentId: ID!, $minutes: Int) {
    assignment(id: $assignmentId) {
      id
      risingMisconceptions(minutes: $minutes) {
        misconception { id name belief reteach }
        recentStudentCount
        recentStudents { studentId name }
        earlierStudentCount
        items { itemId number prompt }
      }
    }
  }
`);

export type LiveEvent = LiveEventFieldsFragment;
export type LiveSnapshot = LiveSnapshotQuery["assignmentActivitySnapshot"];
export type RisingMisconception = NonNullable<
  LiveRisingMisconceptionsQuery["assignment"]
>["risingMisconceptions"][number];

/** The assignment's live state, and its events after `after` (the polling fallback reads this too). */
export const fetchLiveSnapshot = async (assignmentId: string, after: string | null) =>
  (await request(LiveSnapshot, { assignmentId, after })).assignmentActivitySnapshot;

export const pauseClass = async (classId: string) =>
  (await request(LivePauseClass, { classId })).pauseClass;

export const resumeClass = async (classId: string) =>
  (await request(LiveResumeClass, { classId })).resumeClass;

export const openFeedbackNow = async (assignmentId: string) =>
  (await request(LiveOpenFeedbackNow, { assignmentId })).openFeedbackNow;

/** The misconceptions rising in the class over the last `minutes` (the class's teacher only). */
export const fetchRisingMisconceptions = async (assignmentId: string, minutes: number) =>
  (await request(LiveRisingMisconceptions, { assignmentId, minutes })).assignment
    ?.risingMisconceptions ?? [];
