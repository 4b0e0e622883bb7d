import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from "type-graphql";
import type { Queryable } from "../../core/database.js";
import type { DocumentLoaders } from "./documents.loaders.js";
import {
  Document,
  EditorialNote,
  GlossaryTerm,
  Paragraph,
  Person,
  TextSpan,
  toDocument,
  toGlossaryTerm,
  toNote,
  toParagraph,
  toPerson,
  withoutNotes,
} from "./documents.types.js";
import { selectDocuments } from "./documents.sql.js";

/** What the document resolvers read: the database and the documents' loaders. */
export interface DocumentsContext {
  db: Queryable;
  loaders: { documents: DocumentLoaders };
}

const toSpans = (
  rows: ReadonlyArray<{ paragraphNumber: number; start: number; end: number }>,
): TextSpan[] => rows.map(({ paragraphNumber, start, end }) => ({ paragraphNumber, start, end }));
const numbersOf = (rows: ReadonlyArray<{ paragraphNumber: number }>) => [
  ...new Set(rows.map((row) => row.paragraphNumber)),
];

@Resolver(() => Document)
export class DocumentResolver {
  @Query(() => [Document], { description: "Every document, by date." })
  async documents(@Ctx() { db }: DocumentsContext): Promise<Document[]> {
    return (await selectDocuments(db)).map(toDocument);
  }

  @Query(() => Document, { nullable: true })
  async document(
    @Arg("slug", () => String) slug: string,
    @Ctx() { loaders }: DocumentsContext,
  ): Promise<Document | null> {
    const row = await loaders.documents.documentBySlug.load(slug);
    return row ? toDocument(row) : null;
  }

  @FieldResolver(() => [Paragraph])
  async paragraphs(
    @Root() document: Document,
    @Ctx() { loaders }: DocumentsContext,
  ): Promise<Paragraph[]> {
    return (await loaders.documents.paragraphsByDocument.load(document.dbId)).map(toParagraph);
  }

  @FieldResolver(() => Paragraph, { nullable: true })
  async paragraph(
    @Root() document: Document,
    @Arg("number", () => Int) number: number,
    @Ctx() { loaders }: DocumentsContext,
  ): Promise<Paragraph | null> {
    const row = (await loaders.documents.paragraphsByDocument.load(document.dbId)).find(
      (p) => p.number === number,
    );
    return row ? toParagraph(row) : null;
  }

  @FieldResolver(() => [Person])
  async people(
    @Root() document: Document,
    @Ctx() { loaders }: DocumentsContext,
  ): Promise<Person[]> {
    return (await loaders.documents.peopleByDocument.load(document.dbId)).map(toPerson);
  }

  @FieldResolver(() => [GlossaryTerm])
  async glossary(
    @Root() document: Document,
    @Ctx() { loaders }: DocumentsContext,
  ): Promise<GlossaryTerm[]> {
    return (await loaders.documents.glossaryByDocument.load(document.dbId)).map(toGlossaryTerm);
  }
}

@Resolver(() => Paragraph)
export class ParagraphResolver {
  @FieldResolver(() => [EditorialNote])
  async notes(
    @Root() paragraph: Paragraph,
    @Ctx() { loaders }: DocumentsContext,
  ): Promise<EditorialNote[]> {
    return (await loaders.documents.notesByParagraph.load(paragraph.dbId)).map(toNote);
  }

  @FieldResolver(() => String, {
    description: "The author's words alone: the text with the editorial notes removed.",
  })
  async authorText(
    @Root() paragraph: Paragraph,
    @Ctx() { loaders }: DocumentsContext,
  ): Promise<string> {
    return withoutNotes(
      paragraph.text,
      await loaders.documents.notesByParagraph.load(paragraph.dbId),
    );
  }

  @FieldResolver(() => [Person])
  async people(
    @Root() paragraph: Paragraph,
    @Ctx() { loaders }: DocumentsContext,
  ): Promise<Person[]> {
    return (await loaders.documents.peopleByParagraph.load(paragraph.dbId)).map(toPerson);
  }
}

@Resolver(() => Person)
export class PersonResolver {
  @FieldResolver(() => [Int], { description: "Numbers of the paragraphs that mention them." })
  async paragraphNumbers(
    @Root() person: Person,
    @Ctx() { loaders }: DocumentsContext,
  ): Promise<number[]> {
    return numbersOf(await loaders.documents.mentionsByPerson.load(person.dbId));
  }

  @FieldResolver(() => [TextSpan], {
    description: "Where in the text they are named, under any variant of the name.",
  })
  async mentions(
    @Root() person: Person,
    @Ctx() { loaders }: DocumentsContext,
  ): Promise<TextSpan[]> {
    return toSpans(await loaders.documents.mentionsByPerson.load(person.dbId));
  }
}

@Resolver(() => GlossaryTerm)
export class GlossaryTermResolver {
  @FieldResolver(() => [Int])
  async paragraphNumbers(
    @Root() term: GlossaryTerm,
    @Ctx() { loaders }: DocumentsContext,
  ): Promise<number[]> {
    return numbersOf(await loaders.documents.mentionsByGlossaryTerm.load(term.dbId));
  }

  @FieldResolver(() => [TextSpan])
  async mentions(
    @Root() term: GlossaryTerm,
    @Ctx() { loaders }: DocumentsContext,
  ): Promise<TextSpan[]> {
    return toSpans(await loaders.documents.mentionsByGlossaryTerm.load(term.dbId));
  }
}
