// A question set as one document (the JSON of a lessons/question-sets/ file, as a teacher's draft
// or a single exported file), checked with the schema and the checks of `npm run content:check`.
// Pure: no I/O; the caller supplies the documents' paragraphs and the misconception catalogue.
import type { ContentProblem } from "../content-problems.js";
import { fieldPath } from "../content-problems.js";
import { CheckContext, type DocumentParagraphs } from "./check-context.js";
import { checkTeacherGuide } from "./check-guide.js";
import { checkExercise } from "./check-exercises.js";
import { checkQuestionSet } from "./check-questions.js";
import { type AuthoredSetFile, authoredSetFile, MARKDOWN_PATH } from "./content.schema.js";
import type { LoadedExercise, LoadedQuestionSet } from "./content.types.js";
import { type LoadedMisconception, MisconceptionTags } from "./misconception-catalogue.js";

/** A problem of one field of the set: `questions[2].choices[1].explanation`, what is wrong. */
export interface DraftProblem {
  path: string;
  message: string;
}

export interface DraftCheck {
  problems: DraftProblem[];
  /** The parsed file (defaults filled in), when it has the schema's shape. */
  data: AuthoredSetFile | null;
  /** The set shaped for the database, with its exercises; only complete when `problems` is empty. */
  set: (LoadedQuestionSet & { exercises: LoadedExercise[] }) | null;
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
): Pick<DraftCheck, "data" | "set"> & { problems: ContentProblem[] } {
  const ctx = new CheckContext(documents, (f, at, text) => {
    // A single file has no folder of Markdown beside it: prose is written in place.
    if (MARKDOWN_PATH.test(text)) {
      ctx.report(f, at, "write the text itself here, not a Markdown file name");
      return null;
    }
    return text;
  });
  ctx.misconceptions = new MisconceptionTags(catalogue, "the misconception catalogue", true);
  const parsed = authoredSetFile.safeParse(value, {
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
  const questions = checkQuestionSet(ctx, file, parsed.data);
  const exercises = parsed.data.exercises.map((exercise, i) => {
    // An exercise reports its problems from its own root: they are put under exercises[i].
    const from = ctx.problems.length;
    const loaded = checkExercise(ctx, file, { ...exercise, document: parsed.data.document });
    for (const problem of ctx.problems.slice(from))
      problem.path = problem.path ? `exercises[${i}].${problem.path}` : `exercises[${i}]`;
    if (loaded.misconceptions.length === 0)
      ctx.report(
        file,
        `exercises[${i}].misconceptions`,
        "name the misconception(s) this exercise probes (the teacher guide)",
      );
    return loaded;
  });
  const set = { ...questions, exercises };
  const guide = checkTeacherGuide({
    documents: [],
    lessons: [],
    questionSets: [questions],
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
