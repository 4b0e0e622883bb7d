// A question set as one document (the JSON of a lessons/question-sets/ file, as a teacher's draft
// or a single exported file), checked with the schema and the checks of `npm run content:check`.
// Pure: no I/O; the caller supplies the documents' paragraphs and the misconception catalogue.
import type { ContentProblem } from "../content-problems.js";
import { fieldPath } from "../content-problems.js";
import { CheckContext, type DocumentParagraphs } from "./check-context.js";
import { checkTeacherGuide } from "./check-guide.js";
import { checkQuestionSet } from "./check-questions.js";
import { MARKDOWN_PATH, type QuestionSetFile, questionSetFile } from "./content.schema.js";
import type { LoadedQuestionSet } from "./content.types.js";
import { type LoadedMisconception, MisconceptionTags } from "./misconception-catalogue.js";

/** A problem of one field of the set: `questions[2].choices[1].explanation`, what is wrong. */
export interface DraftProblem {
  path: string;
  message: string;
}

export interface DraftCheck {
  problems: DraftProblem[];
  /** The parsed file (defaults filled in), when it has the schema's shape. */
  data: QuestionSetFile | null;
  /** The set shaped for the database; only complete when `problems` is empty. */
  set: LoadedQuestionSet | null;
}

/**
 * Checks one question set: its shape, quotes verbatim at their paragraphs (and offsets where
 * given), keys complete, every distractor explained and tagged, each question's misconceptions.
 */
export function checkQuestionSetDocument(
  file: string,
  value: unknown,
  documents: Map<string, DocumentParagraphs>,
  catalogue: readonly LoadedMisconception[],
): { problems: ContentProblem[]; data: QuestionSetFile | null; set: LoadedQuestionSet | null } {
  const ctx = new CheckContext(documents, (f, at, text) => {
    // A single file has no folder of Markdown beside it: prose is written in place.
    if (MARKDOWN_PATH.test(text)) {
      ctx.report(f, at, "write the text itself here, not a Markdown file name");
      return null;
    }
    return text;
  });
  ctx.misconceptions = new MisconceptionTags(catalogue, "the misconception catalogue", true);
  const parsed = questionSetFile.safeParse(value, {
    error: (issue) =>
      issue.code === "invalid_type" && issue.input === undefined ? "Required" : undefined,
  });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const at = fieldPath(issue.path);
      if (issue.code === "unrecognized_keys")
        for (const key of issue.keys)
          ctx.report(file, at ? `${at}.${key}` : key, "unknown field (misspelt?)");
      else ctx.report(file, at || "(file)", issue.message);
    }
    return { problems: ctx.problems, data: null, set: null };
  }
  const set = checkQuestionSet(ctx, file, parsed.data);
  const guide = checkTeacherGuide({
    documents: [],
    lessons: [],
    questionSets: [set],
    exercises: [],
    misconceptions: [],
    misconceptionsFile: "",
  });
  return { problems: [...ctx.problems, ...guide], data: parsed.data, set };
}

/** A teacher's draft checked: problems by field (no file name), and the set when it is complete. */
export function checkQuestionSetDraft(
  draft: unknown,
  documents: Map<string, DocumentParagraphs>,
  catalogue: readonly LoadedMisconception[],
): DraftCheck {
  const { problems, data, set } = checkQuestionSetDocument("draft", draft, documents, catalogue);
  return {
    problems: problems.map(({ path, message }) => ({ path, message })),
    data,
    set: problems.length === 0 ? set : null,
  };
}
