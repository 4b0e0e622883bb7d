// Evidence across documents over HTTP: the two-document evidence questions and exercises of
// "corroborating-the-record" offer their sources, take selections naming a document, refuse a
// document they do not offer, and score, feed back and review per document.
import { beforeAll, describe, expect, it } from "vitest";
import {
  assign,
  type Auth,
  codeOf,
  joinAsNewStudent,
  newClass,
  newTeacher,
} from "../../../support/classroom.js";
import { DATABASE_KINDS } from "../../../support/databases.js";
import { serveForSuite } from "../../../support/server.js";

const LESSON = "corroborating-the-record";
const OWN = "puzanov-kim-il-sung-1957-11-13";
const PONOMAREV = "ponomarev-telegram-1956-09-26";
const ZHANG = "zhang-wentian-yudin-1958-01-23";
const MIKOYAN = "mikoyan-telegram-1956-09-17";

const SOURCES = `sources { document { slug shortTitle title } paragraphNumbers }`;
const ITEMS = `query($s: String!) { lesson(slug: $s) { steps {
  questionSet { questions { id kind ... on EvidenceQuestion { maxSelections ${SOURCES} } } }
  exercise { id slug ${SOURCES} claims { id } } } } }`;
const SPAN = `documentSlug paragraphNumber start end`;
const RESPONSE = `id itemId answer { evidence { ${SPAN} } }
  feedback { score maxScore correct message expected { evidence { ${SPAN} } } }`;
const SAVE = `mutation($a: ID!, $i: ID!, $x: AnswerInput!, $r: Int!) {
  saveResponse(attemptId: $a, itemId: $i, answer: $x, revision: $r) { ${RESPONSE} } }`;
const ATTEMPT = `query($a: ID!) { attempt(id: $a) { responses { ${RESPONSE} } } }`;

describe.each(DATABASE_KINDS)("evidence across documents over HTTP on %s", (kind) => {
  const suite = serveForSuite(kind);
  let teacher: Auth;
  let student: Auth;
  let assignmentId: string;
  let attemptId: string;
  let evidenceId: string;
  let moscowId: string;
  let exerciseId: string;
  let interferenceId: string;
  let interferenceClaim: string;
  const texts = new Map<string, Map<number, string>>();

  const ok = async (query: string, variables: Record<string, unknown>, auth?: Auth) => {
    const { data, errors } = await suite.server.gql(query, variables, auth);
    if (errors) throw new Error(JSON.stringify(errors));
    return data;
  };
  /** A span of a paragraph by its words, in the document it names. */
  const span = (documentSlug: string | undefined, n: number, quote: string) => {
    const text = texts.get(documentSlug ?? OWN)!.get(n)!;
    const start = text.indexOf(quote);
    if (start < 0) throw new Error(`"${quote}" not in ${documentSlug} ¶${n}`);
    return {
      ...(documentSlug ? { documentSlug } : {}),
      paragraphNumber: n,
      start,
      end: start + quote.length,
    };
  };

  beforeAll(async () => {
    for (const slug of [OWN, PONOMAREV, ZHANG, MIKOYAN]) {
      const data = await ok(
        `query($s: String!) { document(slug: $s) { paragraphs { number text } } }`,
        { s: slug },
      );
      texts.set(slug, new Map(data.document.paragraphs.map((p: any) => [p.number, p.text])));
    }
    teacher = (await newTeacher(suite.server)).auth;
    const room = await newClass(suite.server, teacher);
    student = (await joinAsNewStudent(suite.server, room.joinCode, "Two Sources")).auth;
    assignmentId = (await assign(suite.server, teacher, room.id, LESSON, { feedback: "ON_SUBMIT" }))
      .id;
    attemptId = (
      await ok(
        `mutation($s: String!, $g: ID) { startAttempt(lessonSlug: $s, assignmentId: $g) { id } }`,
        { s: LESSON, g: assignmentId },
        student,
      )
    ).startAttempt.id;
  });

  it("lists the item's own document first, then each other document it offers", async () => {
    const steps = (await ok(ITEMS, { s: LESSON })).lesson.steps;
    const questions = steps.flatMap((s: any) => s.questionSet?.questions ?? []);
    const twoDocuments = questions.filter(
      (q: any) => q.kind === "EVIDENCE" && q.sources.length > 1,
    );
    expect(twoDocuments).toHaveLength(2);
    const offering = (slug: string) =>
      twoDocuments.find((q: any) => q.sources.some((s: any) => s.document.slug === slug));
    evidenceId = offering(PONOMAREV).id;
    moscowId = offering(ZHANG).id;
    expect(offering(ZHANG).sources.map((s: any) => [s.document.slug, s.paragraphNumbers])).toEqual([
      [OWN, [12]],
      [ZHANG, [7, 8]],
    ]);
    expect(offering(PONOMAREV).sources).toEqual([
      {
        document: expect.objectContaining({ slug: OWN, shortTitle: "Puzanov's record" }),
        paragraphNumbers: [10],
      },
      {
        document: {
          slug: PONOMAREV,
          shortTitle: "Ponomarev's telegram",
          title: "Telegram from Ponomarev to the CPSU Central Committee",
        },
        paragraphNumbers: [6],
      },
    ]);
    // Every other evidence question offers its own document only.
    for (const q of questions.filter(
      (q: any) => q.kind === "EVIDENCE" && q.id !== evidenceId && q.id !== moscowId,
    ))
      expect(q.sources.map((s: any) => s.document.slug)).toEqual([OWN]);
    const exercise = steps.find(
      (s: any) => s.exercise?.slug === "who-proposed-cpv-withdrawal",
    ).exercise;
    exerciseId = exercise.id;
    expect(exercise.sources.map((s: any) => [s.document.slug, s.paragraphNumbers])).toEqual([
      [OWN, [12, 13, 16]],
      [ZHANG, [7, 8]],
    ]);
    const interference = steps.find(
      (s: any) => s.exercise?.slug === "friendly-advice-or-interference",
    ).exercise;
    interferenceId = interference.id;
    interferenceClaim = interference.claims[0].id;
    expect(interference.sources.map((s: any) => [s.document.slug, s.paragraphNumbers])).toEqual([
      [OWN, [9, 10]],
      [PONOMAREV, [3, 6]],
      [MIKOYAN, [6, 8]],
    ]);
  });

  it("refuses a document the item does not offer, an unknown one and a paragraph it lacks, saving nothing", async () => {
    const bad = [
      { documentSlug: ZHANG, paragraphNumber: 7 },
      { documentSlug: "no-such-document", paragraphNumber: 1 },
      { documentSlug: PONOMAREV, paragraphNumber: 12 },
      { documentSlug: PONOMAREV, paragraphNumber: 6, start: 0, end: 10_000 },
    ];
    for (const [index, selection] of bad.entries()) {
      const { errors } = await suite.server.gql(
        SAVE,
        { a: attemptId, i: evidenceId, x: { evidence: [selection] }, r: index + 1 },
        student,
      );
      expect(codeOf(errors)).toBe("BAD_USER_INPUT");
    }
    const responses = (await ok(ATTEMPT, { a: attemptId }, student)).attempt.responses;
    expect(responses.filter((r: any) => r.itemId === evidenceId)).toEqual([]);
  });

  it("saves selections in both documents, each with its document, and scores them per document", async () => {
    const own = span(
      undefined,
      10,
      "we considered this as the friendly advice of two fraternal Communist Parties",
    );
    const own2 = span(
      undefined,
      10,
      "some of our comrades actually tried to assess the arrival as interference in the internal affairs of the Party",
    );
    const telegram = span(
      PONOMAREV,
      6,
      "the arrival of the delegations means nothing less than the interference of two older brothers in the internal affairs of the Korean Worker's Party",
    );
    const saved = (
      await ok(
        SAVE,
        { a: attemptId, i: evidenceId, x: { evidence: [own, own2, telegram] }, r: 10 },
        student,
      )
    ).saveResponse;
    expect(saved.answer.evidence).toEqual([
      { ...own, documentSlug: OWN },
      { ...own2, documentSlug: OWN },
      telegram,
    ]);
    // The same numbers in the wrong document would not count: ¶6 of the record is not the telegram's ¶6.
    const zhang7 = span(
      ZHANG,
      7,
      "Moscow has carefully studied our Chinese friends’ proposal on measures to withdraw the Chinese People’s Volunteer Army from [North] Korea",
    );
    const record12 = span(
      undefined,
      12,
      "Cde. Mao Zedong suggested that the Korean friends consider the issue of the withdrawal of the Chinese People's Volunteers from the DPRK",
    );
    await ok(
      SAVE,
      {
        a: attemptId,
        i: exerciseId,
        x: { evidence: [zhang7, record12], text: "Both say the Chinese side proposed it." },
        r: 1,
      },
      student,
    );
    // Mao's proposal beside Moscow's answer to "our Chinese friends' proposal".
    await ok(
      SAVE,
      {
        a: attemptId,
        i: moscowId,
        x: {
          evidence: [
            zhang7,
            span(
              undefined,
              12,
              "Cde. Mao Zedong suggested that the Korean friends consider the issue of the withdrawal of the Chinese People's Volunteers from the DPRK",
            ),
          ],
        },
        r: 1,
      },
      student,
    );
    // "Was it interference?": Mao's concession in the record, Peng's pressure in the telegram.
    await ok(
      SAVE,
      {
        a: attemptId,
        i: interferenceId,
        x: {
          claimId: interferenceClaim,
          evidence: [
            span(
              undefined,
              9,
              "could be assessed as interference in the internal affairs of the KWP",
            ),
            span(
              PONOMAREV,
              3,
              "the leaders of our delegation ought to go again to Pyongyang in order to correct the situation",
            ),
          ],
          text: "By the bloc's own standard it was interference.",
        },
        r: 1,
      },
      student,
    );
    await ok(
      `mutation($a: ID!) { submitAttempt(attemptId: $a) { id } }`,
      { a: attemptId },
      student,
    );

    const responses = (await ok(ATTEMPT, { a: attemptId }, student)).attempt.responses;
    const evidence = responses.find((r: any) => r.itemId === evidenceId);
    expect(evidence.feedback).toMatchObject({ score: 2, maxScore: 2, correct: true });
    expect(evidence.feedback.message).toContain("Ponomarev's telegram ¶6");
    expect(
      evidence.feedback.expected.evidence.map((s: any) => [s.documentSlug, s.paragraphNumber]),
    ).toEqual([
      [OWN, 10],
      [PONOMAREV, 6],
    ]);
    const moscow = responses.find((r: any) => r.itemId === moscowId);
    expect(moscow.feedback).toMatchObject({ score: 2, maxScore: 2, correct: true });
    expect(moscow.feedback.message).toContain("Zhang Wentian–Yudin minutes ¶7");
    const interference = responses.find((r: any) => r.itemId === interferenceId);
    expect(interference.feedback.message).toMatch(/\*\*Evidence:\*\* 2 of 2 points/);
    expect(interference.feedback.message).toContain("Ponomarev's telegram ¶3");
    const exercise = responses.find((r: any) => r.itemId === exerciseId);
    expect(exercise.answer.evidence).toEqual([zhang7, { ...record12, documentSlug: OWN }]);
    expect(exercise.feedback.message).toMatch(/\*\*Evidence:\*\* 2 of 2 points/);
    expect(exercise.feedback.message).toContain("Zhang Wentian–Yudin minutes ¶7");
    expect(
      exercise.feedback.expected.evidence.filter((s: any) => s.documentSlug === ZHANG),
    ).toHaveLength(2);
  });

  it("shows the teacher each key passage with its document", async () => {
    const data = await ok(
      `query($g: ID!) { assignment(id: $g) { review { items { itemId targets { role documentSlug document { slug shortTitle } paragraphNumber quote } } } } }`,
      { g: assignmentId },
      teacher,
    );
    const items = data.assignment.review.items;
    const evidence = items.find((i: any) => i.itemId === evidenceId);
    const passages = (role: string) =>
      evidence.targets
        .filter((t: any) => t.role === role)
        .map((t: any) => [t.documentSlug, t.document.shortTitle, t.paragraphNumber]);
    expect(passages("KEY")).toEqual([
      [OWN, "Puzanov's record", 10],
      [PONOMAREV, "Ponomarev's telegram", 6],
    ]);
    expect(passages("ACCEPTABLE")).toEqual([
      [OWN, "Puzanov's record", 10],
      [OWN, "Puzanov's record", 10],
    ]);
    const interference = items.find((i: any) => i.itemId === interferenceId);
    expect([...new Set(interference.targets.map((t: any) => t.documentSlug))].sort()).toEqual(
      [MIKOYAN, OWN, PONOMAREV].sort(),
    );
    const exercise = items.find((i: any) => i.itemId === exerciseId);
    expect(
      exercise.targets
        .filter((t: any) => t.document.slug === ZHANG)
        .map((t: any) => [t.role, t.paragraphNumber]),
    ).toEqual([
      ["KEY", 7],
      ["KEY", 8],
      ["ACCEPTABLE", 8],
    ]);
    for (const item of items)
      for (const t of item.targets) expect(t.document.slug).toBe(t.documentSlug);
  });
});
