// Attribution questions over HTTP on both databases: what a student is served (never a segment's
// voice), saving incomplete answers, refusing unknown segments and voices, checking in tries mode,
// the key after submitting, and the teacher's review, statistics and CSV.
import { beforeAll, describe, expect, it } from "vitest";
import { loadContent } from "../../../../server/src/content/lessons/load-content.js";
import type {
  LoadedContent,
  LoadedQuestion,
} from "../../../../server/src/content/lessons/content.types.js";
import {
  assign,
  codeOf,
  joinAsNewStudent,
  newClass,
  newTeacher,
} from "../../../support/classroom.js";
import { DATABASE_KINDS } from "../../../support/databases.js";
import {
  PLAYER_LESSON,
  authoredItem,
  rightAnswer,
  servedItems,
  type ServedItem,
} from "../../../support/lesson-answers.js";
import { LESSONS_DIR, serveForSuite } from "../../../support/server.js";

const SLUG = "voices-in-the-record";
const RESPONSE = `itemId answer { attributions { segmentId voiceId } } triesUsed triesLeft maxTries
  feedback { correct score maxScore message expected { attributions { segmentId voiceId } } }`;
const SAVE = `mutation($a: ID!, $i: ID!, $x: AnswerInput!, $r: Int!) {
  saveResponse(attemptId: $a, itemId: $i, answer: $x, revision: $r) { ${RESPONSE} } }`;
const CHECK = `mutation($a: ID!, $i: ID!, $r: Int!) { checkResponse(attemptId: $a, itemId: $i, revision: $r) { ${RESPONSE} } }`;
const START = `mutation($s: String!, $a: ID) { startAttempt(lessonSlug: $s, assignmentId: $a) { id } }`;
const SUBMIT = `mutation($a: ID!) { submitAttempt(attemptId: $a) { status responses { ${RESPONSE} } } }`;
/** Every field of the question a student can ask for. */
const EVERY_FIELD = `query($s: String!) { lesson(slug: $s) { steps { questionSet { questions {
  __typename id kind prompt points skill paragraphNumbers
  ... on AttributionQuestion { segments { __typename id paragraphNumber start end text } voices { __typename id label } }
} } } } }`;
const REVIEW = `query($id: ID!) { assignment(id: $id) {
  review { items { itemId kind points attributions { segment { id paragraphNumber start end text } voice { id label } explanation } } }
  itemStatistics { itemId responses facility }
} }`;

describe.each(DATABASE_KINDS)("attribution questions on %s", (kind) => {
  const suite = serveForSuite(kind);
  let content: LoadedContent;
  let item: ServedItem & { segments: NonNullable<ServedItem["segments"]> };
  let right: Array<{ segmentId: string; voiceId: string }>;
  let paragraphs: Map<number, string>;

  beforeAll(async () => {
    content = (await loadContent(LESSONS_DIR)).content;
    const items = servedItems((await suite.server.gql(PLAYER_LESSON, { slug: SLUG })).data.lesson);
    item = items.find((i) => i.kind === "ATTRIBUTION") as typeof item;
    right = rightAnswer(content, item).attributions as typeof right;
    const doc = await suite.server.gql(
      `{ document(slug: "puzanov-kim-il-sung-1957-11-13") { paragraphs { number text } } }`,
    );
    paragraphs = new Map(doc.data.document.paragraphs.map((p: any) => [p.number, p.text]));
  });

  const authored = () => {
    const q = authoredItem(content, item) as LoadedQuestion;
    if (q.kind !== "ATTRIBUTION") throw new Error("not an attribution question");
    return q;
  };
  /** A voice other than the right one for the segment. */
  const wrongVoice = (segmentId: string) =>
    item.voices!.find((v) => v.id !== right.find((r) => r.segmentId === segmentId)!.voiceId)!.id;

  it("serves segments at their offsets and the voices, and nothing of the key, for every field asked", async () => {
    const { data, errors } = await suite.server.gql(EVERY_FIELD, { s: SLUG });
    expect(errors).toBeUndefined();
    const served = data.lesson.steps
      .flatMap((s: any) => s.questionSet?.questions ?? [])
      .find((q: any) => q.kind === "ATTRIBUTION");
    expect(served.__typename).toBe("AttributionQuestion");
    expect(served.segments).toHaveLength(12);
    expect(served.voices.map((v: any) => v.label)).toEqual(authored().voices.map((v) => v.label));
    for (const s of served.segments)
      expect(paragraphs.get(s.paragraphNumber)!.slice(s.start, s.end)).toBe(s.text);
    expect(Object.keys(served.segments[0]).sort()).toEqual(
      ["__typename", "end", "id", "paragraphNumber", "start", "text"].sort(),
    );
    const body = JSON.stringify(served);
    for (const segment of authored().segments) expect(body).not.toContain(segment.note);
    expect(body).not.toContain(authored().explanation);
  });

  it("saves incomplete answers, refuses unknown segments and voices, and shows the key only at submit (ON_SUBMIT)", async () => {
    const teacher = await newTeacher(suite.server);
    const klass = await newClass(suite.server, teacher.auth);
    const assignment = await assign(suite.server, teacher.auth, klass.id, SLUG, {
      feedback: "ON_SUBMIT",
    });
    const student = await joinAsNewStudent(suite.server, klass.joinCode, "Ana");
    const attemptId = (await suite.server.gql(START, { s: SLUG, a: assignment.id }, student.auth))
      .data.startAttempt.id;
    const three = [
      right[0]!,
      right[1]!,
      { segmentId: right[2]!.segmentId, voiceId: wrongVoice(right[2]!.segmentId) },
    ];
    const saved = await suite.server.gql(
      SAVE,
      { a: attemptId, i: item.id, x: { attributions: three }, r: 1 },
      student.auth,
    );
    expect(saved.errors).toBeUndefined();
    expect(saved.data.saveResponse.answer.attributions).toEqual(three);
    expect(saved.data.saveResponse.feedback).toBeNull();

    const otherItemSegment =
      "QXR0cmlidXRpb25TZWdtZW50OjAwMDAwMDAwLTAwMDAtNDAwMC04MDAwLTAwMDAwMDAwMDAwMQ";
    for (const [x, field] of [
      [
        [...three, { segmentId: otherItemSegment, voiceId: right[3]!.voiceId }],
        "answer.attributions[3].segmentId",
      ],
      [
        [{ segmentId: right[3]!.segmentId, voiceId: right[3]!.segmentId }],
        "answer.attributions[0].voiceId",
      ],
      [
        [{ segmentId: item.voices![0]!.id, voiceId: item.voices![0]!.id }],
        "answer.attributions[0].segmentId",
      ],
      [
        [right[0]!, { segmentId: right[0]!.segmentId, voiceId: right[1]!.voiceId }],
        "answer.attributions[1].segmentId",
      ],
    ] as const) {
      const refused = await suite.server.gql(
        SAVE,
        { a: attemptId, i: item.id, x: { attributions: x }, r: 2 },
        student.auth,
      );
      expect(codeOf(refused.errors)).toBe("BAD_USER_INPUT");
      expect(refused.errors![0]!.extensions!.field).toBe(field);
    }
    const stored = await suite.server.gql(
      `query($a: ID!) { attempt(id: $a) { responses { ${RESPONSE} } } }`,
      { a: attemptId },
      student.auth,
    );
    const response = stored.data.attempt.responses.find((r: any) => r.itemId === item.id);
    expect(response.answer.attributions).toEqual(three);
    expect(response.feedback).toBeNull();

    const submitted = await suite.server.gql(SUBMIT, { a: attemptId }, student.auth);
    expect(submitted.errors).toBeUndefined();
    const feedback = submitted.data.submitAttempt.responses.find(
      (r: any) => r.itemId === item.id,
    ).feedback;
    expect(feedback).toMatchObject({ correct: false, score: 0.67, maxScore: 4 });
    expect(feedback.expected.attributions).toEqual(right);
    expect(feedback.message).toContain("2 of 12 segments have the right voice.");
    expect(feedback.message).toContain("✗ you left this unmarked");

    const review = (await suite.server.gql(REVIEW, { id: assignment.id }, teacher.auth)).data
      .assignment;
    const key = review.review.items.find((r: any) => r.itemId === item.id);
    expect(key.attributions).toHaveLength(12);
    expect(key.attributions.map((a: any) => a.segment.id)).toEqual(item.segments.map((s) => s.id));
    expect(key.attributions.map((a: any) => a.voice.id)).toEqual(right.map((r) => r.voiceId));
    expect(key.attributions.every((a: any) => /¶\d+/.test(a.explanation))).toBe(true);
    const statistics = review.itemStatistics.find((s: any) => s.itemId === item.id);
    expect(statistics.responses).toBe(1);
    expect(statistics.facility).toBeCloseTo(0.67 / 4, 4);
    const asStudent = (await suite.server.gql(REVIEW, { id: assignment.id }, student.auth)).data
      .assignment;
    expect(asStudent.review).toBeNull();
    const lessonKey = await suite.server.gql(
      `query($s: String!) { lessonKey(slug: $s) { items { attributions { voice { id } } } } }`,
      { s: SLUG },
      student.auth,
    );
    expect(lessonKey.data?.lessonKey ?? null).toBeNull();

    const csv = await fetch(`${suite.server.url}/api/assignments/${assignment.id}/results.csv`, {
      headers: teacher.auth,
    });
    expect(csv.status).toBe(200);
    const [header, row] = (await csv.text()).replace(/^\uFEFF/, "").split("\r\n");
    const columns = header!.split(",");
    const at = columns.findIndex((c) => / voices$/.test(c));
    expect(at).toBeGreaterThan(0);
    expect(columns[at - 1]).toMatch(/^Q\d+ Mark each highlighted passage/);
    expect(row).toContain(",0.67,");
    // In document order: ¶3 "[sic; November]", ¶3 "a conversation was held …", ¶4 …; a wrong voice for the third.
    const label = (voiceId: string) => item.voices!.find((v) => v.id === voiceId)!.label;
    expect(label(three[0]!.voiceId)).toBe("The translator or an editor");
    expect(label(three[1]!.voiceId)).toBe("Puzanov narrating");
    expect(row).toContain(
      `"1 ¶3 The translator or an editor; 2 ¶3 Puzanov narrating; 3 ¶4 ${label(three[2]!.voiceId)}; 4 ¶5 unmarked;`,
    );
  });

  it("checks in tries mode with hints that never name a right voice, then the key once right", async () => {
    const guest = await suite.server.gql(
      `mutation { startGuestSession(displayName: "Practice") { token } }`,
    );
    const auth = { authorization: `Bearer ${guest.data.startGuestSession.token}` };
    const attemptId = (await suite.server.gql(START, { s: SLUG }, auth)).data.startAttempt.id;
    const wrong = right.map((r) => ({ segmentId: r.segmentId, voiceId: wrongVoice(r.segmentId) }));
    const half = [...right.slice(0, 6), ...wrong.slice(6, 9)];
    await suite.server.gql(
      SAVE,
      { a: attemptId, i: item.id, x: { attributions: half }, r: 1 },
      auth,
    );
    const checked = (await suite.server.gql(CHECK, { a: attemptId, i: item.id, r: 1 }, auth)).data
      .checkResponse;
    expect(checked).toMatchObject({ triesUsed: 1, triesLeft: 2, maxTries: 3 });
    expect(checked.feedback.correct).toBe(false);
    expect(checked.feedback.expected).toBeNull();
    expect(checked.feedback.message).toContain("6 of 12 segments have the right voice.");
    expect(checked.feedback.message).toContain("**Segments with the wrong voice:**");
    expect(checked.feedback.message).toContain("**Not marked yet:**");
    for (const segment of authored().segments)
      expect(checked.feedback.message).not.toContain(segment.note);

    await suite.server.gql(
      SAVE,
      { a: attemptId, i: item.id, x: { attributions: right }, r: 2 },
      auth,
    );
    const again = (await suite.server.gql(CHECK, { a: attemptId, i: item.id, r: 2 }, auth)).data
      .checkResponse;
    expect(again.feedback).toMatchObject({ correct: true, maxScore: 4 });
    expect(again.feedback.score).toBeCloseTo(4 * (2 / 3), 1);
    expect(again.feedback.expected.attributions).toEqual(right);
  });
});
