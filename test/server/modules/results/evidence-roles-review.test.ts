import { describe, expect, it } from "vitest";
import { codeOf, joinAsNewStudent, newClass, newTeacher } from "../../../support/classroom.js";
import { DATABASE_KINDS } from "../../../support/databases.js";
import { serveForSuite } from "../../../support/server.js";

const KEY = `query($slug: String!) { lessonKey(slug: $slug) { items { itemId kind prompt
  targets { paragraphNumber quote role countsForRecall claims { id text } } } } }`;

describe.each(DATABASE_KINDS)("key and acceptable passages in a teacher's key on %s", (kind) => {
  const suite = serveForSuite(kind);

  it("shows each model passage's positions, and the acceptable passages beside the key", async () => {
    const teacher = await newTeacher(suite.server);
    const context = await suite.server.gql(KEY, { slug: "context-1956-1957" }, teacher.auth);
    expect(context.errors).toBeUndefined();
    const peng = context.data.lessonKey.items.find((i: any) => i.kind === "EXERCISE");
    const passage = (quote: string) => peng.targets.find((t: any) => t.quote.startsWith(quote));
    // the prompt quotes both labels: every position needs them
    expect(passage("could be assessed as interference")).toMatchObject({
      role: "KEY",
      countsForRecall: false,
      claims: [],
    });
    const advice = passage("You had high-handed methods").claims.map((c: any) => c.text);
    expect(advice).toEqual([
      "No: it was advice between allied parties, as Kim said in 1957.",
      "It depends on the point of view and the moment: each label served someone's purpose.",
    ]);
    for (const c of passage("You had high-handed methods").claims) expect(c.id).toMatch(/\S/);

    const voices = await suite.server.gql(KEY, { slug: "voices-in-the-record" }, teacher.auth);
    const slide = voices.data.lessonKey.items.find((i: any) =>
      i.targets.some((t: any) => t.quote === "So, will you accept and invite [me]?"),
    );
    expect(slide.targets.filter((t: any) => t.role === "ACCEPTABLE")).toEqual([
      {
        paragraphNumber: 9,
        quote: "they came to the conclusion that",
        role: "ACCEPTABLE",
        countsForRecall: false,
        claims: [],
      },
    ]);
  });

  it("keeps them from students", async () => {
    const teacher = await newTeacher(suite.server);
    const classroom = await newClass(suite.server, teacher.auth);
    const student = await joinAsNewStudent(suite.server, classroom.joinCode);
    const asStudent = await suite.server.gql(KEY, { slug: "context-1956-1957" }, student.auth);
    expect(codeOf(asStudent.errors)).toBe("FORBIDDEN");
    expect(JSON.stringify(asStudent.data ?? null)).not.toContain("high-handed");
  });
});
