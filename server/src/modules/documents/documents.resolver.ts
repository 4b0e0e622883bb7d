import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../../app/context.js";
import { Lesson, toLesson } from "../lessons/lessons.types.js";
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

const toSpans = (rows: ReadonlyArray<{ paragraphNumber: number; start: number; end: number }>): TextSpan[] =>
  rows.map(({ paragraphNumber, start, end }) => ({ paragraphNumber, start, end }));
const numbersOf = (rows: ReadonlyArray<{ paragraphNumber: number }>) => [...new Set(rows.map((row) => row.paragraphNumber))];

@Resolver(() => Document)
export class DocumentResolver {
  @Query(() => [Document], { description: "Every document, by date." })
  async documents(@Ctx() { db }: Context): Promise<Document[]> {
    return (await selectDocuments(db)).map(toDocument);
  }

  @Query(() => Document, { nullable: true })
  async document(@Arg("slug", () => String) slug: string, @Ctx() { loaders }: Context): Promise<Document | null> {
    const row = await loaders.documents.documentBySlug.load(slug);
    return row ? toDocument(row) : null;
  }

  @FieldResolver(() => [Paragraph])
  async paragraphs(@Root() document: Document, @Ctx() { loaders }: Context): Promise<Paragraph[]> {
    return (await loaders.documents.paragraphsByDocument.load(document.dbId)).map(toParagraph);
  }

  @FieldResolver(() => Paragraph, { nullable: true })
  async paragraph(
    @Root() document: Document,
    @Arg("number", () => Int) number: number,
    @Ctx() { loaders }: Context,
  ): Promise<Paragraph | null> {
    const row = (await loaders.documents.paragraphsByDocument.load(document.dbId)).find((p) => p.number === number);
    return row ? toParagraph(row) : null;
  }

  @FieldResolver(() => [Person])
  async people(@Root() document: Document, @Ctx() { loaders }: Context): Promise<Person[]> {
    return (await loaders.documents.peopleByDocument.load(document.dbId)).map(toPerson);
  }

  @FieldResolver(() => [GlossaryTerm])
  async glossary(@Root() document: Document, @Ctx() { loaders }: Context): Promise<GlossaryTerm[]> {
    return (await loaders.documents.glossaryByDocument.load(document.dbId)).map(toGlossaryTerm);
  }

  @FieldResolver(() => [Lesson])
  async lessons(@Root() document: Document, @Ctx() { loaders }: Context): Promise<Lesson[]> {
    return (await loaders.content.lessonsByDocument.load(document.dbId)).map(toLesson);
  }
}

@Resolver(() => Paragraph)
export class ParagraphResolver {
  @FieldResolver(() => [EditorialNote])
  async notes(@Root() paragraph: Paragraph, @Ctx() { loaders }: Context): Promise<EditorialNote[]> {
    return (await loaders.documents.notesByParagraph.load(paragraph.dbId)).map(toNote);
  }

  @FieldResolver(() => String, { description: "The author's words alone: the text with the editorial notes removed." })
  async authorText(@Root() paragraph: Paragraph, @Ctx() { loaders }: Context): Promise<string> {
    return withoutNotes(paragraph.text, await loaders.documents.notesByParagraph.load(paragraph.dbId));
  }

  @FieldResolver(() => [Person])
  async people(@Root() paragraph: Paragraph, @Ctx() { loaders }: Context): Promise<Person[]> {
    return (await loaders.documents.peopleByParagraph.load(paragraph.dbId)).map(toPerson);
  }
}

@Resolver(() => Person)
export class PersonResolver {
  @FieldResolver(() => [Int], { description: "Numbers of the paragraphs that mention them." })
  async paragraphNumbers(@Root() person: Person, @Ctx() { loaders }: Context): Promise<number[]> {
    return numbersOf(await loaders.documents.mentionsByPerson.load(person.dbId));
  }

  @FieldResolver(() => [TextSpan], { description: "Where in the text they are named, under any variant of the name." })
  async mentions(@Root() person: Person, @Ctx() { loaders }: Context): Promise<TextSpan[]> {
    return toSpans(await loaders.documents.mentionsByPerson.load(person.dbId));
  }
}

@Resolver(() => GlossaryTerm)
export class GlossaryTermResolver {
  @FieldResolver(() => [Int])
  async paragraphNumbers(@Root() term: GlossaryTerm, @Ctx() { loaders }: Context): Promise<number[]> {
    return numbersOf(await loaders.documents.mentionsByGlossaryTerm.load(term.dbId));
  }

  @FieldResolver(() => [TextSpan])
  async mentions(@Root() term: GlossaryTerm, @Ctx() { loaders }: Context): Promise<TextSpan[]> {
    return toSpans(await loaders.documents.mentionsByGlossaryTerm.load(term.dbId));
  }
}
