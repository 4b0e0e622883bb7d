// A whole grade autosaving: students split over two server processes on one PostgreSQL, each
// saving an answer every two seconds (±25 % jitter, a class's pace) for a minute. Reports p50/p99
// latency, failed saves, and lost saves: every student's attempt is read back through the other
// server and each item's stored revision compared with the last one the student was told was saved.
import { gql, percentile } from "./harness.js";
import { type Item, lessonItems, save, type Student, startStudent } from "./autosave.js";

export interface GradeAutosaveResult {
  students: number;
  saves: number;
  seconds: number;
  p50: number;
  p99: number;
  failed: number;
  /** Why saves failed, by message. */
  errors: Record<string, number>;
  lost: number;
}

const READ_BACK = /* GraphQL */ `
  query ($id: ID!) {
    attempt(id: $id) {
      responses {
        itemId
        revision
      }
    }
  }
`;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Makes `count` students, n-th through servers[n % servers.length], a few at a time; each 50 of
 * them join from one school's address in the district `district`.
 */
export async function startStudents(
  servers: readonly string[],
  slug: string,
  count: number,
  prefix: string,
  district: number,
): Promise<Student[]> {
  const school = (n: number) => `10.${district}.${Math.floor(n / 50)}.1`;
  const students: Student[] = [];
  for (let n = 0; n < count; n += 20) {
    const batch = Array.from({ length: Math.min(20, count - n) }, (_, i) => n + i);
    students.push(
      ...(await Promise.all(
        batch.map((k) =>
          startStudent(servers[k % servers.length]!, slug, `${prefix} ${k + 1}`, school(k)),
        ),
      )),
    );
  }
  return students;
}

/** Saves every item of the lesson a few times on each server: JIT and caches in steady state. */
export async function warmUp(servers: readonly string[], slug: string, items: Item[]) {
  for (const url of servers) {
    const student = await startStudent(url, slug, "Warm-up", "10.255.0.1");
    for (let revision = 1; revision <= 5; revision++)
      await Promise.all(items.map((item) => save(url, student, item, revision)));
  }
}

export async function benchGradeAutosave(
  servers: readonly [string, string],
  options: { students: number; seconds: number; intervalMs?: number },
): Promise<GradeAutosaveResult> {
  const interval = options.intervalMs ?? 2_000;
  const { slug, items } = await lessonItems(servers[0]);
  const students = await startStudents(servers, slug, options.students, "Student", 1);
  await warmUp(servers, slug, items);
  const latencies: number[] = [];
  const acknowledged = students.map(() => new Map<string, number>());
  let failed = 0;
  const errors: Record<string, number> = {};
  const started = performance.now();
  const end = started + options.seconds * 1000;
  await Promise.all(
    students.map(async (student, n) => {
      const url = servers[n % 2]!;
      let next = started + Math.random() * interval;
      for (let revision = 1; ; revision++) {
        await sleep(Math.max(0, next - performance.now()));
        if (performance.now() >= end) return;
        const item = items[(n + revision) % items.length]!;
        const t0 = performance.now();
        try {
          await save(url, student, item, revision);
          acknowledged[n]!.set(item.id, revision);
        } catch (error) {
          failed++;
          const message = (error as Error).message;
          errors[message] = (errors[message] ?? 0) + 1;
        }
        latencies.push(performance.now() - t0);
        next += interval * (0.75 + Math.random() * 0.5);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  let lost = 0;
  for (let n = 0; n < students.length; n += 20) {
    const reads = students.slice(n, n + 20).map(async (student, i) => {
      const { attempt } = await gql(
        servers[(n + i + 1) % 2]!,
        READ_BACK,
        { id: student.attemptId },
        student.token,
      );
      const stored = new Map<string, number>(
        attempt.responses.map((r: { itemId: string; revision: number }) => [r.itemId, r.revision]),
      );
      for (const [itemId, revision] of acknowledged[n + i]!)
        if (stored.get(itemId) !== revision) lost++;
    });
    await Promise.all(reads);
  }
  return {
    students: students.length,
    saves: latencies.length,
    seconds,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    failed,
    errors,
    lost,
  };
}
