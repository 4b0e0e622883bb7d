import { beforeAll, describe, expect, it } from "vitest";
import { loadContent } from "../../../../server/src/content/lessons/load-content.js";
import type { LoadedContent } from "../../../../server/src/content/lessons/content.types.js";
import type { ChoiceQuestionContent } from "../../../../server/src/content/lessons/kinds/choice.js";
import { countQueries, DATABASE_KINDS } from "../../../support/databases.js";
import { LESSONS_DIR, serveForSuite } from "../../../support/server.js";

const QUESTION_FIELDS = /* GraphQL */ `
  id kind prompt points skill paragraphNumbers
  ... on ChoiceQuestion { choices { id text } }
  ... on ShortAnswerQuestion { maxLength }
  ... on OrderingQuestion { items { id text } }
  ... on MatchingQuestion { left { id text } right { id text } }
  ... on EvidenceQuestion { claim minSelections maxSelections }
  ... on ReflectionQuestion { maxLength }`;

const EXERCISE_FIELDS = /* GraphQL */ `
  id slug title skill prompt guidance paragraphNumbers minEvidence points document { slug }
  claims { id text } ownClaim { label } contextFacts { count prompt }
  rubric { id title description levels { score label descriptor } }`;

const LESSON_FIELDS = /* GraphQL */ `
  id slug title summary estimatedMinutes objectives skills document { slug }
  steps {
    id position kind title body paragraphNumbers
    questionSet { id slug title document { slug } questions { ${QUESTION_FIELDS} } }
    exercise { ${EXERCISE_FIELDS} }
  }`;

describe.each(DATABASE_KINDS)("lesson API on %s", (kind) => {
  const suite = serveForSuite(kind);
  let content: LoadedContent;

  beforeAll(async () => {
    content = (await loadContent(LESSONS_DIR)).content;
  });

  it("serves every lesson in course order with contiguous steps, every item kind and the exercises", async () => {
    const { data, errors } = await suite.server.gql(`{ lessons { ${LESSON_FIELDS} } }`);
    expect(errors).toBeUndefined();
    const lessons = data.lessons as any[];
    expect(lessons.map((l) => l.slug)).toEqual(content.lessons.map((l) => l.slug));
    expect(lessons.length).toBeGreaterThanOrEqual(4);
    expect(new Set(lessons.flatMap((l) => l.skills))).toEqual(
      new Set(["SOURCING", "CLOSE_READING", "CONTEXTUALIZATION", "CORROBORATION"]),
    );
    for (const lesson of lessons) {
      expect(lesson.steps.map((s: any) => s.position)).toEqual(
        lesson.steps.map((_: unknown, i: number) => i + 1),
      );
      expect(lesson.objectives.length).toBeGreaterThanOrEqual(2);
      expect(lesson.estimatedMinutes).toBeGreaterThanOrEqual(20);
      expect(lesson.estimatedMinutes).toBeLessThanOrEqual(90);
      for (const step of lesson.steps) {
        // A REFLECT step's written prompts come as a question set of its own.
        expect(step.questionSet !== null).toBe(
          step.kind === "QUESTION_SET" || step.kind === "REFLECT",
        );
        expect(step.exercise !== null).toBe(step.kind === "EXERCISE");
      }
    }
    const questions = lessons.flatMap((l) =>
      l.steps.flatMap((s: any) => s.questionSet?.questions ?? []),
    );
    expect(questions.length).toBeGreaterThanOrEqual(30);
    expect(new Set(questions.map((q) => q.kind))).toEqual(
      new Set([
        "SINGLE_CHOICE",
        "MULTIPLE_CHOICE",
        "SHORT_ANSWER",
        "ORDERING",
        "MATCHING",
        "EVIDENCE",
        "REFLECTION",
        "ATTRIBUTION",
      ]),
    );
    for (const q of questions.filter((q) => q.kind === "REFLECTION")) expect(q.points).toBe(0);
    const exercises = lessons.flatMap((l) =>
      l.steps.flatMap((s: any) => (s.exercise ? [s.exercise] : [])),
    );
    expect(exercises.length).toBeGreaterThanOrEqual(3);
    for (const exercise of exercises) {
      const authored = content.exercises.find((e) => e.slug === exercise.slug)!;
      expect(exercise.rubric.length).toBeGreaterThanOrEqual(3);
      for (const criterion of exercise.rubric)
        expect(criterion.levels.length).toBeGreaterThanOrEqual(3);
      const top = exercise.rubric.reduce(
        (sum: number, c: any) => sum + Math.max(...c.levels.map((l: any) => l.score)),
        0,
      );
      expect(exercise.points).toBe(authored.evidencePoints + top);
      expect(exercise.ownClaim).toEqual(authored.answerSlots.ownClaim);
      expect(exercise.contextFacts).toEqual(authored.answerSlots.contextFacts);
    }
    expect(exercises.map((e) => e.slug)).toContain("peng-visit-interference");
    const peng = exercises.find((e) => e.slug === "peng-visit-interference");
    expect(peng.ownClaim.label).toMatch(/own/);
    expect(peng.contextFacts.count).toBe(2);
    const ids = [
      ...lessons.map((l) => l.id),
      ...questions.map((q) => q.id),
      ...exercises.map((e) => e.id),
    ];
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("serves ordering items and choices in a fixed order that is not the key's", async () => {
    const query = `{ lessons { steps { questionSet { questions { id ${QUESTION_FIELDS} } } } } }`;
    const first = await suite.server.gql(query);
    const second = await suite.server.gql(query);
    expect(second.data).toEqual(first.data);
    const served = (first.data.lessons as any[]).flatMap((l) =>
      l.steps.flatMap((s: any) => s.questionSet?.questions ?? []),
    );
    const authored = content.questionSets.flatMap((set) => set.questions);
    const orderings = authored.filter((q) => q.kind === "ORDERING");
    expect(orderings.length).toBeGreaterThan(0);
    for (const question of orderings) {
      const texts = served.find((q) => q.prompt === question.prompt)!.items.map((i: any) => i.text);
      expect(new Set(texts)).toEqual(new Set(question.items.map((i) => i.text)));
      expect(texts).not.toEqual(question.items.map((i) => i.text));
    }
    const singles = authored.filter((q): q is ChoiceQuestionContent => q.kind === "SINGLE_CHOICE");
    const firstChoiceRight = singles.map((q) => {
      const choices = served.find((s) => s.prompt === q.prompt)!.choices;
      return q.choices.find((c) => c.correct)!.text === choices[0].text;
    });
    expect(firstChoiceRight.filter(Boolean).length).toBeLessThan(firstChoiceRight.length / 2);
  });

  it("gives choices ids that carry nothing but a random key", async () => {
    const { data } = await suite.server.gql(
      `{ lesson(slug: "${content.lessons[0]!.slug}") { steps { questionSet { questions { ... on ChoiceQuestion { choices { id } } } } } } }`,
    );
    const ids = (data.lesson.steps as any[]).flatMap(
      (s) =>
        s.questionSet?.questions.flatMap((q: any) => q.choices?.map((c: any) => c.id) ?? []) ?? [],
    );
    expect(ids.length).toBeGreaterThan(3);
    for (const id of ids)
      expect(Buffer.from(id, "base64url").toString()).toMatch(/^Choice:[0-9a-f-]{36}$/);
  });

  it("answers null for unknown slugs, and serves question sets and exercises by slug", async () => {
    const set = content.questionSets[0]!;
    const { data, errors } = await suite.server.gql(`{
      lesson(slug: "nope") { id } questionSet(slug: "nope") { id } exercise(slug: "nope") { id }
      set: questionSet(slug: "${set.slug}") { title questions { id } }
      peng: exercise(slug: "peng-visit-interference") { title claims { text } minEvidence }
      document(slug: "puzanov-kim-il-sung-1957-11-13") { lessons { slug } }
    }`);
    expect(errors).toBeUndefined();
    expect(data).toMatchObject({ lesson: null, questionSet: null, exercise: null });
    expect(data.set).toMatchObject({ title: set.title });
    expect(data.set.questions).toHaveLength(set.questions.length);
    expect(data.peng.minEvidence).toBeGreaterThanOrEqual(1);
    expect(data.document.lessons.map((l: any) => l.slug)).toEqual(
      content.lessons.map((l) => l.slug),
    );
  });

  it("never lets an anonymous caller reach an answer key, explanation, target or exemplar", async () => {
    const { data } = await suite.server.gql(`{ lessons { ${LESSON_FIELDS} } }`);
    const served = JSON.stringify(data);
    const secrets = [
      ...content.questionSets.flatMap((set) =>
        set.questions.flatMap((q) => [
          q.explanation,
          ...(q.kind === "SINGLE_CHOICE" || q.kind === "MULTIPLE_CHOICE"
            ? q.choices.map((c) => c.explanation)
            : []),
          ...(q.kind === "EVIDENCE" ? q.targets.map((t) => t.note) : []),
          ...(q.kind === "MATCHING"
            ? q.pairs.flatMap((p) => (p.explanation ? [p.explanation] : []))
            : []),
        ]),
      ),
      ...content.exercises.flatMap((e) => [
        ...e.modelEvidence.map((t) => t.note),
        ...e.exemplars.flatMap((x) => [x.text, x.commentary]),
      ]),
    ].filter((secret) => secret && secret.length > 12);
    expect(secrets.length).toBeGreaterThan(100);
    for (const secret of secrets)
      expect(served.includes(JSON.stringify(secret).slice(1, -1)), secret.slice(0, 60)).toBe(false);
  });

  it("reads lessons with every nested list in the same number of SQL round trips, however many", async () => {
    const [a, b, c, d] = content.lessons.map((l) => l.slug);
    const one = await countQueries(suite.database.pool, () =>
      suite.server.gql(`{ a: lesson(slug: "${a}") { ${LESSON_FIELDS} } }`),
    );
    const four = await countQueries(suite.database.pool, () =>
      suite.server.gql(
        `{ a: lesson(slug: "${a}") { ${LESSON_FIELDS} } b: lesson(slug: "${b}") { ${LESSON_FIELDS} } c: lesson(slug: "${c}") { ${LESSON_FIELDS} } d: lesson(slug: "${d}") { ${LESSON_FIELDS} } }`,
      ),
    );
    const all = await countQueries(suite.database.pool, () =>
      suite.server.gql(`{ lessons { ${LESSON_FIELDS} } }`),
    );
    expect(four.result.errors).toBeUndefined();
    expect(four.queries).toBe(one.queries);
    expect(all.queries).toBeLessThanOrEqual(one.queries + 1);
    expect(one.queries).toBeLessThanOrEqual(10);
  });
});
