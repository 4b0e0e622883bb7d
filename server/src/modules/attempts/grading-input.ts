import { decodeId } from "../../core/ids.js";
import {
  documentTexts,
  type ItemKey,
  type ItemShape,
  type OtherDocumentTexts,
  type ParagraphTexts,
} from "../../grading/index.js";
import type { AttemptsDeps } from "./attempts.service.js";

/** What checking and scoring an answer to an item needs. */
export interface GradingInput {
  itemId: string;
  /** The lessons whose steps hold the item. */
  lessonIds: string[];
  shape: ItemShape;
  key: ItemKey;
  /** The own document's paragraph texts, with those of the other documents the item offers. */
  paragraphs: ParagraphTexts;
  /** The item's own tries in tries mode; null: its kind's default. */
  tries: number | null;
}

/**
 * The grading input of the item an API id names (a Question or an Exercise id of the item's
 * kind), or null. Public content, cached per content version.
 */
export async function gradingInputFor(
  deps: Pick<AttemptsDeps, "loaders" | "contentCache">,
  apiItemId: string,
): Promise<GradingInput | null> {
  const itemKey = decodeId("Question", apiItemId) ?? decodeId("Exercise", apiItemId);
  const input = itemKey ? await gradingInput(deps, itemKey) : null;
  return input && !encodedKindMismatch(apiItemId, input.shape.kind) ? input : null;
}

/** The grading input of an item by its raw key (an item a stored response names), or null. */
export function gradingInput(
  { loaders, contentCache }: Pick<AttemptsDeps, "loaders" | "contentCache">,
  itemId: string,
): Promise<GradingInput | null> {
  return contentCache.get(`grading:${itemId}`, async () => {
    const item = await loaders.questions.itemById.load(itemId);
    if (!item) return null;
    const [options, paragraphs, key, lessonIds, own, sources] = await Promise.all([
      loaders.questions.optionsByItem.load(item.id),
      loaders.documents.paragraphsByDocument.load(item.documentId),
      loaders.attempts.itemKeyById.load(item.id),
      loaders.lessons.lessonIdsByItem.load(item.id),
      loaders.documents.documentById.load(item.documentId),
      loaders.questions.sourcesByItem.load(item.id),
    ]);
    const others = await Promise.all(
      sources.map(async (source) => {
        const [document, texts] = await Promise.all([
          loaders.documents.documentById.load(source.documentId),
          loaders.documents.paragraphsByDocument.load(source.documentId),
        ]);
        const slug = document!.slug;
        const entry: OtherDocumentTexts = {
          shortTitle: document!.shortTitle ?? document!.title,
          paragraphs: new Map(texts.map((p) => [p.number, p.text])),
        };
        return [slug, entry] as const;
      }),
    );
    const shape: ItemShape = {
      kind: item.kind as ItemShape["kind"],
      options: {
        CHOICE: new Set(),
        ORDER: new Set(),
        LEFT: new Set(),
        RIGHT: new Set(),
        CLAIM: new Set(),
        VOICE: new Set(),
        SEGMENT: new Set(),
      },
      maxLength: item.maxLength,
      maxSelections: item.maxSelections,
      answerSlots: item.answerSlots,
      paragraphLengths: new Map(paragraphs.map((p) => [p.number, p.text.length])),
      documentSlug: own!.slug,
      sources: new Map(
        others.map(([slug, d]) => [
          slug,
          new Map([...d.paragraphs].map(([n, text]) => [n, text.length])),
        ]),
      ),
    };
    for (const option of options) shape.options[option.role].add(option.id);
    return {
      itemId: item.id,
      lessonIds,
      shape,
      key: key!,
      paragraphs: documentTexts(
        new Map(paragraphs.map((p) => [p.number, p.text])),
        own!.slug,
        new Map(others),
      ),
      tries: item.tries,
    };
  });
}

function encodedKindMismatch(id: string, kind: string): boolean {
  return (kind === "EXERCISE") !== (decodeId("Exercise", id) !== null);
}
