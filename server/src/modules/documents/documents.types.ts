import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { encodeId } from "../../core/ids.js";
import type { EditorialNoteKind as NoteKind } from "../../content/documents/export.types.js";
import type * as sql from "./documents.sql.js";

export enum EditorialNoteKind {
  SIC = "SIC",
  INSERTION = "INSERTION",
  ARCHIVAL_MARK = "ARCHIVAL_MARK",
  ORIGINAL_LANGUAGE = "ORIGINAL_LANGUAGE",
  OTHER = "OTHER",
}

registerEnumType(EditorialNoteKind, {
  name: "EditorialNoteKind",
  description: "Layers that editors, translators and archives added on top of the author's words.",
  valuesConfig: {
    SIC: { description: "A correction by the translator or editor, e.g. '[sic; November]'." },
    INSERTION: { description: "A word the translator supplied for sense, e.g. '[Mao]'." },
    ARCHIVAL_MARK: {
      description:
        "Marks on the archival copy: stamps, handwritten entries, classification, registration numbers.",
    },
    ORIGINAL_LANGUAGE: {
      description: "A phrase kept in the original language, e.g. '[s shirokim partiynym aktivom]'.",
    },
    OTHER: { description: "Any other bracketed note." },
  },
});

export enum DocumentOrigin {
  SOVIET = "SOVIET",
  CHINESE = "CHINESE",
  NORTH_KOREAN = "NORTH_KOREAN",
}

registerEnumType(DocumentOrigin, {
  name: "DocumentOrigin",
  description: "Whose record a document is: the state or party whose official made it.",
});

@ObjectType()
export class TextSpan {
  @Field(() => Int) paragraphNumber!: number;
  @Field(() => Int) start!: number;
  @Field(() => Int) end!: number;
}

@ObjectType()
export class Document {
  @Field(() => ID) id!: string;
  @Field(() => String) slug!: string;
  @Field(() => String) title!: string;
  @Field(() => String, { description: "Date of the record, YYYY-MM-DD." }) date!: string;
  @Field(() => String, {
    nullable: true,
    description: "Null where the export has none: nothing is invented.",
  })
  summary!: string | null;
  @Field(() => String, {
    nullable: true,
    description: "The full citation, as a reader would copy it into a bibliography.",
  })
  citation!: string | null;
  @Field(() => String, {
    nullable: true,
    description: "The URL given in the archive's export (provenance).",
  })
  sourceUrl!: string | null;
  @Field(() => String, {
    nullable: true,
    description: "The archive's canonical page for the document, where known; else the source URL.",
  })
  displayUrl!: string | null;
  @Field(() => String, {
    nullable: true,
    description: "Archive, fond, opis, delo (e.g. 'AVPRF F. 0102, Op. 13, Delo 5').",
  })
  archivalReference!: string | null;
  @Field(() => String, { nullable: true }) translator!: string | null;
  @Field(() => String, { nullable: true }) originalLanguage!: string | null;
  @Field(() => String, { nullable: true }) credits!: string | null;
  @Field(() => [String], {
    description: "What the archive's export contains, e.g. 'Translation - English'.",
  })
  contents!: string[];
  @Field(() => Int, { description: "How many paragraphs the text has (¶1…¶N)." })
  paragraphCount!: number;
  @Field(() => DocumentOrigin, {
    nullable: true,
    description:
      "Soviet, Chinese or North Korean record, as the project's annotations decide from the export's own text; null for an imported export.",
  })
  origin!: DocumentOrigin | null;
  @Field(() => Boolean, {
    description:
      "True for an export added with `npm run import`; false for the documents the project ships (lessons/documents/).",
  })
  imported!: boolean;
  @Field(() => String, {
    description:
      "A short name for lists, tabs and feedback (e.g. \"Ponomarev's telegram\"), as the project's annotations set it; the title where none is set.",
  })
  shortTitle!: string;
  dbId!: string;
}

@ObjectType()
export class Paragraph {
  @Field(() => ID) id!: string;
  @Field(() => Int) number!: number;
  @Field(() => String, { description: "The text as published, editorial brackets included." })
  text!: string;
  dbId!: string;
}

@ObjectType()
export class EditorialNote {
  @Field(() => ID) id!: string;
  @Field(() => EditorialNoteKind) kind!: NoteKind;
  @Field(() => String, {
    description:
      "The note as it stands in Paragraph.text, brackets included: text.slice(start, end) == quote.",
  })
  quote!: string;
  @Field(() => Int) start!: number;
  @Field(() => Int) end!: number;
  @Field(() => String, { nullable: true, description: "What the note means, for a student." })
  explanation!: string | null;
  @Field(() => ID, {
    nullable: true,
    description: "The note this one stands inside, for a bracket within a bracket.",
  })
  parentId!: string | null;
}

@ObjectType()
export class Person {
  @Field(() => ID) id!: string;
  @Field(() => String) slug!: string;
  @Field(() => String) name!: string;
  @Field(() => String, { description: "Who they were at the time of the document." }) role!: string;
  @Field(() => String) description!: string;
  @Field(() => Boolean, {
    description: "False where historians have not established who the document means.",
  })
  identified!: boolean;
  dbId!: string;
}

@ObjectType()
export class GlossaryTerm {
  @Field(() => ID) id!: string;
  @Field(() => String) slug!: string;
  @Field(() => String) term!: string;
  @Field(() => String) definition!: string;
  dbId!: string;
}

export const toDocument = (row: sql.DocumentRow): Document =>
  Object.assign(new Document(), {
    ...row,
    id: encodeId("Document", row.id),
    dbId: row.id,
    displayUrl: row.displayUrl ?? row.sourceUrl,
    origin: row.origin as DocumentOrigin | null,
    imported: !row.builtIn,
    shortTitle: row.shortTitle ?? row.title,
  });

export const toParagraph = (row: sql.ParagraphRow): Paragraph =>
  Object.assign(new Paragraph(), {
    id: encodeId("Paragraph", row.id),
    dbId: row.id,
    number: row.number,
    text: row.text,
  });

export const toNote = (row: sql.NoteRow): EditorialNote =>
  Object.assign(new EditorialNote(), {
    ...row,
    id: encodeId("EditorialNote", row.id),
    parentId: row.parentId === null ? null : encodeId("EditorialNote", row.parentId),
  });

export const toPerson = (row: sql.PersonRow): Person =>
  Object.assign(new Person(), { ...row, id: encodeId("Person", row.id), dbId: row.id });

export const toGlossaryTerm = (row: sql.GlossaryTermRow): GlossaryTerm =>
  Object.assign(new GlossaryTerm(), { ...row, id: encodeId("GlossaryTerm", row.id), dbId: row.id });

/** The text without its top-level notes, spaces tidied where a note stood between words. */
export function withoutNotes(
  text: string,
  notes: ReadonlyArray<{ start: number; end: number; parentId: string | null }>,
): string {
  let out = "";
  let cursor = 0;
  for (const note of notes) {
    if (note.parentId !== null || note.start < cursor) continue;
    out += text.slice(cursor, note.start);
    cursor = note.end;
  }
  out += text.slice(cursor);
  return out
    .replace(/[ \t]{2,}/g, " ")
    .replace(/ +([.,;:!?])/g, "$1")
    .replace(/^[ \t]+|[ \t]+$/gm, "");
}
