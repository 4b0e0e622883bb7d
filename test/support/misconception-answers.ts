import { expect } from "vitest";
import type {
  LoadedContent,
  LoadedQuestion,
} from "../../server/src/content/lessons/content.types.js";
import { loadContent } from "../../server/src/content/lessons/load-content.js";
import { type Auth, joinAsNewStudent } from "./classroom.js";
import { PLAYER_LESSON, servedItems, type ServedItem } from "./lesson-answers.js";
import { LESSONS_DIR, type TestServer } from "./server.js";

// The misconception tests' lesson: wrong answers that encode tagged misconceptions, by authored
// id, and a student who saves, checks and submits them over HTTP.

export const MISCONCEPTION_LESSON = "sourcing-the-record";

export async function misconceptionLesson(server: TestServer) {
  const slug = MISCONCEPTION_LESSON;
  const content: LoadedContent = (await loadContent(LESSONS_DIR)).content;
  const items: ServedItem[] = servedItems((await server.gql(PLAYER_LESSON, { slug })).data.lesson);
  const authored = (id: string) =>
    content.questionSets.flatMap((s) => s.questions).find((q) => q.id === id)! as LoadedQuestion;
  const served = (id: string) => items.find((i) => i.prompt === authored(id).prompt)!;
  const byText = (options: Array<{ id: string; text: string }>, text: string) =>
    options.find((o) => o.text === text)!.id;
  /** The served id of an authored option of an authored question. */
  const option = (
    questionId: string,
    role: "choices" | "items" | "left" | "right",
    key: string,
  ) => {
    const q = authored(questionId) as any;
    return byText(served(questionId)[role]!, q[role].find((o: any) => o.id === key).text);
  };

  const answers = {
    kim: () => ({ choiceIds: [option("src-author", "choices", "kim")] }),
    bracketsByHand: () => ({
      choiceIds: [option("src-sic-november", "choices", "puzanov-correction")],
    }),
    recordDate: () => ({ text: "13 Nov. 1957" }),
    rightDate: () => ({ text: "12 November 1957" }),
    zakharovGuess: () => ({
      pairs: [
        {
          leftId: option("src-recipients-offices", "left", "zakharov"),
          rightId: option("src-recipients-offices", "right", "deputy-china"),
        },
      ],
    }),
    translationFirst: () => {
      const order = [
        "mao-speaks",
        "kim-retells",
        "translator-translates",
        "puzanov-writes",
        "ministry-registers",
        "archive-publishes",
      ];
      return { order: order.map((key) => option("src-chain-order", "items", key)) };
    },
  };

  /** A new student of the class, their attempt at the assignment started. */
  async function student(joinCode: string, name: string, assignmentId: string) {
    const s = await joinAsNewStudent(server, joinCode, name);
    const attemptId = (
      await server.gql(
        `mutation($s: String!, $a: ID) { startAttempt(lessonSlug: $s, assignmentId: $a) { id } }`,
        { s: slug, a: assignmentId },
        s.auth,
      )
    ).data.startAttempt.id as string;
    const save = async (questionId: string, answer: object, revision = 1) => {
      const { errors } = await server.gql(
        `mutation($a: ID!, $i: ID!, $x: AnswerInput!, $r: Int!) { saveResponse(attemptId: $a, itemId: $i, answer: $x, revision: $r) { id } }`,
        { a: attemptId, i: served(questionId).id, x: answer, r: revision },
        s.auth,
      );
      expect(errors).toBeUndefined();
    };
    const check = async (questionId: string, revision = 1) => {
      const { errors } = await server.gql(
        `mutation($a: ID!, $i: ID!, $r: Int!) { checkResponse(attemptId: $a, itemId: $i, revision: $r) { id } }`,
        { a: attemptId, i: served(questionId).id, r: revision },
        s.auth,
      );
      expect(errors).toBeUndefined();
    };
    const submit = async () =>
      server.gql(
        `mutation($a: ID!) { submitAttempt(attemptId: $a) { id } }`,
        { a: attemptId },
        s.auth,
      );
    return { ...s, attemptId, save, check, submit };
  }

  return { slug, content, items, authored, served, option, answers, student };
}

export type MisconceptionStudent = Awaited<
  ReturnType<Awaited<ReturnType<typeof misconceptionLesson>>["student"]>
> & { auth: Auth };
