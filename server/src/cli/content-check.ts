// Validates the teaching content under ./lessons (or the folder given as the first argument):
// prints one line per problem and exits 1, or prints a summary and exits 0.
import path from "node:path";
import { describeContent, formatProblem, loadContent } from "../modules/lessons/content/load-content.js";

const dir = path.resolve(process.argv[2] ?? "lessons");
const { content, problems } = await loadContent(dir);
if (problems.length > 0) {
  for (const problem of problems) console.error(formatProblem(problem));
  console.error(`content check failed: ${problems.length} problem${problems.length === 1 ? "" : "s"}`);
  process.exitCode = 1;
} else {
  console.log(`content ok: ${describeContent(content)}`);
}
