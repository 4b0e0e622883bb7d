// Cross-reference checks for question sets: ids, paragraphs, citations; each kind checks its own
// fields (answer keys, quotes) in its entry under kinds/.
import type { CheckContext, DocumentParagraphs } from "./check-context.js";
import type { QuestionSetFile } from "./content.schema.js";
import type { LoadedQuestionSet } from "./content.types.js";
import {
  type AnyQuestionKindEntry,
  type LoadedQuestion,
  QUESTION_KIND_ENTRIES,
  type QuestionInput,
} from "./kinds/index.js";

/** Validates one parsed question-set file and returns it shaped for the database. */
export function checkQuestionSet(
  ctx: CheckContext,
  file: string,
  data: QuestionSetFile,
): LoadedQuestionSet {
  ctx.claimId(data.slug, `question set "${data.slug}"`, file, "slug");
  const doc = ctx.document(file, "document", data.document);
  const questions = data.questions.map((q, i) =>
    checkQuestion(ctx, file, `questions[${i}]`, q, i + 1, doc),
  );
  return {
    slug: data.slug,
    title: data.title,
    documentSlug: data.document,
    questions,
    sourceFile: file,
    source: data,
  };
}

/** Validates one question (its id, paragraphs, citations and its kind's own fields). */
export function checkQuestion(
  ctx: CheckContext,
  file: string,
  path: string,
  q: QuestionInput,
  position: number,
  doc: DocumentParagraphs | null,
): LoadedQuestion {
  ctx.claimId(q.id, `question "${q.id}"`, file, `${path}.id`);
  ctx.paragraphs(file, `${path}.paragraphs`, q.paragraphs, doc);
  ctx.citations(file, `${path}.prompt`, q.prompt, doc);
  ctx.citations(file, `${path}.explanation`, q.explanation, doc);
  const misconceptions = "misconceptions" in q ? (q.misconceptions ?? []) : [];
  misconceptions.forEach((m, j) => ctx.citations(file, `${path}.misconceptions[${j}]`, m, doc));
  const common = {
    id: q.id,
    position,
    prompt: q.prompt,
    points: q.points,
    skill: q.skill,
    paragraphNumbers: q.paragraphs,
    explanation: q.explanation,
    misconceptions,
    tries: "tries" in q ? (q.tries ?? null) : null,
  };
  const entry: AnyQuestionKindEntry = QUESTION_KIND_ENTRIES[q.kind];
  return entry.check({ ctx, file, path, doc }, q, common);
}
