import type { LoadedContent } from "../../server/src/content/lessons/content.types.js";
import { loadContent } from "../../server/src/content/lessons/load-content.js";
import { type Auth, codeOf } from "./classroom.js";
import { PLAYER_LESSON, rightAnswer, servedItems, type ServedItem } from "./lesson-answers.js";
import { LESSONS_DIR, type TestServer } from "./server.js";

export const ATTEMPT_FIELDS = `id status late submittedAt dueAt closedByDueDate returnedAt teacherComment
  responses { itemId revision answer { choiceIds } }`;

/** The built-in content's first lesson as served, with a student's calls on it. */
export async function firstLessonWork(server: TestServer) {
  const content = (await loadContent(LESSONS_DIR)).content;
  const slug = content.lessons[0]!.slug;
  const items = servedItems((await server.gql(PLAYER_LESSON, { slug })).data.lesson);
  const lessonTitle = content.lessons[0]!.title;
  return { slug, lessonTitle, work: studentWork(server, { content, slug, items }) };
}

/** A student's calls on one assignment, failing loudly where a test expects success. */
export function studentWork(
  server: TestServer,
  lesson: { content: LoadedContent; slug: string; items: ServedItem[] },
) {
  const ok = async (query: string, variables: Record<string, unknown>, auth: Auth) => {
    const { data, errors } = await server.gql(query, variables, auth);
    if (errors) throw new Error(JSON.stringify(errors));
    return data;
  };
  const choice = lesson.items.find((item) => item.kind === "SINGLE_CHOICE")!;
  return {
    choice,
    ok,
    start: async (auth: Auth, assignmentId: string) =>
      (
        await ok(
          `mutation($s: String!, $a: ID) { startAttempt(lessonSlug: $s, assignmentId: $a) { ${ATTEMPT_FIELDS} } }`,
          { s: lesson.slug, a: assignmentId },
          auth,
        )
      ).startAttempt,
    tryStart: (auth: Auth, assignmentId: string) =>
      server.gql(
        `mutation($s: String!, $a: ID) { startAttempt(lessonSlug: $s, assignmentId: $a) { id status } }`,
        { s: lesson.slug, a: assignmentId },
        auth,
      ),
    save: (auth: Auth, attemptId: string, revision = 1, item: ServedItem = choice) =>
      server.gql(
        `mutation($a: ID!, $i: ID!, $x: AnswerInput!, $r: Int!) { saveResponse(attemptId: $a, itemId: $i, answer: $x, revision: $r) { id revision } }`,
        { a: attemptId, i: item.id, x: rightAnswer(lesson.content, item), r: revision },
        auth,
      ),
    submit: async (auth: Auth, attemptId: string) =>
      (
        await ok(
          `mutation($a: ID!) { submitAttempt(attemptId: $a) { ${ATTEMPT_FIELDS} } }`,
          { a: attemptId },
          auth,
        )
      ).submitAttempt,
    read: async (auth: Auth, attemptId: string) =>
      (await ok(`query($a: ID!) { attempt(id: $a) { ${ATTEMPT_FIELDS} } }`, { a: attemptId }, auth))
        .attempt,
    code: async (query: string, variables: Record<string, unknown>, auth: Auth = {}) =>
      codeOf((await server.gql(query, variables, auth)).errors),
  };
}
