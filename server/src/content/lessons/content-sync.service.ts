import crypto from "node:crypto";
import type { Queryable } from "../../core/database.js";
import type { LoadedContent, LoadedExercise, LoadedQuestion } from "./content.types.js";
import * as sql from "./content-sync.sql.js";
import * as guideSql from "./guide-sync.sql.js";
import * as misconceptionSql from "./misconception-sync.sql.js";
import * as rubricSql from "./rubric-sync.sql.js";
import * as sourceSql from "./source-sync.sql.js";
import { replaceTargets } from "./target-sync.sql.js";
import { type AnyQuestionKindEntry, QUESTION_KIND_ENTRIES, QUESTION_KINDS } from "./kinds/index.js";

/** Every kind an item may have: the question kinds, and exercises. */
export const ITEM_KINDS = [...QUESTION_KINDS, "EXERCISE"];

export interface ContentSyncResult {
  status: "synced" | "unchanged";
  lessons: number;
  items: number;
}

/**
 * Writes validated content into the database: upserts by authored keys (ids never change),
 * retires what the files no longer hold. Call inside the start-up transaction.
 */
export async function syncContent(
  db: Queryable,
  content: LoadedContent,
): Promise<ContentSyncResult> {
  const items =
    content.questionSets.reduce((n, set) => n + set.questions.length, 0) + content.exercises.length;
  const summary = { lessons: content.lessons.length, items };
  const hash = crypto.createHash("sha256").update(JSON.stringify(content)).digest("hex");
  if ((await sql.selectContentHash(db)) === hash) return { status: "unchanged", ...summary };

  const documentIds = await sql.selectDocumentIds(
    db,
    content.documents.map((d) => d.slug),
  );
  const documentId = (slug: string) => {
    const id = documentIds.get(slug);
    if (!id) throw new Error(`content cites document "${slug}", which is not in the database`);
    return id;
  };

  await sql.upsertItemKinds(db, ITEM_KINDS);
  await sql.retireAllContent(db);
  const misconceptionIds = await misconceptionSql.upsertMisconceptions(db, content.misconceptions);
  const questionSetIds = new Map<string, string>();
  for (const set of content.questionSets) {
    const setId = await sql.upsertQuestionSet(db, {
      slug: set.slug,
      documentId: documentId(set.documentSlug),
      title: set.title,
      source: set.source,
    });
    questionSetIds.set(set.slug, setId);
    for (const question of set.questions)
      await saveQuestion(db, question, documentId(set.documentSlug), setId, misconceptionIds);
  }
  const exerciseIds = new Map<string, string>();
  for (const exercise of content.exercises) {
    exerciseIds.set(
      exercise.slug,
      await saveExercise(db, exercise, documentId(exercise.documentSlug)),
    );
  }
  for (const lesson of content.lessons) {
    const lessonId = await sql.upsertLesson(db, {
      ...lesson,
      documentId: documentId(lesson.documentSlug),
    });
    await sql.upsertSteps(
      db,
      lessonId,
      lesson.steps.map((step) => ({
        contentKey: step.id,
        position: step.position,
        kind: step.kind,
        title: step.title,
        body: step.body,
        paragraphNumbers: step.paragraphNumbers,
        questionSetId: step.questionSetSlug ? questionSetIds.get(step.questionSetSlug)! : null,
        exerciseItemId: step.exerciseSlug ? exerciseIds.get(step.exerciseSlug)! : null,
      })),
    );
    await guideSql.updateStepMinutes(
      db,
      lesson.steps.map((step) => ({ contentKey: step.id, minutes: step.minutes })),
    );
  }
  await sql.recordContentSync(db, hash);
  return { status: "synced", ...summary };
}

const NO_ITEM_FIELDS = {
  slug: null,
  title: null,
  maxLength: null,
  acceptedAnswers: [],
  claim: null,
  stance: null,
  minSelections: null,
  maxSelections: null,
  guidance: null,
  scoringGuide: null,
  evidencePoints: null,
  answerSlots: null,
} satisfies Partial<sql.ItemFields>;

/** Writes one validated question of a set (its item, options, targets, distractors, sources). */
export async function saveQuestion(
  db: Queryable,
  question: LoadedQuestion,
  documentId: string,
  questionSetId: string,
  misconceptionIds: ReadonlyMap<string, string>,
): Promise<void> {
  const entry: AnyQuestionKindEntry = QUESTION_KIND_ENTRIES[question.kind];
  const stored = entry.store(question);
  const itemId = await sql.upsertItem(db, {
    ...NO_ITEM_FIELDS,
    contentKey: question.id,
    kind: question.kind,
    documentId,
    questionSetId,
    position: question.position,
    prompt: question.prompt,
    points: question.points,
    skill: question.skill,
    paragraphNumbers: question.paragraphNumbers,
    explanation: question.explanation,
    ...stored.columns,
  });
  await guideSql.updateMisconceptions(db, itemId, question.misconceptions);
  await guideSql.updateTries(db, itemId, question.tries);
  if (stored.options) await sql.upsertOptions(db, itemId, stored.options);
  if (stored.targets) await replaceTargets(db, itemId, stored.targets);
  await misconceptionSql.replaceDistractors(
    db,
    itemId,
    question.distractors ?? [],
    misconceptionIds,
  );
  await sourceSql.replaceSources(db, itemId, stored.sources ?? []);
}

/** Writes one validated exercise (its item, claims, model evidence, sources, rubric, exemplars); returns its id. */
export async function saveExercise(
  db: Queryable,
  exercise: LoadedExercise,
  documentId: string,
): Promise<string> {
  const itemId = await sql.upsertItem(db, {
    ...NO_ITEM_FIELDS,
    contentKey: exercise.slug,
    kind: "EXERCISE",
    documentId,
    questionSetId: null,
    position: null,
    slug: exercise.slug,
    title: exercise.title,
    prompt: exercise.prompt,
    points: exercise.points,
    skill: exercise.skill,
    paragraphNumbers: exercise.paragraphNumbers,
    explanation: "",
    minSelections: exercise.minEvidence,
    guidance: exercise.guidance,
    evidencePoints: exercise.evidencePoints,
    answerSlots:
      exercise.answerSlots.ownClaim || exercise.answerSlots.contextFacts
        ? exercise.answerSlots
        : null,
  });
  await guideSql.updateMisconceptions(db, itemId, exercise.misconceptions);
  await guideSql.updateTries(db, itemId, exercise.tries);
  await sql.upsertOptions(
    db,
    itemId,
    exercise.claims.map((claim, index) => ({
      role: "CLAIM",
      contentKey: claim.id,
      displayPosition: index + 1,
      text: claim.text,
      correct: null,
      keyPosition: null,
      partnerKey: null,
      explanation: null,
    })),
  );
  await replaceTargets(db, itemId, exercise.modelEvidence);
  await sourceSql.replaceSources(db, itemId, exercise.sources);
  await rubricSql.upsertCriteria(
    db,
    itemId,
    exercise.rubric.map((criterion) => ({ ...criterion, contentKey: criterion.id })),
  );
  await rubricSql.replaceExemplars(
    db,
    itemId,
    exercise.exemplars.map((exemplar) => ({ ...exemplar, claimKey: exemplar.claimId })),
  );
  return itemId;
}
