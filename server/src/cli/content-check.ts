// Validates the teaching content: `content-check [lessonsDir] [--documents dir]` (defaults:
// ./lessons and <lessonsDir>/documents). Prints one line per problem and exits 1, or prints
// a summary and exits 0. Beyond what the server checks at start, it requires the teacher
// guide's fields (check-guide.ts).
import path from "node:path";
import { parseArgs } from "node:util";
import { checkTeacherGuide } from "../content/lessons/check-guide.js";
import { describeContent, formatProblem, loadContent } from "../content/lessons/load-content.js";

const { values, positionals } = parseArgs({
  options: { documents: { type: "string" } },
  allowPositionals: true,
});
const dir = path.resolve(positionals[0] ?? "lessons");
const loaded = await loadContent(dir, {
  documentsDir: values.documents ? path.resolve(values.documents) : undefined,
});
const { content } = loaded;
// The teacher guide's timings and misconceptions: optional to the loader, required of authors.
const problems = loaded.problems.length > 0 ? loaded.problems : checkTeacherGuide(loaded.content);
if (problems.length > 0) {
  for (const problem of problems) console.error(formatProblem(problem));
  console.error(
    `content check failed: ${problems.length} problem${problems.length === 1 ? "" : "s"}`,
  );
  process.exitCode = 1;
} else {
  console.log(`content ok: ${describeContent(content)}`);
}
