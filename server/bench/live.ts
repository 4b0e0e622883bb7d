// The live classroom under a class's load: students autosave an assigned lesson across two server
// processes on one PostgreSQL while each teacher watches their class's assignment on both servers
// over WebSocket. Reports the latency from the event's row (written in the saving transaction,
// just before its commit) to each teacher's socket, events lost or duplicated after dedup by id,
// and the autosave latency meanwhile (compare item 6).
import { createClient } from "graphql-ws";
import WebSocket from "ws";
import { type Item, lessonItems, save, type Student } from "./autosave.js";
import { gql, percentile } from "./harness.js";

export interface LiveBenchResult {
  students: number;
  watchers: number;
  saves: number;
  failed: number;
  /** Why saves failed, by message. */
  errors: Record<string, number>;
  events: number;
  p50: number;
  p99: number;
  lost: number;
  duplicates: number;
  autosaveP50: number;
  autosaveP99: number;
  /** The same autosaving with no teacher watching. */
  baselineP50: number;
  baselineP99: number;
}

const ACTIVITY = `subscription($a: ID!) { assignmentActivity(assignmentId: $a) { id kind at } }`;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Watcher {
  assignment: number;
  received: Array<{ id: string; latency: number }>;
  dispose(): void;
}

function watch(url: string, token: string, assignmentId: string, assignment: number): Watcher {
  const received: Watcher["received"] = [];
  const client = createClient({
    url: `${url.replace(/^http/, "ws")}/graphql`,
    webSocketImpl: WebSocket,
    connectionParams: { token },
    retryAttempts: 0,
  });
  const stop = client.subscribe<{ assignmentActivity: { id: string; at: string } }>(
    { query: ACTIVITY, variables: { a: assignmentId } },
    {
      next: ({ data }) => {
        const event = data!.assignmentActivity;
        received.push({ id: event.id, latency: Date.now() - Date.parse(event.at) });
      },
      error: (error) => console.error(`live bench: subscription failed: ${String(error)}`),
      complete: () => {},
    },
  );
  return { assignment, received, dispose: () => (stop(), void client.dispose()) };
}

async function classOf(url: string, slug: string, students: number, n: number) {
  const teacher = (
    await gql(
      url,
      `mutation($e: String!) { signUpTeacher(email: $e, password: "correct horse battery", displayName: "Bench") { token } }`,
      { e: `bench-live-${n}-${Date.now()}@school.example` },
    )
  ).signUpTeacher.token as string;
  const klass = (
    await gql(url, `mutation { createClass(name: "Live") { id joinCode } }`, {}, teacher)
  ).createClass;
  const assignmentId = (
    await gql(
      url,
      `mutation($c: ID!, $l: String!) { assignLesson(classId: $c, lessonSlug: $l) { id } }`,
      { c: klass.id, l: slug },
      teacher,
    )
  ).assignLesson.id as string;
  const joined: Student[] = [];
  for (let k = 0; k < students; k++) {
    const token = (
      await gql(
        url,
        `mutation($c: String!, $n: String!) { joinClass(joinCode: $c, displayName: $n) { token } }`,
        {
          c: klass.joinCode,
          n: `Student ${n}.${k}`,
        },
      )
    ).joinClass.token as string;
    const attemptId = (
      await gql(
        url,
        `mutation($s: String!, $a: ID) { startAttempt(lessonSlug: $s, assignmentId: $a) { id } }`,
        { s: slug, a: assignmentId },
        token,
      )
    ).startAttempt.id as string;
    joined.push({ token, attemptId });
  }
  return { teacher, assignmentId, students: joined };
}

/** `students` split over two classes (one teacher each), every teacher watching on both servers. */
export async function benchLive(
  servers: readonly [string, string],
  query: (sql: string, values?: unknown[]) => Promise<Array<Record<string, unknown>>>,
  options: { students: number; seconds: number; intervalMs?: number },
): Promise<LiveBenchResult> {
  const interval = options.intervalMs ?? 2_000;
  const { slug, items } = await lessonItems(servers[0]);
  const classes = [
    await classOf(servers[0], slug, options.students / 2, 0),
    await classOf(servers[1], slug, options.students / 2, 1),
  ];
  const everyone = classes.flatMap((c) => c.students);
  // The same autosaving first with nobody watching: the baseline the watched run is compared with.
  const baseline = await autosave(servers, everyone, items, options.seconds, interval, 1);
  const watchers = classes.flatMap((c, n) =>
    servers.map((url) => watch(url, c.teacher, c.assignmentId, n)),
  );
  await sleep(1_000);
  const startId = Number(
    (await query(`SELECT COALESCE(max(id), 0) AS "max" FROM activity_events`))[0]!.max,
  );
  for (const w of watchers) w.received.length = 0;
  // Revisions go on from where the baseline stopped (an EVIDENCE answer grows with the revision).
  const watched = await autosave(servers, everyone, items, options.seconds, interval, 100);
  await sleep(2_000);
  for (const w of watchers) w.dispose();
  const committed = await query(
    `SELECT e.id::text AS "id", e.assignment_id::text AS "assignment" FROM activity_events e WHERE e.id > $1`,
    [startId],
  );
  const decode = (id: string) => Buffer.from(id, "base64url").toString().split(":")[1]!;
  const assignmentKeys = classes.map((c) => decode(c.assignmentId));
  let lost = 0;
  let duplicates = 0;
  const eventLatencies: number[] = [];
  for (const w of watchers) {
    const ids = w.received.map((r) => decode(r.id));
    const unique = new Set(ids);
    duplicates += ids.length - unique.size;
    for (const row of committed)
      if (row.assignment === assignmentKeys[w.assignment] && !unique.has(row.id as string)) lost++;
    eventLatencies.push(...w.received.map((r) => r.latency));
  }
  return {
    students: everyone.length,
    watchers: watchers.length,
    saves: watched.saves,
    failed: watched.failed,
    errors: { ...baseline.errors, ...watched.errors },
    events: committed.length,
    p50: percentile(eventLatencies, 50),
    p99: percentile(eventLatencies, 99),
    lost,
    duplicates,
    autosaveP50: percentile(watched.latencies, 50),
    autosaveP99: percentile(watched.latencies, 99),
    baselineP50: percentile(baseline.latencies, 50),
    baselineP99: percentile(baseline.latencies, 99),
  };
}

/** Each student saves an answer every `interval` (±25 %) for `seconds`, revisions from `first`. */
async function autosave(
  servers: readonly [string, string],
  students: Student[],
  items: Item[],
  seconds: number,
  interval: number,
  first: number,
) {
  const latencies: number[] = [];
  let saves = 0;
  let failed = 0;
  const errors: Record<string, number> = {};
  const started = performance.now();
  const end = started + seconds * 1000;
  await Promise.all(
    students.map(async (student, n) => {
      const url = servers[n % 2]!;
      let next = started + Math.random() * interval;
      for (let revision = first; ; revision++) {
        await sleep(Math.max(0, next - performance.now()));
        if (performance.now() >= end) return;
        const item = items[(n + revision) % items.length]!;
        const t0 = performance.now();
        try {
          await save(url, student, item, revision);
          saves++;
        } catch (error) {
          failed++;
          errors[(error as Error).message] = (errors[(error as Error).message] ?? 0) + 1;
        }
        latencies.push(performance.now() - t0);
        next += interval * (0.75 + Math.random() * 0.5);
      }
    }),
  );
  return { latencies, saves, failed, errors };
}
