import type { DocumentLoaders } from "./documents.loaders.js";
import { anyone } from "./documents.policy.js";
import { withoutNotes } from "./documents.types.js";
import { documentToTei, documentToText, type ExportDocument } from "./tei-document.js";

/**
 * Everything the TEI and plain-text exports of a document need, through the request's loaders
 * (a fixed number of statements whatever the document's size); null for an unknown slug.
 */
export async function loadExportDocument(
  loaders: DocumentLoaders,
  slug: string,
): Promise<ExportDocument | null> {
  if (!anyone()) return null;
  const row = await loaders.documentBySlug.load(slug);
  if (!row) return null;
  const [paragraphs, people, glossary] = await Promise.all([
    loaders.paragraphsByDocument.load(row.id),
    loaders.peopleByDocument.load(row.id),
    loaders.glossaryByDocument.load(row.id),
  ]);
  const [notes, personMentions, termMentions] = await Promise.all([
    Promise.all(paragraphs.map((p) => loaders.notesByParagraph.load(p.id))),
    Promise.all(people.map((p) => loaders.mentionsByPerson.load(p.id))),
    Promise.all(glossary.map((g) => loaders.mentionsByGlossaryTerm.load(g.id))),
  ]);
  return {
    slug: row.slug,
    title: row.title,
    date: row.date,
    citation: row.citation,
    displayUrl: row.displayUrl ?? row.sourceUrl,
    archivalReference: row.archivalReference,
    translator: row.translator,
    originalLanguage: row.originalLanguage,
    credits: row.credits,
    paragraphs: paragraphs.map((p, i) => ({
      number: p.number,
      text: p.text,
      authorText: withoutNotes(p.text, notes[i]),
      notes: notes[i].map((n) => ({
        kind: n.kind,
        quote: n.quote,
        start: n.start,
        end: n.end,
        parentId: n.parentId,
      })),
    })),
    people: people.map(({ slug, name, role, description, identified }) => ({
      slug,
      name,
      role,
      description,
      identified,
    })),
    glossary: glossary.map(({ slug, term, definition }) => ({ slug, term, definition })),
    mentions: [
      ...personMentions.flatMap((list, i) =>
        list.map((m) => ({ ...span(m), kind: "person" as const, slug: people[i].slug })),
      ),
      ...termMentions.flatMap((list, i) =>
        list.map((m) => ({ ...span(m), kind: "term" as const, slug: glossary[i].slug })),
      ),
    ],
  };
}

const span = (m: { paragraphNumber: number; start: number; end: number }) => ({
  paragraphNumber: m.paragraphNumber,
  start: m.start,
  end: m.end,
});

/** A document as TEI P5 XML or as plain text (the author's words, ¶-numbered); null for an unknown slug. */
export async function exportDocument(
  loaders: DocumentLoaders,
  slug: string,
  format: "tei.xml" | "txt",
): Promise<{ slug: string; body: string } | null> {
  const doc = await loadExportDocument(loaders, slug);
  if (!doc) return null;
  return { slug: doc.slug, body: format === "tei.xml" ? documentToTei(doc) : documentToText(doc) };
}
