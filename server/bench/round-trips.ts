// SQL round trips per read as the number of children grows: paragraphs of a document,
// questions of a lesson, students of an assignment. Counted on a private in-process server.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { openDatabase, type Pool, withTransaction } from "../src/core/database.js";
import { createScratchDatabase } from "../../test/support/scratch-database.js";
import { countQueries } from "../../test/support/query-counter.js";
import { prepareDatabase } from "../src/app/startup.js";
import { buildAppSchema } from "../src/app/schema.js";
import { createApp } from "../src/http/app.js";
import { importDocument } from "../src/content/documents/document-import.service.js";
import { parseExport } from "../src/content/documents/export-parser.js";
import { gql, ROOT } from "./harness.js";

export interface RoundTrips {
  paragraphs: Array<[number, number]>;
  questions: Array<[number, number]>;
  students: Array<[number, number]>;
}

function syntheticExport(paragraphs: number): string {
  const body = Array.from(
    { length: paragraphs },
    (_, i) => `Paragraph ${i + 1} names Cde. Kim Il Sung [sic] and [Mao].`,
  ).join("\n\n");
  return `January 1, 1958\n\n**Benchmark export with ${paragraphs} paragraphs**\n\nContents:\n\nEnglish Translation\n\n${body}\n`;
}

/**
 * Round trips of a read once the per-version caches are filled: an import bumps the content
 * version, and servers notice within a second, so the read is warmed on both sides of that.
 */
async function counted(pool: Pool, run: () => Promise<unknown>): Promise<number> {
  await run();
  await new Promise((resolve) => setTimeout(resolve, 1_100));
  await run();
  return (await countQueries(pool, run)).queries;
}

export async function benchRoundTrips(adminUrl: string): Promise<RoundTrips> {
  const { url, drop } = await createScratchDatabase(adminUrl, "bench_rt");
  const database = await openDatabase({ databaseUrl: url, dataDir: "" });
  const { handler, stop } = await (async () => {
    await prepareDatabase(database.pool, { lessonsDir: `${ROOT}lessons` });
    return createApp({
      schema: await buildAppSchema(),
      pool: database.pool,
      clientDir: "/nonexistent",
    });
  })();
  const server = http.createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  try {
    // A signed-in reader: anonymous repeats would come from the cache of public reads with no SQL at all.
    const reader = (
      await gql(base, `mutation { startGuestSession(displayName: "Bench reader") { token } }`)
    ).startGuestSession.token;
    const paragraphs: Array<[number, number]> = [];
    for (const n of [1, 10, 100]) {
      const { slug } = await withTransaction(database.pool, (client) =>
        importDocument(client, parseExport(syntheticExport(n))),
      );
      const query = `{ document(slug: "${slug}") { paragraphs { number text authorText notes { kind quote explanation } people { name } } } }`;
      paragraphs.push([n, await counted(database.pool, () => gql(base, query, {}, reader))]);
    }
    const { lessons } = await gql<{
      lessons: Array<{
        slug: string;
        steps: Array<{ questionSet: { questions: unknown[] } | null }>;
      }>;
    }>(base, `{ lessons { slug steps { questionSet { questions { id } } } } }`);
    const questions: Array<[number, number]> = [];
    for (const lesson of lessons) {
      const count = lesson.steps.reduce(
        (sum, step) => sum + (step.questionSet?.questions.length ?? 0),
        0,
      );
      const query = `{ lesson(slug: "${lesson.slug}") { steps { questionSet { questions { id prompt ... on ChoiceQuestion { choices { id text } } ... on OrderingQuestion { items { id } } } } exercise { rubric { levels { score } } } } } }`;
      questions.push([count, await counted(database.pool, () => gql(base, query, {}, reader))]);
    }
    const students: Array<[number, number]> = [];
    for (const n of [1, 10, 100]) students.push([n, await assignmentView(base, database.pool, n)]);
    return { paragraphs, questions, students };
  } finally {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    await stop();
    await database.close();
    await drop();
  }
}

/** A class of n students who each answered one question; the SQL round trips of the teacher's view. */
async function assignmentView(base: string, pool: Pool, n: number): Promise<number> {
  const teacher = (
    await gql(
      base,
      `mutation($e: String!) { signUpTeacher(email: $e, password: "benchmark password", displayName: "Bench") { token } }`,
      {
        e: `bench-${n}-${Date.now()}@school.example`,
      },
    )
  ).signUpTeacher.token;
  const room = (
    await gql(base, `mutation { createClass(name: "Bench") { id joinCode } }`, {}, teacher)
  ).createClass;
  const assignment = (
    await gql(
      base,
      `mutation($c: ID!) { assignLesson(classId: $c, lessonSlug: "sourcing-the-record") { id } }`,
      { c: room.id },
      teacher,
    )
  ).assignLesson;
  for (let i = 0; i < n; i++) {
    const student = (
      await gql(
        base,
        `mutation($c: String!) { joinClass(joinCode: $c, displayName: "Student") { token } }`,
        { c: room.joinCode },
      )
    ).joinClass.token;
    await gql(
      base,
      `mutation($a: ID) { startAttempt(lessonSlug: "sourcing-the-record", assignmentId: $a) { id } }`,
      { a: assignment.id },
      student,
    );
  }
  const view = `query($id: ID!) { assignment(id: $id) { attempts { status score student { displayName signInCode } responses { answer { text } feedback { score } } }
    itemStatistics { itemId facility discrimination criteria { facility } } review { items { prompt choices { text correct } exemplars { title } } } } }`;
  return counted(pool, () => gql(base, view, { id: assignment.id }, teacher));
}
