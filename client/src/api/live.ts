import { createClient } from "graphql-ws";
import { request } from "./client.js";
import { frameToken } from "./frame-token.js";
import { graphql } from "./generated/gql.js";
import type { LiveActivitySnapshotQuery } from "./generated/graphql.js";

const Snapshot = graphql(`
  query LiveActivitySnapshot($id: ID!, $after: ID) {
    assignmentActivitySnapshot(assignmentId: $id, after: $after) {
      paused
      lastEventId
      students { id kind studentId itemId at correct }
      cells { id kind studentId itemId at correct }
      events { id kind studentId itemId at correct }
    }
  }
`);

const Pause = graphql(`
  mutation LivePauseClass($classId: ID!) {
    pauseClass(classId: $classId)
  }
`);

const Resume = graphql(`
  mutation LiveResumeClass($classId: ID!) {
    resumeClass(classId: $classId)
  }
`);

// Subscriptions go over WebSocket, which the generated HTTP client does not speak.
const ACTIVITY = `subscription LiveActivity($id: ID!, $after: ID) {
  assignmentActivity(assignmentId: $id, after: $after) { id kind studentId itemId at correct } }`;

export type LiveSnapshot = LiveActivitySnapshotQuery["assignmentActivitySnapshot"];
export type LiveEvent = LiveSnapshot["events"][number];

/** The live state of an assignment (also the polling fallback): events after `after`. */
export async function fetchLiveSnapshot(id: string, after: string | null): Promise<LiveSnapshot> {
  return (await request(Snapshot, { id, after })).assignmentActivitySnapshot;
}

/** Pauses (true) or resumes (false) the teacher's class. */
export async function setClassPaused(classId: string, paused: boolean): Promise<boolean> {
  return paused
    ? (await request(Pause, { classId })).pauseClass
    : (await request(Resume, { classId })).resumeClass;
}

/**
 * The assignment's events over WebSocket, from after `after`. `onLost` is called once if the
 * socket cannot open or drops (blocked by a proxy, the server restarting): poll instead.
 * Returns the function that stops it.
 */
export function streamLiveActivity(
  id: string,
  after: string | null,
  handlers: { onEvent(event: LiveEvent): void; onLost(): void },
): () => void {
  const url = `${location.protocol === "https:" ? "wss" : "ws"}://${location.host}/graphql`;
  const token = frameToken();
  let lost = false;
  const lose = () => {
    if (lost) return;
    lost = true;
    handlers.onLost();
  };
  const client = createClient({
    url,
    connectionParams: token ? { token } : {},
    retryAttempts: 0,
    lazy: true,
    on: { closed: lose },
  });
  const stop = client.subscribe<{ assignmentActivity: LiveEvent }>(
    { query: ACTIVITY, variables: { id, after } },
    {
      next: ({ data }) => data && handlers.onEvent(data.assignmentActivity),
      error: lose,
      complete: lose,
    },
  );
  return () => {
    lost = true;
    stop();
    void client.dispose();
  };
}
