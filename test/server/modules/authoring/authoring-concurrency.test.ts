// Two tabs saving the same version at once: one save wins, the other gets CONFLICT with the
// winner's version and draft; nothing is overwritten.
import { describe, expect, it } from "vitest";
import { codeOf, newTeacher } from "../../../support/classroom.js";
import { DATABASE_KINDS } from "../../../support/databases.js";
import { serveForSuite } from "../../../support/server.js";

const UPDATE = `mutation($id: ID!, $t: String!, $v: Int!) { updateQuestionSet(id: $id, input: { title: $t }, expectedVersion: $v) { title authoring { version } } }`;

describe.each(DATABASE_KINDS)("saving one draft from two tabs on %s", (kind) => {
  const suite = serveForSuite(kind);

  it("keeps exactly one of two saves of the same version", async () => {
    const teacher = await newTeacher(suite.server);
    const set = (
      await suite.server.gql(
        `mutation { createQuestionSet(input: { title: "Tabs", documentSlug: "puzanov-kim-il-sung-1957-11-13" }) { id } }`,
        {},
        teacher.auth,
      )
    ).data.createQuestionSet;
    for (let round = 0; round < 5; round++) {
      const version = round + 1;
      const answers = await Promise.all(
        ["Tab A", "Tab B"].map((t) =>
          suite.server.gql(UPDATE, { id: set.id, t: `${t} ${round}`, v: version }, teacher.auth),
        ),
      );
      const won = answers.filter((a) => !a.errors);
      const lost = answers.filter((a) => a.errors);
      expect(won).toHaveLength(1);
      expect(codeOf(lost[0]!.errors)).toBe("CONFLICT");
      expect(lost[0]!.errors![0]!.extensions).toMatchObject({
        currentVersion: version + 1,
        current: { title: won[0]!.data.updateQuestionSet.title },
      });
      const mine = (
        await suite.server.gql(
          `{ myQuestionSets { title authoring { version } } }`,
          {},
          teacher.auth,
        )
      ).data.myQuestionSets[0];
      expect(mine).toEqual(won[0]!.data.updateQuestionSet);
    }
  });
});
