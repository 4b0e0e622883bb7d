import type { Queryable } from "../../core/database.js";

export interface LessonRow {
  id: string;
  slug: string;
  documentId: string;
  title: string;
  summary: string;
  estimatedMinutes: number;
  objectives: string[];
  skills: string[];
  /** A version of a teacher's own question set (never in the course's lists). */
  authored: boolean;
  /** Its owner; null for a built-in lesson (or once the owner's account is gone). */
  authoredBy: string | null;
  /** Its owner's preview of a draft (migration 0037): never assigned, listed or counted. */
  preview: boolean;
}

export interface StepRow {
  id: string;
  lessonId: string;
  position: number;
  kind: string;
  title: string;
  body: string;
  paragraphNumbers: number[];
  questionSetId: string | null;
  exerciseId: string | null;
}

export interface QuestionSetRow {
  id: string;
  slug: string;
  documentId: string;
  title: string;
}

const LESSON_COLUMNS = `l.id::text AS "id", l.slug AS "slug", l.document_id::text AS "documentId", l.title AS "title",
  l.summary AS "summary", l.estimated_minutes AS "estimatedMinutes", l.objectives AS "objectives", l.skills AS "skills",
  l.authored AS "authored", l.authored_by::text AS "authoredBy", l.preview AS "preview"`;

/** The published lessons in course order (teachers' authored lessons are never listed). */
export async function selectLessons(db: Queryable): Promise<LessonRow[]> {
  const { rows } = await db.query<LessonRow>(
    `SELECT ${LESSON_COLUMNS} FROM lessons l WHERE NOT l.retired AND NOT l.authored ORDER BY l.position`,
  );
  return rows;
}

/** Published lessons by slug. */
export async function selectLessonsBySlugs(
  db: Queryable,
  slugs: readonly string[],
): Promise<LessonRow[]> {
  const { rows } = await db.query<LessonRow>(
    `SELECT ${LESSON_COLUMNS} FROM lessons l WHERE l.slug = ANY($1::text[]) AND NOT l.retired`,
    [slugs],
  );
  return rows;
}

/** Lessons by id, retired ones included: attempts still point at them. */
export async function selectLessonsByIds(
  db: Queryable,
  ids: readonly string[],
): Promise<LessonRow[]> {
  const { rows } = await db.query<LessonRow>(
    `SELECT ${LESSON_COLUMNS} FROM lessons l WHERE l.id = ANY($1::bigint[])`,
    [ids],
  );
  return rows;
}

/** The published lessons of several documents, in course order. */
export async function selectLessonsByDocumentIds(
  db: Queryable,
  documentIds: readonly string[],
): Promise<LessonRow[]> {
  const { rows } = await db.query<LessonRow>(
    `SELECT ${LESSON_COLUMNS} FROM lessons l WHERE l.document_id = ANY($1::bigint[]) AND NOT l.retired AND NOT l.authored ORDER BY l.position`,
    [documentIds],
  );
  return rows;
}

/** The steps of several lessons, in order. */
export async function selectStepsByLessonIds(
  db: Queryable,
  lessonIds: readonly string[],
): Promise<StepRow[]> {
  const { rows } = await db.query<StepRow>(
    `SELECT s.id::text AS "id", s.lesson_id::text AS "lessonId", s.position AS "position", s.kind AS "kind", s.title AS "title",
            s.body AS "body", s.paragraph_numbers AS "paragraphNumbers", s.question_set_id::text AS "questionSetId",
            s.exercise_item_id::text AS "exerciseId"
       FROM lesson_steps s WHERE s.lesson_id = ANY($1::bigint[]) AND s.position IS NOT NULL
      ORDER BY s.lesson_id, s.position`,
    [lessonIds],
  );
  return rows;
}

const SET_COLUMNS = `q.id::text AS "id", q.slug AS "slug", q.document_id::text AS "documentId", q.title AS "title"`;

/** Published question sets by id. */
export async function selectQuestionSetsByIds(
  db: Queryable,
  ids: readonly string[],
): Promise<QuestionSetRow[]> {
  const { rows } = await db.query<QuestionSetRow>(
    `SELECT ${SET_COLUMNS} FROM question_sets q WHERE q.id = ANY($1::bigint[]) AND NOT q.retired`,
    [ids],
  );
  return rows;
}

/** Published question sets by slug. */
export async function selectQuestionSetsBySlugs(
  db: Queryable,
  slugs: readonly string[],
): Promise<QuestionSetRow[]> {
  const { rows } = await db.query<QuestionSetRow>(
    `SELECT ${SET_COLUMNS} FROM question_sets q WHERE q.slug = ANY($1::text[]) AND NOT q.retired`,
    [slugs],
  );
  return rows;
}

export interface LessonItemRow {
  lessonId: string;
  itemId: string;
  kind: string;
  points: number;
  documentId: string;
}

/** The lessons (published or not) whose steps hold each of several items. */
export async function selectLessonIdsOfItems(
  db: Queryable,
  itemIds: readonly string[],
): Promise<Array<{ itemId: string; lessonId: string }>> {
  const { rows } = await db.query<{ itemId: string; lessonId: string }>(
    `SELECT DISTINCT i.id::text AS "itemId", s.lesson_id::text AS "lessonId" FROM lesson_steps s
       JOIN items i ON i.id = ANY($1::bigint[]) AND (i.question_set_id = s.question_set_id OR i.id = s.exercise_item_id)
      WHERE s.position IS NOT NULL`,
    [itemIds],
  );
  return rows;
}

/** The items (questions and exercises) of several lessons, in the order the lesson presents them. */
export async function selectLessonItems(
  db: Queryable,
  lessonIds: readonly string[],
): Promise<LessonItemRow[]> {
  const { rows } = await db.query<LessonItemRow>(
    `SELECT s.lesson_id::text AS "lessonId", i.id::text AS "itemId", i.kind AS "kind", i.points AS "points",
            i.document_id::text AS "documentId"
       FROM lesson_steps s
       JOIN items i ON (i.question_set_id = s.question_set_id AND NOT i.retired) OR i.id = s.exercise_item_id
      WHERE s.lesson_id = ANY($1::bigint[]) AND s.position IS NOT NULL
      ORDER BY s.lesson_id, s.position, i.position NULLS FIRST`,
    [lessonIds],
  );
  return rows;
}
