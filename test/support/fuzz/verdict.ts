import { loadContent } from "../../../server/src/content/lessons/load-content.js";
import { CLIENT_CODES } from "../../../server/src/http/errors.js";
import { LESSONS_DIR } from "../server.js";
import type { Role } from "../visibility-world.js";

/** Codes the HTTP layer answers before GraphQL runs (error-handler.ts). */
const HTTP_CODES = new Set(["PAYLOAD_TOO_LARGE", "BAD_REQUEST"]);

/** A stack frame, a file path or a node_modules path: internals that must never leave. */
const INTERNALS = /\bat [^\n"]*\.(ts|js|mjs|cjs):\d+|node_modules|\/work\/|stacktrace|file:\/\//;

/** Text the given role must never receive, with what it is. */
export type Secrets = Record<Role, Array<[what: string, text: string]>>;

/**
 * What must not reach whom in the visibility world: the exemplars and their commentary (a model
 * answer) to anyone but a teacher, and each student's name and teacher comments outside her own.
 */
export async function secretsOf(): Promise<Secrets> {
  const { content } = await loadContent(LESSONS_DIR);
  const exemplars = content.exercises.flatMap((exercise) =>
    exercise.exemplars.flatMap((e) => [
      [`exemplar of ${exercise.slug}`, e.text.slice(0, 60)] as [string, string],
      [`exemplar commentary of ${exercise.slug}`, e.commentary.slice(0, 60)] as [string, string],
    ]),
  );
  const student: Array<[string, string]> = [
    ["Student S's name", '"Student S"'],
    ["the teacher's comment to S", "See me about paragraph 9."],
    ["the teacher's comment on S's exercise", "Well argued."],
  ];
  const classmate: Array<[string, string]> = [["Classmate S2's name", '"Classmate S2"']];
  return {
    anonymous: [...exemplars, ...student, ...classmate],
    student: [...exemplars, ...classmate],
    classmate: [...exemplars, ...student],
    outsider: [...exemplars, ...student, ...classmate],
    teacher: [],
    otherTeacher: [...student, ...classmate],
  };
}

/** What is wrong with an answer: a server error, an unmasked error or a leak; [] when nothing. */
export function faultsOf(
  status: number,
  text: string,
  secrets: Array<[string, string]>,
  graphql: boolean,
): string[] {
  const faults: string[] = [];
  if (status >= 500) faults.push(`status ${status}`);
  // Pages and scripts that succeed (GraphiQL's bundle) may name their own modules.
  if ((status >= 400 || graphql) && INTERNALS.test(text))
    faults.push(`internals in the body: ${INTERNALS.exec(text)![0]}`);
  for (const [what, secret] of secrets) if (text.includes(secret)) faults.push(`leaks ${what}`);
  if (!graphql) return faults;
  let body: { errors?: Array<{ extensions?: { code?: unknown } }> };
  try {
    body = JSON.parse(text);
  } catch {
    return [...faults, "not JSON"];
  }
  for (const error of body.errors ?? []) {
    const code = error.extensions?.code;
    if (typeof code !== "string" || !(CLIENT_CODES.has(code) || HTTP_CODES.has(code)))
      faults.push(`error code ${String(code)}`);
  }
  return faults;
}

/** The seed of this run: FUZZ_SEED when given (to replay a failure), otherwise a fresh one. */
export function fuzzSeed(): number {
  const given = process.env.FUZZ_SEED;
  return given ? Number(given) : Math.floor(Math.random() * 2 ** 31);
}

export const fuzzRuns = (fallback: number) => Number(process.env.FUZZ_RUNS ?? fallback);

/**
 * fetch, once more when the connection was reset before any answer: a kept-alive socket the
 * server closed as the request went out (a race of the client's pool, not an answer).
 */
export async function send(url: string, init: RequestInit): Promise<Response> {
  try {
    return await fetch(url, init);
  } catch (error) {
    const code = (error as { cause?: { code?: string } }).cause?.code;
    if (code !== "ECONNRESET" && code !== "UND_ERR_SOCKET") throw error;
    return fetch(url, init);
  }
}
