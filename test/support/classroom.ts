import type { TestServer } from "./server.js";

export type Auth = Record<string, string>;

let counter = 0;

/** Signs up a new teacher; returns their bearer headers and id. */
export async function newTeacher(
  server: TestServer,
  name = "Ms Teacher",
): Promise<{ auth: Auth; id: string; email: string }> {
  const email = `teacher${++counter}-${Date.now()}@school.example`;
  const { data, errors } = await server.gql(
    `mutation($e: String!, $p: String!, $n: String!) { signUpTeacher(email: $e, password: $p, displayName: $n) { token viewer { id } } }`,
    { e: email, p: "correct horse battery", n: name },
  );
  if (errors) throw new Error(JSON.stringify(errors));
  return {
    auth: { authorization: `Bearer ${data.signUpTeacher.token}` },
    id: data.signUpTeacher.viewer.id,
    email,
  };
}

/** Creates a class; returns its id and join code. */
export async function newClass(
  server: TestServer,
  teacher: Auth,
  name = "History 10B",
): Promise<{ id: string; joinCode: string }> {
  const { data, errors } = await server.gql(
    `mutation($n: String!) { createClass(name: $n) { id joinCode } }`,
    { n: name },
    teacher,
  );
  if (errors) throw new Error(JSON.stringify(errors));
  return data.createClass;
}

/** A new student joins with the code; returns their bearer headers, id and sign-in code. */
export async function joinAsNewStudent(
  server: TestServer,
  joinCode: string,
  name = "Student",
  headers: Record<string, string> = {},
): Promise<{ auth: Auth; id: string; signInCode: string }> {
  const { data, errors } = await server.gql(
    `mutation($c: String!, $n: String!) { joinClass(joinCode: $c, displayName: $n) { token viewer { id signInCode } } }`,
    { c: joinCode, n: name },
    headers,
  );
  if (errors) throw new Error(JSON.stringify(errors));
  return {
    auth: { authorization: `Bearer ${data.joinClass.token}` },
    id: data.joinClass.viewer.id,
    signInCode: data.joinClass.viewer.signInCode,
  };
}

/** Assigns a lesson to a class. */
export async function assign(
  server: TestServer,
  teacher: Auth,
  classId: string,
  lessonSlug: string,
  options: { dueAt?: string | null; feedback?: string } = {},
): Promise<{ id: string }> {
  const { data, errors } = await server.gql(
    `mutation($c: ID!, $l: String!, $d: DateTimeISO, $f: FeedbackTiming) { assignLesson(classId: $c, lessonSlug: $l, dueAt: $d, feedback: $f) { id } }`,
    { c: classId, l: lessonSlug, d: options.dueAt ?? null, f: options.feedback ?? null },
    teacher,
  );
  if (errors) throw new Error(JSON.stringify(errors));
  return data.assignLesson;
}

export const codeOf = (errors: Array<{ extensions?: Record<string, unknown> }> | undefined) =>
  errors?.[0]?.extensions?.code;
