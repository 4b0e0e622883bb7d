// The API renders authored Markdown once, on the server, for every client: each `…Html` field is
// the Markdown field beside it through the one safe renderer, placed under the heading level asked.
import { describe, expect, it } from "vitest";
import { markdownHtml } from "../../../../server/src/core/markdown/html.js";
import { codeOf } from "../../../support/classroom.js";
import { serveForSuite } from "../../../support/server.js";

const STEPS = `query($slug: String!, $n: Int!) { lesson(slug: $slug) { steps {
  title body bodyHtml deeper: bodyHtml(nestUnder: $n)
  exercise { prompt guidance promptHtml guidanceHtml asWritten: guidanceHtml(nestUnder: 0) } } } }`;

describe("authored Markdown as HTML", () => {
  const suite = serveForSuite("pglite");

  it("renders each step's body under the page's heading, without repeating the step's title", async () => {
    const { data, errors } = await suite.server.gql(STEPS, { slug: "sourcing-the-record", n: 3 });
    expect(errors).toBeUndefined();
    const steps: any[] = data.lesson.steps;
    const chain = steps.find((s) => s.body.includes("## Follow the chain"))!;
    expect(chain.bodyHtml).toBe(markdownHtml(chain.body, 2, chain.title));
    expect(chain.bodyHtml).toContain("<h3>Follow the chain</h3>");
    expect(chain.bodyHtml).not.toContain("How many hands did Mao");
    expect(chain.deeper).toContain("<h4>Follow the chain</h4>");
  });

  it("renders an exercise's prompt and guidance, headings as written when asked", async () => {
    const { data } = await suite.server.gql(STEPS, { slug: "context-1956-1957", n: 2 });
    const exercise = data.lesson.steps.find((s: any) =>
      s.exercise?.guidance.includes("## "),
    )?.exercise;
    expect(exercise, "a lesson step whose exercise guidance has headings").toBeDefined();
    expect(exercise.guidanceHtml).toMatch(/<h4>/);
    expect(exercise.asWritten).toMatch(/<h2>/);
    expect(exercise.promptHtml).toBe(markdownHtml(exercise.prompt, 3));
  });

  it("refuses a heading level outside 0–5 with BAD_USER_INPUT", async () => {
    for (const n of [-1, 6]) {
      const { errors } = await suite.server.gql(STEPS, { slug: "sourcing-the-record", n });
      expect(codeOf(errors)).toBe("BAD_USER_INPUT");
    }
  });
});
