// `npm run content:check -- FILE`: one question-set file (such as a teacher's exported set) checked
// on its own, against the documents under lessons/documents (and any other folder of archive
// exports given) and lessons/misconceptions.yaml, with the checks of the whole-folder run.
import path from "node:path";
import { readFile } from "node:fs/promises";
import { parseDocument } from "yaml";
import type { ContentProblem } from "../content-problems.js";
import { CheckContext, type DocumentParagraphs } from "./check-context.js";
import { checkQuestionSetDocument } from "./check-draft.js";
import type { LoadedQuestionSet } from "./content.types.js";
import { loadCatalogue } from "./load-catalogue.js";
import { loadDocuments } from "./load-content.js";
import { MISCONCEPTIONS_FILE } from "./misconception-catalogue.js";

/** Checks one question-set file; the set when it has no problems. */
export async function checkQuestionSetFile(
  abs: string,
  options: { lessonsDir: string; documentsDirs: string[]; show: (abs: string) => string },
): Promise<{ problems: ContentProblem[]; set: LoadedQuestionSet | null }> {
  const problems: ContentProblem[] = [];
  const documents = new Map<string, DocumentParagraphs>();
  for (const dir of options.documentsDirs)
    for (const [slug, doc] of await loadDocuments(dir, options.show, problems))
      documents.set(slug, doc);
  const catalogueCtx = new CheckContext(documents, (_file, _path, text) => text);
  await loadCatalogue(
    path.join(options.lessonsDir, MISCONCEPTIONS_FILE),
    options.show,
    catalogueCtx,
  );
  problems.push(...catalogueCtx.problems);
  const file = options.show(abs);
  const doc = parseDocument(await readFile(abs, "utf8"), { uniqueKeys: true });
  const error = doc.errors[0];
  if (error) {
    const pos = error.linePos?.[0];
    problems.push({
      file,
      path: pos ? `line ${pos.line}, column ${pos.col}` : "",
      message: `YAML syntax error: ${error.message.split("\n")[0]}`,
    });
    return { problems, set: null };
  }
  const checked = checkQuestionSetDocument(
    file,
    doc.toJS(),
    documents,
    catalogueCtx.misconceptions.entries,
  );
  problems.push(...checked.problems);
  return { problems, set: problems.length === 0 ? checked.set : null };
}
