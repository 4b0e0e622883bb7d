// A draft checked as `npm run content:check` checks a question-set file, against the documents
// the server holds and its misconception catalogue (read through the request's loaders).
import type { DocumentParagraphs } from "../../content/lessons/check-context.js";
import { checkQuestionSetDraft, type DraftCheck } from "../../content/lessons/check-draft.js";
import type { HistoricalSkill } from "../../content/lessons/content.schema.js";
import type { DocumentLoaders } from "../documents/documents.loaders.js";
import { CATALOGUE, type QuestionLoaders } from "../questions/questions.loaders.js";

export interface DraftCheckLoaders {
  documents: DocumentLoaders;
  questions: QuestionLoaders;
}

/** Every document slug a draft names (its own, its items' sources and passages), at most 20. */
export function namedDocuments(value: unknown, out = new Set<string>(), depth = 0): Set<string> {
  if (depth > 8 || out.size >= 20 || value === null || typeof value !== "object") return out;
  for (const [key, inner] of Object.entries(value as Record<string, unknown>)) {
    if (key === "document" && typeof inner === "string" && inner.length <= 200) out.add(inner);
    else namedDocuments(inner, out, depth + 1);
    if (out.size >= 20) break;
  }
  return out;
}

/** The draft's problems by field, and the set ready to store when there are none. */
export async function checkDraft(loaders: DraftCheckLoaders, draft: unknown): Promise<DraftCheck> {
  const documents = new Map<string, DocumentParagraphs>();
  for (const slug of namedDocuments(draft)) {
    const doc = await loaders.documents.documentBySlug.load(slug);
    if (!doc) continue;
    const paragraphs = await loaders.documents.paragraphsByDocument.load(doc.id);
    documents.set(slug, { slug, paragraphs: new Map(paragraphs.map((p) => [p.number, p.text])) });
  }
  const catalogue = (await loaders.questions.misconceptions.load(CATALOGUE)).map((m) => ({
    id: m.id,
    name: m.name,
    belief: m.belief,
    habit: m.habit as HistoricalSkill,
    reteach: m.reteach,
  }));
  return checkQuestionSetDraft(draft, documents, catalogue);
}
