// Live validation with content:check's rules (each problem at its field), drafts with problems
// saved but never published, and export → `npm run content:check -- FILE` → import round trips.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { DATABASE_KINDS } from "../../../support/databases.js";
import { codeOf, newTeacher } from "../../../support/classroom.js";
import { runCli } from "../../../support/cli.js";
import { serveForSuite } from "../../../support/server.js";
import { evidenceItem, SET_FIELDS } from "./authoring-fixtures.js";

const DUPLICATE = `mutation($id: ID!) { duplicateQuestionSet(id: $id) { ${SET_FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateQuestionSetInput!, $v: Int!) { updateQuestionSet(id: $id, input: $input, expectedVersion: $v) { ${SET_FIELDS} } }`;
const PUBLISH = `mutation($id: ID!) { publishQuestionSet(id: $id) { ${SET_FIELDS} } }`;
const IMPORT = `mutation($y: String!) { importQuestionSet(yaml: $y) { ${SET_FIELDS} } }`;
const CREATE = `mutation($t: String!, $d: String!) { createQuestionSet(input: { title: $t, documentSlug: $d }) { ${SET_FIELDS} } }`;

const dir = mkdtempSync(path.join(os.tmpdir(), "authoring-export-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function contentCheck(file: string, yaml: string) {
  const abs = path.join(dir, file);
  writeFileSync(abs, yaml);
  return runCli("content-check", [abs], {});
}

describe.each(DATABASE_KINDS)("checking, exporting and importing a set on %s", (kind) => {
  const suite = serveForSuite(kind);

  const copyOfBuiltIn = async (auth: Record<string, string>) => {
    const builtIn = (
      await suite.server.gql(`{ questionSet(slug: "sourcing-chain-of-words") { id } }`)
    ).data.questionSet;
    return (await suite.server.gql(DUPLICATE, { id: builtIn.id }, auth)).data.duplicateQuestionSet;
  };

  it("points each problem at its field; saves the draft; refuses to publish it", async () => {
    const teacher = await newTeacher(suite.server);
    const set = await copyOfBuiltIn(teacher.auth);
    const draft = structuredClone(set.authoring.draft);
    const evidence = evidenceItem("picked-in-reader");
    evidence.targets[0]!.start = 3; // the quote is not at these offsets
    const misquoted = {
      ...evidenceItem("misquoted"),
      targets: [
        { ...evidence.targets[0]!, quote: "Not in the record", start: undefined, end: undefined },
      ],
    };
    draft.questions.push(evidence, misquoted);
    const saved = await suite.server.gql(
      UPDATE,
      { id: set.id, input: { content: draft }, v: set.authoring.version },
      teacher.auth,
    );
    expect(saved.errors).toBeUndefined();
    const n = draft.questions.length;
    const paths = saved.data.updateQuestionSet.authoring.problems.map((p: any) => p.path);
    expect(paths).toEqual([
      `questions[${n - 2}].targets[0].start`,
      `questions[${n - 1}].targets[0].quote`,
    ]);
    expect(saved.data.updateQuestionSet.authoring.publishable).toBe(false);

    // A distractor without its explanation: the schema's own problem, at its field.
    const choiceAt = draft.questions.findIndex((q: any) => q.choices);
    const wrong = draft.questions[choiceAt].choices.findIndex((c: any) => !c.correct);
    delete draft.questions[choiceAt].choices[wrong].explanation;
    const unexplained = await suite.server.gql(
      UPDATE,
      { id: set.id, input: { content: draft }, v: set.authoring.version + 1 },
      teacher.auth,
    );
    expect(unexplained.data.updateQuestionSet.authoring.problems.map((p: any) => p.path)).toContain(
      `questions[${choiceAt}].choices[${wrong}].explanation`,
    );

    const refused = await suite.server.gql(PUBLISH, { id: set.id }, teacher.auth);
    expect(codeOf(refused.errors)).toBe("BAD_USER_INPUT");
    expect(refused.errors![0]!.extensions!.problems).not.toHaveLength(0);
    const after = (await suite.server.gql(`{ myQuestionSets { ${SET_FIELDS} } }`, {}, teacher.auth))
      .data.myQuestionSets[0];
    expect(after.authoring).toMatchObject({ status: "DRAFT", versions: [] });
  });

  it("starts an empty set on a document, with the missing questions as its problem", async () => {
    const teacher = await newTeacher(suite.server);
    const made = await suite.server.gql(
      CREATE,
      { t: "From scratch", d: "zhang-wentian-yudin-1958-01-23" },
      teacher.auth,
    );
    expect(made.data.createQuestionSet.authoring).toMatchObject({
      status: "DRAFT",
      publishable: false,
      draft: { document: "zhang-wentian-yudin-1958-01-23", questions: [] },
    });
    expect(made.data.createQuestionSet.authoring.problems[0].path).toBe("questions");
    const unknown = await suite.server.gql(CREATE, { t: "X", d: "no-such-document" }, teacher.auth);
    expect(codeOf(unknown.errors)).toBe("BAD_USER_INPUT");
  });

  it("exports a file content:check passes, and imports the same items back", async () => {
    const teacher = await newTeacher(suite.server);
    const set = await copyOfBuiltIn(teacher.auth);
    const draft = structuredClone(set.authoring.draft);
    draft.questions.push(evidenceItem());
    const saved = (
      await suite.server.gql(
        UPDATE,
        { id: set.id, input: { content: draft }, v: set.authoring.version },
        teacher.auth,
      )
    ).data.updateQuestionSet;
    expect(saved.authoring.problems).toEqual([]);

    const yaml = saved.authoring.yaml as string;
    const checked = await contentCheck(`${saved.slug}.yaml`, yaml);
    expect(checked.stderr).toBe("");
    expect(checked.code).toBe(0);
    expect(checked.stdout).toContain(`${draft.questions.length} items`);

    const other = await newTeacher(suite.server, "Importer");
    const imported = (await suite.server.gql(IMPORT, { y: yaml }, other.auth)).data
      .importQuestionSet;
    expect(imported.authoring.problems).toEqual([]);
    expect(imported.authoring.draft.questions).toEqual(saved.authoring.draft.questions);
    expect(imported.slug).not.toBe(saved.slug);

    // A file whose quote no longer matches the document fails, naming the field.
    const broken = yaml.replace(evidenceItem().targets[0]!.quote, "Words not in the record");
    const failed = await contentCheck("broken.yaml", broken);
    expect(failed.code).toBe(1);
    expect(failed.stderr).toMatch(
      /broken\.yaml: questions\[\d+\]\.targets\[0\]\.quote: quote not found/,
    );
  });
});
