import type { Queryable } from "../../core/database.js";
import type { DocumentFields, EditorialNoteKind } from "../../content/documents/export.types.js";

/** A document as read: its stored fields, its id and how many paragraphs it has. */
export interface DocumentRow extends DocumentFields {
  id: string;
  paragraphCount: number;
}

export interface ParagraphRow {
  id: string;
  documentId: string;
  number: number;
  text: string;
}

export interface NoteRow {
  id: string;
  paragraphId: string;
  parentId: string | null;
  kind: EditorialNoteKind;
  quote: string;
  start: number;
  end: number;
  explanation: string | null;
}

export interface PersonRow {
  id: string;
  documentId: string;
  slug: string;
  name: string;
  role: string;
  description: string;
  identified: boolean;
}

export interface GlossaryTermRow {
  id: string;
  documentId: string;
  slug: string;
  term: string;
  definition: string;
}

export interface MentionRow {
  subjectId: string;
  paragraphId: string;
  paragraphNumber: number;
  start: number;
  end: number;
}

const DOCUMENT_COLUMNS = `
  d.id::text AS "id", d.slug AS "slug", d.title AS "title",
  to_char(d.record_date, 'YYYY-MM-DD') AS "date", d.summary AS "summary", d.citation AS "citation",
  d.source_url AS "sourceUrl", d.display_url AS "displayUrl", d.archival_reference AS "archivalReference",
  d.translator AS "translator", d.original_language AS "originalLanguage", d.credits AS "credits",
  d.contents AS "contents", d.content_hash AS "contentHash", d.built_in AS "builtIn", d.origin AS "origin",
  d.short_title AS "shortTitle",
  (SELECT count(*) FROM paragraphs p WHERE p.document_id = d.id)::int AS "paragraphCount"`;

/** Every document, by date. */
export async function selectDocuments(db: Queryable): Promise<DocumentRow[]> {
  const { rows } = await db.query<DocumentRow>(
    `SELECT ${DOCUMENT_COLUMNS} FROM documents d ORDER BY d.record_date, d.id`,
  );
  return rows;
}

/** Documents with the given slugs (any order). */
export async function selectDocumentsBySlugs(
  db: Queryable,
  slugs: readonly string[],
): Promise<DocumentRow[]> {
  const { rows } = await db.query<DocumentRow>(
    `SELECT ${DOCUMENT_COLUMNS} FROM documents d WHERE d.slug = ANY($1::text[])`,
    [slugs],
  );
  return rows;
}

/** Documents with the given ids (any order). */
export async function selectDocumentsByIds(
  db: Queryable,
  ids: readonly string[],
): Promise<DocumentRow[]> {
  const { rows } = await db.query<DocumentRow>(
    `SELECT ${DOCUMENT_COLUMNS} FROM documents d WHERE d.id = ANY($1::bigint[])`,
    [ids],
  );
  return rows;
}

/** The paragraphs of several documents, in reading order. */
export async function selectParagraphsByDocumentIds(
  db: Queryable,
  documentIds: readonly string[],
): Promise<ParagraphRow[]> {
  const { rows } = await db.query<ParagraphRow>(
    `SELECT p.id::text AS "id", p.document_id::text AS "documentId", p.number AS "number", p.text AS "text"
       FROM paragraphs p WHERE p.document_id = ANY($1::bigint[]) ORDER BY p.document_id, p.number`,
    [documentIds],
  );
  return rows;
}

/** The editorial notes of several paragraphs, in text order (an enclosing note first). */
export async function selectNotesByParagraphIds(
  db: Queryable,
  paragraphIds: readonly string[],
): Promise<NoteRow[]> {
  const { rows } = await db.query<NoteRow>(
    `SELECT n.id::text AS "id", n.paragraph_id::text AS "paragraphId", n.parent_id::text AS "parentId",
            n.kind AS "kind", n.quote AS "quote", n.start_offset AS "start", n.end_offset AS "end",
            n.explanation AS "explanation"
       FROM editorial_notes n WHERE n.paragraph_id = ANY($1::bigint[])
      ORDER BY n.paragraph_id, n.start_offset, n.end_offset DESC`,
    [paragraphIds],
  );
  return rows;
}

const PERSON_COLUMNS = `pe.id::text AS "id", pe.document_id::text AS "documentId", pe.slug AS "slug", pe.name AS "name",
  pe.role AS "role", pe.description AS "description", pe.identified AS "identified"`;

/** The people of several documents, in the annotations' order. */
export async function selectPeopleByDocumentIds(
  db: Queryable,
  documentIds: readonly string[],
): Promise<PersonRow[]> {
  const { rows } = await db.query<PersonRow>(
    `SELECT ${PERSON_COLUMNS} FROM people pe WHERE pe.document_id = ANY($1::bigint[]) ORDER BY pe.document_id, pe.position`,
    [documentIds],
  );
  return rows;
}

/** The people named in each of several paragraphs. */
export async function selectPeopleByParagraphIds(
  db: Queryable,
  paragraphIds: readonly string[],
): Promise<Array<PersonRow & { paragraphId: string }>> {
  const { rows } = await db.query<PersonRow & { paragraphId: string }>(
    `SELECT DISTINCT m.paragraph_id::text AS "paragraphId", pe.position, ${PERSON_COLUMNS}
       FROM mentions m JOIN people pe ON pe.id = m.person_id
      WHERE m.paragraph_id = ANY($1::bigint[])
      ORDER BY "paragraphId", pe.position`,
    [paragraphIds],
  );
  return rows;
}

/** The glossary terms of several documents, in the annotations' order. */
export async function selectGlossaryByDocumentIds(
  db: Queryable,
  documentIds: readonly string[],
): Promise<GlossaryTermRow[]> {
  const { rows } = await db.query<GlossaryTermRow>(
    `SELECT g.id::text AS "id", g.document_id::text AS "documentId", g.slug AS "slug", g.term AS "term",
            g.definition AS "definition"
       FROM glossary_terms g WHERE g.document_id = ANY($1::bigint[]) ORDER BY g.document_id, g.position`,
    [documentIds],
  );
  return rows;
}

/** Where each of several people (or glossary terms) is named, in reading order. */
export async function selectMentions(
  db: Queryable,
  subject: "person" | "glossaryTerm",
  subjectIds: readonly string[],
): Promise<MentionRow[]> {
  const column = subject === "person" ? "m.person_id" : "m.glossary_term_id";
  const { rows } = await db.query<MentionRow>(
    `SELECT ${column}::text AS "subjectId", m.paragraph_id::text AS "paragraphId", p.number AS "paragraphNumber",
            m.start_offset AS "start", m.end_offset AS "end"
       FROM mentions m JOIN paragraphs p ON p.id = m.paragraph_id
      WHERE ${column} = ANY($1::bigint[])
      ORDER BY ${column}, p.number, m.start_offset`,
    [subjectIds],
  );
  return rows;
}
