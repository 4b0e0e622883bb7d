// 40 students autosaving at once: each saves 5 revisions of every item of a lesson. Reports
// throughput, p50/p99 latency, failures, and whether every last revision was stored. Also what
// the other autosave benchmarks share: a lesson's items, guest students, a save of each kind.
import { gql, percentile } from "./harness.js";

const LESSON = /* GraphQL */ `
  query ($slug: String!) {
    lesson(slug: $slug) {
      steps {
        questionSet {
          questions {
            id
            kind
            ... on ChoiceQuestion {
              choices {
                id
              }
            }
            ... on OrderingQuestion {
              items {
                id
              }
            }
            ... on MatchingQuestion {
              left {
                id
              }
              right {
                id
              }
            }
          }
        }
        exercise {
          id
          claims {
            id
          }
        }
      }
    }
  }
`;
const SAVE = /* GraphQL */ `
  mutation ($a: ID!, $i: ID!, $x: AnswerInput!, $r: Int!) {
    saveResponse(attemptId: $a, itemId: $i, answer: $x, revision: $r) {
      revision
    }
  }
`;

export interface Item {
  id: string;
  kind: string;
  choices?: Array<{ id: string }>;
  items?: Array<{ id: string }>;
  left?: Array<{ id: string }>;
  right?: Array<{ id: string }>;
  claims?: Array<{ id: string }>;
}

/** A valid answer of the item's kind that changes with the revision. */
export function answerFor(item: Item, revision: number): Record<string, unknown> {
  switch (item.kind) {
    case "SINGLE_CHOICE":
    case "MULTIPLE_CHOICE":
      return { choiceIds: [item.choices![revision % item.choices!.length]!.id] };
    case "SHORT_ANSWER":
    case "REFLECTION":
      return { text: `Draft ${revision}` };
    case "ATTRIBUTION":
      return { attributions: [] };
    case "ORDERING":
      return { order: item.items!.map((i) => i.id).reverse() };
    case "MATCHING":
      return {
        pairs: item.left!.map((l, i) => ({
          leftId: l.id,
          rightId: item.right![(i + revision) % item.right!.length]!.id,
        })),
      };
    case "EVIDENCE":
      return { evidence: [{ paragraphNumber: 9, start: 0, end: 40 + revision }] };
    default:
      return {
        evidence: [{ paragraphNumber: 9 }],
        text: `Reasoning draft ${revision}.`,
        ...(item.claims!.length ? { claimId: item.claims![0]!.id } : {}),
      };
  }
}

export interface Student {
  token: string;
  attemptId: string;
}

/** The items (questions and exercises) of the first lesson, with what answers to them need. */
export async function lessonItems(url: string): Promise<{ slug: string; items: Item[] }> {
  const { lessons } = await gql<{ lessons: Array<{ slug: string }> }>(url, `{ lessons { slug } }`);
  const slug = lessons[0]!.slug;
  const lesson = (await gql(url, LESSON, { slug })).lesson;
  const items: Item[] = lesson.steps.flatMap(
    (s: any) =>
      s.questionSet?.questions ?? (s.exercise ? [{ ...s.exercise, kind: "EXERCISE" }] : []),
  );
  return { slug, items };
}

/**
 * A guest student with an attempt at the lesson, made through the given server; `address` is the
 * school network it joins from (X-Forwarded-For, for a server that trusts the loopback proxy).
 */
export async function startStudent(
  url: string,
  slug: string,
  name: string,
  address?: string,
): Promise<Student> {
  const token = (
    await gql(
      url,
      `mutation($n: String!) { startGuestSession(displayName: $n) { token } }`,
      { n: name },
      undefined,
      address ? { "x-forwarded-for": address } : {},
    )
  ).startGuestSession.token;
  const attemptId = (
    await gql(
      url,
      `mutation($s: String!) { startAttempt(lessonSlug: $s) { id } }`,
      { s: slug },
      token,
    )
  ).startAttempt.id;
  return { token, attemptId };
}

/** One autosave of an answer that changes with the revision. */
export function save(url: string, student: Student, item: Item, revision: number) {
  return gql(
    url,
    SAVE,
    { a: student.attemptId, i: item.id, x: answerFor(item, revision), r: revision },
    student.token,
  );
}

export interface AutosaveResult {
  students: number;
  saves: number;
  seconds: number;
  throughput: number;
  p50: number;
  p99: number;
  failures: number;
  lost: number;
}

export async function benchAutosave(
  url: string,
  check: (sql: string) => Promise<Array<{ lost: number }>>,
  students = 40,
  revisions = 5,
): Promise<AutosaveResult> {
  const { slug, items } = await lessonItems(url);
  const sessions = await Promise.all(
    Array.from({ length: students }, (_, n) => startStudent(url, slug, `Student ${n + 1}`)),
  );
  // Warm-up, not measured: one extra student saves every item a few times, so JIT compilation
  // and the content cache are in their steady state when the measured students begin.
  const warm = await startStudent(url, slug, "Warm-up");
  for (let revision = 1; revision <= 10; revision++)
    await Promise.all(items.map((item) => save(url, warm, item, revision)));
  const latencies: number[] = [];
  let failures = 0;
  const started = performance.now();
  await Promise.all(
    sessions.map(async (student) => {
      for (let revision = 1; revision <= revisions; revision++) {
        for (const item of items) {
          const t0 = performance.now();
          try {
            await save(url, student, item, revision);
          } catch {
            failures++;
          }
          latencies.push(performance.now() - t0);
        }
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const [{ lost }] = await check(
    `SELECT (${students * items.length} - count(*) FILTER (WHERE revision = ${revisions}))::int AS lost FROM responses
      WHERE attempt_id NOT IN (SELECT a.id FROM attempts a JOIN users u ON u.id = a.student_id WHERE u.display_name = 'Warm-up')`,
  );
  return {
    students,
    saves: latencies.length,
    seconds,
    throughput: latencies.length / seconds,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    failures,
    lost: lost!,
  };
}
