import { beforeAll, describe, expect, it } from "vitest";
import { loadContent } from "../../../../server/src/content/lessons/load-content.js";
import {
  assign,
  codeOf,
  joinAsNewStudent,
  newClass,
  newTeacher,
} from "../../../support/classroom.js";
import { DATABASE_KINDS } from "../../../support/databases.js";
import { LESSONS_DIR, serveForSuite } from "../../../support/server.js";

const KEY = `query($slug: String!) { lessonKey(slug: $slug) {
  items { itemId kind prompt points choices { text correct explanation } acceptedAnswers
    targets { paragraphNumber quote } exemplars { title text } } } }`;
const REVIEW = `query($id: ID!) { assignment(id: $id) { review {
  items { itemId kind prompt points choices { text correct explanation } acceptedAnswers
    targets { paragraphNumber quote } exemplars { title text } } } } }`;

describe.each(DATABASE_KINDS)("a lesson's printable key on %s", (kind) => {
  const suite = serveForSuite(kind);
  let slug: string;

  beforeAll(async () => {
    slug = (await loadContent(LESSONS_DIR)).content.lessons[0]!.slug;
  });

  it("gives any teacher the same keys as Assignment.review, before assigning anything", async () => {
    const teacher = await newTeacher(suite.server);
    const { data, errors } = await suite.server.gql(KEY, { slug }, teacher.auth);
    expect(errors).toBeUndefined();
    expect(data.lessonKey.items.length).toBeGreaterThan(5);
    expect(data.lessonKey.items.some((i: any) => i.choices.some((c: any) => c.correct))).toBe(true);

    const classroom = await newClass(suite.server, teacher.auth);
    const assignment = await assign(suite.server, teacher.auth, classroom.id, slug);
    const review = await suite.server.gql(REVIEW, { id: assignment.id }, teacher.auth);
    expect(data.lessonKey).toEqual(review.data.assignment.review);
  });

  it("gives teachers a teacher-scored short answer's scoring guide, never students", async () => {
    const teacher = await newTeacher(suite.server);
    const { data, errors } = await suite.server.gql(
      `query($slug: String!) { lessonKey(slug: $slug) { items { itemId kind prompt scoringGuide } } }`,
      { slug },
      teacher.auth,
    );
    expect(errors).toBeUndefined();
    const guided = data.lessonKey.items.filter((i: any) => i.scoringGuide !== null);
    expect(guided.map((i: any) => i.kind)).toEqual(["SHORT_ANSWER"]);
    expect(guided[0].prompt).toMatch(/^Kim chose what to tell Puzanov/);
    for (const score of ["**2 points:**", "**1 point:**", "**0 points:**"])
      expect(guided[0].scoringGuide).toContain(score);

    const classroom = await newClass(suite.server, teacher.auth);
    const student = await joinAsNewStudent(suite.server, classroom.joinCode);
    const lesson = await suite.server.gql(
      `query($slug: String!) { lesson(slug: $slug) { steps {
        questionSet { questions { id prompt ... on ShortAnswerQuestion { maxLength } } }
        exercise { guidance } } } }`,
      { slug },
      student.auth,
    );
    expect(lesson.errors).toBeUndefined();
    const seen = JSON.stringify(lesson.data);
    expect(seen).toContain("Kim chose what to tell Puzanov");
    expect(seen).toContain("## Your task");
    expect(seen).not.toContain("points:**");
  });

  it("answers null for a lesson that does not exist", async () => {
    const teacher = await newTeacher(suite.server);
    const { data, errors } = await suite.server.gql(KEY, { slug: "no-such-lesson" }, teacher.auth);
    expect(errors).toBeUndefined();
    expect(data.lessonKey).toBeNull();
  });

  it("refuses anonymous callers and students, even for an unknown slug", async () => {
    const teacher = await newTeacher(suite.server);
    const classroom = await newClass(suite.server, teacher.auth);
    const student = await joinAsNewStudent(suite.server, classroom.joinCode);
    for (const s of [slug, "no-such-lesson"]) {
      const anonymous = await suite.server.gql(KEY, { slug: s });
      expect(codeOf(anonymous.errors)).toBe("UNAUTHENTICATED");
      expect(anonymous.data?.lessonKey ?? null).toBeNull();
      const asStudent = await suite.server.gql(KEY, { slug: s }, student.auth);
      expect(codeOf(asStudent.errors)).toBe("FORBIDDEN");
      expect(JSON.stringify(asStudent)).not.toContain("correct");
    }
  });
});
