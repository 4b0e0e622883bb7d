// Every item kind of the question-set files goes through a draft: each built-in set, copied, has
// no problems, publishes, and is served with the same questions as the built-in one.
import { describe, expect, it } from "vitest";
import { loadContent } from "../../../../server/src/content/lessons/load-content.js";
import { QUESTION_KINDS } from "../../../../server/src/content/lessons/content.schema.js";
import { newTeacher } from "../../../support/classroom.js";
import { DATABASE_KINDS } from "../../../support/databases.js";
import { LESSONS_DIR, serveForSuite } from "../../../support/server.js";

const QUESTIONS = `questions { kind prompt points ... on ChoiceQuestion { choices { text } } }`;

describe.each(DATABASE_KINDS)("every built-in set as a teacher's draft on %s", (kind) => {
  const suite = serveForSuite(kind);

  it("copies, checks clean, publishes and serves each kind as the built-in set does", async () => {
    const content = (await loadContent(LESSONS_DIR)).content;
    const sets = content.questionSets.filter((set) => !set.fromStep);
    const kinds = new Set(sets.flatMap((set) => set.questions.map((q) => q.kind)));
    // Reflection prompts live in lesson steps; every other kind is in some set's file.
    expect([...kinds].toSorted()).toEqual(
      QUESTION_KINDS.filter((k) => k !== "REFLECTION").toSorted(),
    );
    const teacher = await newTeacher(suite.server);
    for (const set of sets) {
      const builtIn = (
        await suite.server.gql(`query($s: String!) { questionSet(slug: $s) { id ${QUESTIONS} } }`, {
          s: set.slug,
        })
      ).data.questionSet;
      const copy = await suite.server.gql(
        `mutation($id: ID!) { duplicateQuestionSet(id: $id) { id authoring { problems { path message } } } }`,
        { id: builtIn.id },
        teacher.auth,
      );
      expect(copy.data.duplicateQuestionSet.authoring.problems, set.slug).toEqual([]);
      const published = await suite.server.gql(
        `mutation($id: ID!) { publishQuestionSet(id: $id) { ${QUESTIONS} } }`,
        { id: copy.data.duplicateQuestionSet.id },
        teacher.auth,
      );
      expect(published.errors, set.slug).toBeUndefined();
      // The display order of choices is a fixed shuffle by the item's key, which a version has its own of.
      const sorted = (questions: any[]) =>
        questions.map((q) => ({ ...q, choices: q.choices?.map((c: any) => c.text).toSorted() }));
      expect(sorted(published.data.publishQuestionSet.questions), set.slug).toEqual(
        sorted(builtIn.questions),
      );
    }
  });
});
