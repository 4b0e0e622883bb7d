// Cross-reference checks for lessons and their steps, and for the links between all files.
import { checkQuotedPassages } from "./check-evidence.js";
import type { CheckContext } from "./check-context.js";
import { checkQuestion } from "./check-questions.js";
import type { LessonFile } from "./content.schema.js";
import type { LoadedExercise, LoadedLesson, LoadedQuestionSet } from "./content.types.js";

/**
 * Validates one parsed lesson file (steps' own fields) and returns it shaped for the database,
 * with a question set for each REFLECT step's prompts (its slug is the step's id).
 */
export function checkLesson(
  ctx: CheckContext,
  file: string,
  data: LessonFile,
): LoadedLesson & { reflections: LoadedQuestionSet[] } {
  ctx.claimId(data.slug, `lesson "${data.slug}"`, file, "slug");
  const doc = ctx.document(file, "document", data.document);
  ctx.citations(file, "summary", data.summary, doc);
  if (new Set(data.skills).size !== data.skills.length)
    ctx.report(file, "skills", "a skill is listed twice");

  const reflections: LoadedQuestionSet[] = [];
  const steps = data.steps.map((step, i) => {
    const at = `steps[${i}]`;
    ctx.claimId(step.id, `step "${step.id}"`, file, `${at}.id`);
    ctx.paragraphs(file, `${at}.paragraphs`, step.paragraphs, doc);
    const body = ctx.markdown(file, `${at}.body`, step.body) ?? "";
    ctx.citations(file, `${at}.body`, body, doc);

    const wantsSet = step.kind === "QUESTION_SET";
    const wantsExercise = step.kind === "EXERCISE";
    if (wantsSet && !step.questionSet)
      ctx.report(file, `${at}.questionSet`, "Required for a QUESTION_SET step");
    if (!wantsSet && step.questionSet)
      ctx.report(file, `${at}.questionSet`, `only a QUESTION_SET step names a question set`);
    if (wantsExercise && !step.exercise)
      ctx.report(file, `${at}.exercise`, "Required for an EXERCISE step");
    if (!wantsExercise && step.exercise)
      ctx.report(file, `${at}.exercise`, `only an EXERCISE step names an exercise`);
    const prompts = step.prompts ?? [];
    if (step.kind === "REFLECT" && prompts.length === 0)
      ctx.report(file, `${at}.prompts`, "a REFLECT step asks at least one written prompt");
    if (step.kind !== "REFLECT" && step.prompts)
      ctx.report(file, `${at}.prompts`, "only a REFLECT step lists prompts");
    if (step.kind === "REFLECT" && prompts.length > 0)
      reflections.push({
        slug: step.id,
        title: step.title,
        documentSlug: data.document,
        questions: prompts.map((prompt, j) =>
          checkQuestion(
            ctx,
            file,
            `${at}.prompts[${j}]`,
            { ...prompt, kind: "REFLECTION" },
            j + 1,
            doc,
          ),
        ),
        sourceFile: file,
        fromStep: true,
      });
    if (step.kind === "READ" && step.paragraphs.length === 0)
      ctx.report(
        file,
        `${at}.paragraphs`,
        "a READ step sends the student to at least one paragraph",
      );

    return {
      id: step.id,
      position: i + 1,
      kind: step.kind,
      title: step.title,
      body,
      paragraphNumbers: step.paragraphs,
      questionSetSlug: wantsSet
        ? (step.questionSet ?? null)
        : step.kind === "REFLECT" && prompts.length > 0
          ? step.id
          : null,
      exerciseSlug: wantsExercise ? (step.exercise ?? null) : null,
      minutes: step.minutes ?? null,
    };
  });

  return {
    slug: data.slug,
    position: data.position,
    title: data.title,
    summary: data.summary,
    estimatedMinutes: data.estimatedMinutes,
    objectives: data.objectives,
    skills: data.skills,
    documentSlug: data.document,
    steps,
    sourceFile: file,
    reflections,
  };
}

/** Links between files: steps name existing sets and exercises, documents agree, nothing is orphaned. */
export function checkReferences(
  ctx: CheckContext,
  lessons: LoadedLesson[],
  questionSets: LoadedQuestionSet[],
  exercises: LoadedExercise[],
  invalid: { lessons: number; sets: Set<string>; exercises: Set<string> },
): void {
  const sets = new Map(questionSets.map((s) => [s.slug, s]));
  const exs = new Map(exercises.map((e) => [e.slug, e]));
  const used = new Set<string>();

  for (const lesson of lessons)
    lesson.steps.forEach((step, i) => {
      const at = `steps[${i}]`;
      const slug = step.questionSetSlug;
      if (slug) {
        used.add(`set:${slug}`);
        const set = sets.get(slug);
        // A set whose file failed validation has had its problems reported already.
        if (!set && !invalid.sets.has(slug))
          ctx.report(
            lesson.sourceFile,
            `${at}.questionSet`,
            `no question set "${slug}" (expected question-sets/${slug}.yaml)`,
          );
        if (set && set.documentSlug !== lesson.documentSlug)
          ctx.report(
            lesson.sourceFile,
            `${at}.questionSet`,
            `question set "${slug}" is about another document`,
          );
      }
      const exSlug = step.exerciseSlug;
      if (exSlug) {
        used.add(`exercise:${exSlug}`);
        const ex = exs.get(exSlug);
        if (!ex && !invalid.exercises.has(exSlug))
          ctx.report(
            lesson.sourceFile,
            `${at}.exercise`,
            `no exercise "${exSlug}" (expected exercises/${exSlug}.yaml)`,
          );
        if (ex && ex.documentSlug !== lesson.documentSlug)
          ctx.report(
            lesson.sourceFile,
            `${at}.exercise`,
            `exercise "${exSlug}" is about another document`,
          );
        // The step that sends students to the exercise points to passages too.
        if (ex && ex.documentSlug === lesson.documentSlug)
          checkQuotedPassages(
            ctx,
            lesson.sourceFile,
            [{ path: `${at}.body`, text: step.body }],
            ctx.documents.get(ex.documentSlug) ?? null,
            ex.paragraphNumbers,
            ex.sources.flatMap((source) => {
              const doc = ctx.documents.get(source.documentSlug);
              return doc ? [{ ...source, doc }] : [];
            }),
            ex.modelEvidence,
          );
      }
    });

  // With an invalid lesson file, orphans and position gaps may be false alarms.
  if (invalid.lessons > 0) return;
  for (const set of questionSets)
    if (!used.has(`set:${set.slug}`))
      ctx.report(set.sourceFile, "slug", `question set "${set.slug}" is not used by any lesson`);
  for (const ex of exercises)
    if (!used.has(`exercise:${ex.slug}`))
      ctx.report(ex.sourceFile, "slug", `exercise "${ex.slug}" is not used by any lesson`);

  [...lessons]
    .sort((a, b) => a.position - b.position)
    .forEach((lesson, i) => {
      if (lesson.position !== i + 1)
        ctx.report(
          lesson.sourceFile,
          "position",
          `lesson positions must run 1..${lessons.length} without gaps or repeats (found ${lesson.position})`,
        );
    });
}
