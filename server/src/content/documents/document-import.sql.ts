import type { Queryable } from "../../core/database.js";
import type { DocumentFields, EditorialNoteKind } from "./export.types.js";

export interface ExistingDocument {
  id: string;
  slug: string;
  sourceUrl: string | null;
  contentHash: string;
  builtIn: boolean;
}

const EXISTING_COLUMNS = `id::text AS "id", slug AS "slug", source_url AS "sourceUrl", content_hash AS "contentHash", built_in AS "builtIn"`;

/** The document with this source URL, locked for update. */
export async function selectDocumentBySourceUrl(
  db: Queryable,
  sourceUrl: string,
): Promise<ExistingDocument | undefined> {
  const { rows } = await db.query<ExistingDocument>(
    `SELECT ${EXISTING_COLUMNS} FROM documents WHERE source_url = $1 FOR UPDATE`,
    [sourceUrl],
  );
  return rows[0];
}

/** The document with this slug, locked for update. */
export async function selectDocumentBySlug(
  db: Queryable,
  slug: string,
): Promise<ExistingDocument | undefined> {
  const { rows } = await db.query<ExistingDocument>(
    `SELECT ${EXISTING_COLUMNS} FROM documents WHERE slug = $1 FOR UPDATE`,
    [slug],
  );
  return rows[0];
}

/** Slugs in use that start with the given stem. */
export async function selectSlugsLike(db: Queryable, stem: string): Promise<string[]> {
  const { rows } = await db.query<{ slug: string }>(
    `SELECT slug AS "slug" FROM documents WHERE slug = $1 OR slug LIKE $1 || '-%'`,
    [stem],
  );
  return rows.map((row) => row.slug);
}

const FIELD_VALUES = (f: DocumentFields) => [
  f.slug,
  f.title,
  f.date,
  f.summary,
  f.citation,
  f.sourceUrl,
  f.displayUrl,
  f.archivalReference,
  f.translator,
  f.originalLanguage,
  f.credits,
  f.contents,
  f.contentHash,
  f.builtIn,
  f.origin,
  f.shortTitle,
];

/** Inserts a document; returns its id. */
export async function insertDocument(db: Queryable, fields: DocumentFields): Promise<string> {
  const { rows } = await db.query<{ id: string }>(
    `INSERT INTO documents (slug, title, record_date, summary, citation, source_url, display_url, archival_reference,
                            translator, original_language, credits, contents, content_hash, built_in, origin, short_title)
     VALUES ($1, $2, $3::date, $4, $5, $6, $7, $8, $9, $10, $11, $12::text[], $13, $14, $15, $16)
     RETURNING id::text AS "id"`,
    FIELD_VALUES(fields),
  );
  return rows[0]!.id;
}

/** Overwrites a document's fields (its id, and so every reference to it, stays). */
export async function updateDocument(
  db: Queryable,
  id: string,
  fields: DocumentFields,
): Promise<void> {
  await db.query(
    `UPDATE documents SET slug = $1, title = $2, record_date = $3::date, summary = $4, citation = $5, source_url = $6,
            display_url = $7, archival_reference = $8, translator = $9, original_language = $10, credits = $11,
            contents = $12::text[], content_hash = $13, built_in = $14, origin = $15, short_title = $16,
            updated_at = now()
      WHERE id = $17`,
    [...FIELD_VALUES(fields), id],
  );
}

/** Whether anything published cites the document's paragraph numbers (annotations, lessons). */
export async function documentIsCited(db: Queryable, documentId: string): Promise<boolean> {
  const { rows } = await db.query<{ cited: boolean }>(
    `SELECT EXISTS (SELECT 1 FROM people WHERE document_id = $1)
         OR EXISTS (SELECT 1 FROM glossary_terms WHERE document_id = $1)
         OR EXISTS (SELECT 1 FROM editorial_notes n JOIN paragraphs p ON p.id = n.paragraph_id
                     WHERE p.document_id = $1 AND n.explanation IS NOT NULL) AS "cited"`,
    [documentId],
  );
  return rows[0]!.cited;
}

/** A document's paragraphs: id, number, text. */
export async function selectParagraphTexts(
  db: Queryable,
  documentId: string,
): Promise<Array<{ id: string; number: number; text: string }>> {
  const { rows } = await db.query<{ id: string; number: number; text: string }>(
    `SELECT id::text AS "id", number AS "number", text AS "text" FROM paragraphs WHERE document_id = $1 ORDER BY number`,
    [documentId],
  );
  return rows;
}

/** Removes what is derived from a document's text: notes, mentions, people, glossary. */
export async function deleteDerivedRows(
  db: Queryable,
  documentId: string,
  alsoAnnotations: boolean,
): Promise<void> {
  await db.query(
    `DELETE FROM editorial_notes n USING paragraphs p WHERE p.id = n.paragraph_id AND p.document_id = $1`,
    [documentId],
  );
  await db.query(
    `DELETE FROM mentions m USING paragraphs p WHERE p.id = m.paragraph_id AND p.document_id = $1`,
    [documentId],
  );
  if (alsoAnnotations) {
    await db.query(`DELETE FROM people WHERE document_id = $1`, [documentId]);
    await db.query(`DELETE FROM glossary_terms WHERE document_id = $1`, [documentId]);
  }
}

/** Applies a paragraph plan in one transaction: deletes, renumbers and rewrites, inserts. */
export async function writeParagraphs(
  db: Queryable,
  documentId: string,
  plan: {
    deleteIds: string[];
    updates: Array<{ id: string; number: number; text: string }>;
    inserts: Array<{ number: number; text: string }>;
  },
): Promise<Map<number, { id: string; length: number }>> {
  await db.query("SET CONSTRAINTS paragraphs_document_number_key DEFERRED");
  if (plan.deleteIds.length > 0)
    await db.query(`DELETE FROM paragraphs WHERE id = ANY($1::bigint[])`, [plan.deleteIds]);
  if (plan.updates.length > 0) {
    await db.query(
      `UPDATE paragraphs p SET number = u.number, text = u.text, text_length = u.text_length
         FROM unnest($1::bigint[], $2::int[], $3::text[], $4::int[]) AS u(id, number, text, text_length)
        WHERE p.id = u.id`,
      [
        plan.updates.map((u) => u.id),
        plan.updates.map((u) => u.number),
        plan.updates.map((u) => u.text),
        plan.updates.map((u) => u.text.length),
      ],
    );
  }
  if (plan.inserts.length > 0) {
    await db.query(
      `INSERT INTO paragraphs (document_id, number, text, text_length)
       SELECT $1, u.number, u.text, u.text_length FROM unnest($2::int[], $3::text[], $4::int[]) AS u(number, text, text_length)`,
      [
        documentId,
        plan.inserts.map((i) => i.number),
        plan.inserts.map((i) => i.text),
        plan.inserts.map((i) => i.text.length),
      ],
    );
  }
  await db.query("SET CONSTRAINTS paragraphs_document_number_key IMMEDIATE");
  const { rows } = await db.query<{ id: string; number: number; length: number }>(
    `SELECT id::text AS "id", number AS "number", text_length AS "length" FROM paragraphs WHERE document_id = $1`,
    [documentId],
  );
  return new Map(rows.map((row) => [row.number, { id: row.id, length: row.length }]));
}

export interface NoteInsert {
  paragraphId: string;
  paragraphLength: number;
  parentId: string | null;
  kind: EditorialNoteKind;
  quote: string;
  start: number;
  end: number;
  explanation: string | null;
}

/** Inserts one editorial note; returns its id (nested notes need their parent's). */
export async function insertNote(db: Queryable, note: NoteInsert): Promise<string> {
  const { rows } = await db.query<{ id: string }>(
    `INSERT INTO editorial_notes (paragraph_id, paragraph_length, parent_id, kind, quote, start_offset, end_offset, explanation)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id::text AS "id"`,
    [
      note.paragraphId,
      note.paragraphLength,
      note.parentId,
      note.kind,
      note.quote,
      note.start,
      note.end,
      note.explanation,
    ],
  );
  return rows[0]!.id;
}

/** Inserts a person; returns the id. */
export async function insertPerson(
  db: Queryable,
  documentId: string,
  position: number,
  person: { slug: string; name: string; role: string; description: string; identified: boolean },
): Promise<string> {
  const { rows } = await db.query<{ id: string }>(
    `INSERT INTO people (document_id, slug, position, name, role, description, identified)
     VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id::text AS "id"`,
    [
      documentId,
      person.slug,
      position,
      person.name,
      person.role,
      person.description,
      person.identified,
    ],
  );
  return rows[0]!.id;
}

/** Inserts a glossary term; returns the id. */
export async function insertGlossaryTerm(
  db: Queryable,
  documentId: string,
  position: number,
  entry: { slug: string; term: string; definition: string },
): Promise<string> {
  const { rows } = await db.query<{ id: string }>(
    `INSERT INTO glossary_terms (document_id, slug, position, term, definition)
     VALUES ($1, $2, $3, $4, $5) RETURNING id::text AS "id"`,
    [documentId, entry.slug, position, entry.term, entry.definition],
  );
  return rows[0]!.id;
}

export interface MentionInsert {
  paragraphId: string;
  paragraphLength: number;
  personId: string | null;
  glossaryTermId: string | null;
  start: number;
  end: number;
}

/** Inserts many mentions in one statement. */
export async function insertMentions(
  db: Queryable,
  mentions: readonly MentionInsert[],
): Promise<void> {
  if (mentions.length === 0) return;
  await db.query(
    `INSERT INTO mentions (paragraph_id, paragraph_length, person_id, glossary_term_id, start_offset, end_offset)
     SELECT u.paragraph_id, u.paragraph_length, u.person_id, u.glossary_term_id, u.start_offset, u.end_offset
       FROM unnest($1::bigint[], $2::int[], $3::bigint[], $4::bigint[], $5::int[], $6::int[])
            AS u(paragraph_id, paragraph_length, person_id, glossary_term_id, start_offset, end_offset)`,
    [
      mentions.map((m) => m.paragraphId),
      mentions.map((m) => m.paragraphLength),
      mentions.map((m) => m.personId),
      mentions.map((m) => m.glossaryTermId),
      mentions.map((m) => m.start),
      mentions.map((m) => m.end),
    ],
  );
}
