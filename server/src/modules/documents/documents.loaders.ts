import DataLoader from "dataloader";
import type { Queryable } from "../../core/database.js";
import { groupBy, indexBy } from "../../core/group.js";
import * as sql from "./documents.sql.js";

export type { DocumentRow } from "./documents.sql.js";
export type DocumentLoaders = ReturnType<typeof createDocumentLoaders>;

/** Per-request loaders: each nested list costs one query per request, not one per parent. */
export function createDocumentLoaders(db: Queryable) {
  return {
    documentById: new DataLoader<string, sql.DocumentRow | null>(async (ids) =>
      indexBy(ids, await sql.selectDocumentsByIds(db, ids), (row) => row.id),
    ),
    documentBySlug: new DataLoader<string, sql.DocumentRow | null>(async (slugs) =>
      indexBy(slugs, await sql.selectDocumentsBySlugs(db, slugs), (row) => row.slug),
    ),
    paragraphsByDocument: new DataLoader<string, sql.ParagraphRow[]>(async (ids) =>
      groupBy(ids, await sql.selectParagraphsByDocumentIds(db, ids), (row) => row.documentId),
    ),
    notesByParagraph: new DataLoader<string, sql.NoteRow[]>(async (ids) =>
      groupBy(ids, await sql.selectNotesByParagraphIds(db, ids), (row) => row.paragraphId),
    ),
    peopleByDocument: new DataLoader<string, sql.PersonRow[]>(async (ids) =>
      groupBy(ids, await sql.selectPeopleByDocumentIds(db, ids), (row) => row.documentId),
    ),
    peopleByParagraph: new DataLoader<string, sql.PersonRow[]>(async (ids) =>
      groupBy(ids, await sql.selectPeopleByParagraphIds(db, ids), (row) => row.paragraphId),
    ),
    glossaryByDocument: new DataLoader<string, sql.GlossaryTermRow[]>(async (ids) =>
      groupBy(ids, await sql.selectGlossaryByDocumentIds(db, ids), (row) => row.documentId),
    ),
    mentionsByPerson: new DataLoader<string, sql.MentionRow[]>(async (ids) =>
      groupBy(ids, await sql.selectMentions(db, "person", ids), (row) => row.subjectId),
    ),
    mentionsByGlossaryTerm: new DataLoader<string, sql.MentionRow[]>(async (ids) =>
      groupBy(ids, await sql.selectMentions(db, "glossaryTerm", ids), (row) => row.subjectId),
    ),
  };
}
