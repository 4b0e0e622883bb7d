import type { TrustProxy } from "../../server/src/http/client-address.js";
import { afterAll, beforeAll } from "vitest";
import type { LiveLimits } from "../../server/src/http/live-socket.js";
import { assign, joinAsNewStudent, newClass, newTeacher } from "./classroom.js";
import { type DatabaseKind, type TestDatabase } from "./databases.js";
import { createPreparedTestDatabase } from "./prepared-databases.js";
import { startTestServer, type TestServer } from "./server.js";
import { firstLessonWork } from "./student-work.js";

export const SNAPSHOT = `query($a: ID!, $after: ID) { assignmentActivitySnapshot(assignmentId: $a, after: $after) {
  paused lastEventId events { id kind studentId } cells { id kind itemId correct } students { id kind studentId } } }`;

/**
 * A server with subscriptions on a fresh database of `kind` for the enclosing describe block:
 * started before its tests, stopped after them.
 */
export function liveServer(
  kind: DatabaseKind,
  limits: Partial<LiveLimits>,
  options: { trustProxy?: TrustProxy } = {},
) {
  const world = {} as { database: TestDatabase; server: TestServer };
  beforeAll(async () => {
    world.database = await createPreparedTestDatabase(kind);
    world.server = await startTestServer(world.database.pool, {
      subscriptions: { listen: world.database.listen, limits },
      trustProxy: options.trustProxy,
    });
  });
  afterAll(async () => {
    await world.server?.close();
    await world.database?.close();
  });
  return world;
}

/** A teacher, their class assigned the first lesson, and a student of it. */
export async function classWithWork(server: TestServer) {
  const teacher = await newTeacher(server);
  const klass = await newClass(server, teacher.auth);
  const { slug, work } = await firstLessonWork(server);
  const assignment = await assign(server, teacher.auth, klass.id, slug);
  const student = await joinAsNewStudent(server, klass.joinCode, "Ana");
  return { teacher, klass, assignment, student, work };
}

/** The same, the student's attempt at the assignment started. */
export async function classWithAttempt(server: TestServer) {
  const found = await classWithWork(server);
  const attempt = await found.work.start(found.student.auth, found.assignment.id);
  return { ...found, attempt };
}
