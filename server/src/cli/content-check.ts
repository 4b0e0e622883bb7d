// Validates the teaching content: `content-check [lessonsDir] [--documents dir]` (defaults:
// ./lessons and <lessonsDir>/documents). Prints one line per problem and exits 1, or prints
// a summary and exits 0.
import path from "node:path";
import { parseArgs } from "node:util";
import { describeContent, formatProblem, loadContent } from "../content/lessons/load-content.js";

const { values, positionals } = parseArgs({
  options: { documents: { type: "string" } },
  allowPositionals: true,
});
const dir = path.resolve(positionals[0] ?? "lessons");
const { content, problems } = await loadContent(dir, {
  documentsDir: values.documents ? path.resolve(values.documents) : undefined,
});
if (problems.length > 0) {
  for (const problem of problems) console.error(formatProblem(problem));
  console.error(
    `content check failed: ${problems.length} problem${problems.length === 1 ? "" : "s"}`,
  );
  process.exitCode = 1;
} else {
  console.log(`content ok: ${describeContent(content)}`);
}
