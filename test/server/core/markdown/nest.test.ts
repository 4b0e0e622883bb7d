import { describe, expect, it } from "vitest";
import { nestMarkdown } from "../../../../server/src/core/markdown/nest.js";

describe("nestMarkdown", () => {
  it("drops a leading title that repeats the step's and nests the other headings under the page's", () => {
    const body = "# Meet the record\n\nIntro.\n\n## What is it?\n\nText\n\n### Detail";
    expect(nestMarkdown(body, 2, "Meet the record")).toBe(
      "\nIntro.\n\n### What is it?\n\nText\n\n#### Detail",
    );
  });

  it("keeps a different first heading, nested, and leaves code blocks alone", () => {
    expect(nestMarkdown("# Your task\n\n```\n# not a heading\n```", 3)).toBe(
      "#### Your task\n\n```\n# not a heading\n```",
    );
  });
});
