// Validates the teaching content: `content-check [lessonsDir] [--documents dir]` (defaults:
// ./lessons and <lessonsDir>/documents). Prints one line per problem and exits 1, or prints
// a summary and exits 0. Beyond what the server checks at start, it requires the teacher
// guide's fields (check-guide.ts).
// `content-check FILE.yaml [--lessons dir] [--documents dir]` checks one question-set file (a
// teacher's exported set) against the documents of <lessons>/documents, and of --documents
// (archive exports, `<slug>.txt`, for a document the server holds beyond the built-in ones).
import { statSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { checkTeacherGuide } from "../content/lessons/check-guide.js";
import { checkQuestionSetFile } from "../content/lessons/check-file.js";
import { describeContent, formatProblem, loadContent } from "../content/lessons/load-content.js";
import type { ContentProblem } from "../content/content-problems.js";

const { values, positionals } = parseArgs({
  options: { documents: { type: "string" }, lessons: { type: "string" } },
  allowPositionals: true,
});
const target = path.resolve(positionals[0] ?? values.lessons ?? "lessons");
const singleFile = /\.ya?ml$/.test(target) && statSync(target, { throwIfNoEntry: false })?.isFile();

let problems: ContentProblem[];
let summary: string;
if (singleFile) {
  const lessonsDir = path.resolve(values.lessons ?? "lessons");
  const checked = await checkQuestionSetFile(target, {
    lessonsDir,
    documentsDirs: [
      path.join(lessonsDir, "documents"),
      ...(values.documents ? [path.resolve(values.documents)] : []),
    ],
    show: (abs) => path.relative(process.cwd(), abs) || abs,
  });
  problems = checked.problems;
  const count = checked.set?.questions.length ?? 0;
  summary = `question set "${checked.set?.slug}": ${count} item${count === 1 ? "" : "s"}`;
} else {
  const loaded = await loadContent(target, {
    documentsDir: values.documents ? path.resolve(values.documents) : undefined,
  });
  // The teacher guide's timings and misconceptions: optional to the loader, required of authors.
  problems = loaded.problems.length > 0 ? loaded.problems : checkTeacherGuide(loaded.content);
  summary = describeContent(loaded.content);
}
if (problems.length > 0) {
  for (const problem of problems) console.error(formatProblem(problem));
  console.error(
    `content check failed: ${problems.length} problem${problems.length === 1 ? "" : "s"}`,
  );
  process.exitCode = 1;
} else {
  console.log(`content ok: ${summary}`);
}
