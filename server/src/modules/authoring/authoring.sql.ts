import type { Queryable } from "../../core/database.js";

export interface AuthoredSetRow {
  id: string;
  ownerId: string;
  stem: string;
  documentId: string;
  title: string;
  draft: Record<string, unknown>;
  revision: number;
  archived: boolean;
  copiedFrom: string | null;
  shareCode: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface VersionRow {
  setId: string;
  number: number;
  lessonId: string;
  questionSetId: string;
  content: Record<string, unknown>;
  publishedAt: Date;
}

const SET_COLUMNS = `s.id::text AS "id", s.owner_id::text AS "ownerId", s.stem AS "stem",
  s.document_id::text AS "documentId", s.title AS "title", s.draft AS "draft", s.revision AS "revision",
  s.archived AS "archived", s.copied_from AS "copiedFrom", s.share_code AS "shareCode",
  s.created_at AS "createdAt", s.updated_at AS "updatedAt"`;

const VERSION_COLUMNS = `v.set_id::text AS "setId", v.number AS "number", v.lesson_id::text AS "lessonId",
  v.question_set_id::text AS "questionSetId", v.content AS "content", v.published_at AS "publishedAt"`;

/** Inserts a teacher's new set. */
export async function insertSet(
  db: Queryable,
  set: {
    ownerId: string;
    stem: string;
    documentId: string;
    title: string;
    draft: object;
    copiedFrom: string | null;
  },
): Promise<AuthoredSetRow> {
  const { rows } = await db.query<AuthoredSetRow>(
    `INSERT INTO authored_question_sets AS s (owner_id, stem, document_id, title, draft, copied_from)
     VALUES ($1, $2, $3, $4, $5::jsonb, $6) RETURNING ${SET_COLUMNS}`,
    [set.ownerId, set.stem, set.documentId, set.title, JSON.stringify(set.draft), set.copiedFrom],
  );
  return rows[0]!;
}

/** Sets by id. */
export async function selectSetsByIds(
  db: Queryable,
  ids: readonly string[],
): Promise<AuthoredSetRow[]> {
  const { rows } = await db.query<AuthoredSetRow>(
    `SELECT ${SET_COLUMNS} FROM authored_question_sets s WHERE s.id = ANY($1::bigint[])`,
    [ids],
  );
  return rows;
}

/** A teacher's sets, most recently changed first. */
export async function selectSetsByOwner(db: Queryable, ownerId: string): Promise<AuthoredSetRow[]> {
  const { rows } = await db.query<AuthoredSetRow>(
    `SELECT ${SET_COLUMNS} FROM authored_question_sets s WHERE s.owner_id = $1
      ORDER BY s.updated_at DESC, s.id DESC`,
    [ownerId],
  );
  return rows;
}

/** The set a share link names. */
export async function selectSetByShareCode(
  db: Queryable,
  shareCode: string,
): Promise<AuthoredSetRow | null> {
  const { rows } = await db.query<AuthoredSetRow>(
    `SELECT ${SET_COLUMNS} FROM authored_question_sets s WHERE s.share_code = $1`,
    [shareCode],
  );
  return rows[0] ?? null;
}

/** Saves a draft if it is still at `expectedRevision`; null when another save came first. */
export async function updateDraft(
  db: Queryable,
  id: string,
  expectedRevision: number,
  changes: { title: string; draft: object },
): Promise<AuthoredSetRow | null> {
  const { rows } = await db.query<AuthoredSetRow>(
    `UPDATE authored_question_sets s SET title = $3, draft = $4::jsonb, revision = s.revision + 1, updated_at = now()
      WHERE s.id = $1 AND s.revision = $2 RETURNING ${SET_COLUMNS}`,
    [id, expectedRevision, changes.title, JSON.stringify(changes.draft)],
  );
  return rows[0] ?? null;
}

/** Archives a set (its versions stay: attempts and assignments keep them). */
export async function archiveSet(db: Queryable, id: string): Promise<AuthoredSetRow> {
  const { rows } = await db.query<AuthoredSetRow>(
    `UPDATE authored_question_sets s SET archived = true, updated_at = now() WHERE s.id = $1 RETURNING ${SET_COLUMNS}`,
    [id],
  );
  return rows[0]!;
}

/** Gives a set its share code, once; returns the row. */
export async function setShareCode(
  db: Queryable,
  id: string,
  shareCode: string,
): Promise<AuthoredSetRow> {
  const { rows } = await db.query<AuthoredSetRow>(
    `UPDATE authored_question_sets s SET share_code = coalesce(s.share_code, $2) WHERE s.id = $1 RETURNING ${SET_COLUMNS}`,
    [id, shareCode],
  );
  return rows[0]!;
}

/** Locks a set for publishing (one version number at a time). */
export async function lockSet(db: Queryable, id: string): Promise<AuthoredSetRow | null> {
  const { rows } = await db.query<AuthoredSetRow>(
    `SELECT ${SET_COLUMNS} FROM authored_question_sets s WHERE s.id = $1 FOR UPDATE`,
    [id],
  );
  return rows[0] ?? null;
}

/** Records a published version. */
export async function insertVersion(
  db: Queryable,
  version: {
    setId: string;
    number: number;
    lessonId: string;
    questionSetId: string;
    content: object;
  },
): Promise<VersionRow> {
  const { rows } = await db.query<VersionRow>(
    `INSERT INTO authored_set_versions AS v (set_id, number, lesson_id, question_set_id, content)
     VALUES ($1, $2, $3, $4, $5::jsonb) RETURNING ${VERSION_COLUMNS}`,
    [
      version.setId,
      version.number,
      version.lessonId,
      version.questionSetId,
      JSON.stringify(version.content),
    ],
  );
  return rows[0]!;
}

/** The versions of several sets, oldest first. */
export async function selectVersionsBySetIds(
  db: Queryable,
  setIds: readonly string[],
): Promise<VersionRow[]> {
  const { rows } = await db.query<VersionRow>(
    `SELECT ${VERSION_COLUMNS} FROM authored_set_versions v WHERE v.set_id = ANY($1::bigint[])
      ORDER BY v.set_id, v.number`,
    [setIds],
  );
  return rows;
}

/** The version a lesson is, if it is one (for whoever may copy the set behind a lesson). */
export async function selectVersionsByQuestionSetIds(
  db: Queryable,
  questionSetIds: readonly string[],
): Promise<VersionRow[]> {
  const { rows } = await db.query<VersionRow>(
    `SELECT ${VERSION_COLUMNS} FROM authored_set_versions v WHERE v.question_set_id = ANY($1::bigint[])`,
    [questionSetIds],
  );
  return rows;
}

/** A built-in set's validated file, by its id; null for an authored or unknown set. */
export async function selectBuiltInSource(
  db: Queryable,
  questionSetId: string,
): Promise<{ slug: string; documentId: string; title: string; source: object | null } | null> {
  const { rows } = await db.query<{
    slug: string;
    documentId: string;
    title: string;
    source: object | null;
  }>(
    `SELECT q.slug AS "slug", q.document_id::text AS "documentId", q.title AS "title", q.source AS "source"
       FROM question_sets q WHERE q.id = $1 AND NOT q.authored AND NOT q.retired`,
    [questionSetId],
  );
  return rows[0] ?? null;
}

/** The lessons of the latest versions of a teacher's sets that are not archived. */
export async function selectLatestLessonIdsOfOwner(
  db: Queryable,
  ownerId: string,
): Promise<string[]> {
  const { rows } = await db.query<{ lessonId: string }>(
    `SELECT DISTINCT ON (v.set_id) v.lesson_id::text AS "lessonId"
       FROM authored_set_versions v JOIN authored_question_sets s ON s.id = v.set_id
      WHERE s.owner_id = $1 AND NOT s.archived
      ORDER BY v.set_id, v.number DESC`,
    [ownerId],
  );
  return rows.map((row) => row.lessonId);
}
