// The collection's documents and their paragraphs, for an item's passages from other documents:
// each is read once per page and shared by every form that offers it.
import { type InjectionKey, type Ref, ref } from "vue";
import { fetchAuthoringDocuments, fetchSourceDocument } from "../api/authoring-sources.js";
import { type SourceParagraph, sourceParagraphs } from "../lib/questions/models.js";

export interface CollectionDocument {
  slug: string;
  title: string;
}

const list = ref<CollectionDocument[] | null>(null);
let listing: Promise<void> | null = null;
const paragraphsBySlug = ref<Record<string, SourceParagraph[]>>({});
const reading = new Set<string>();

/** The documents of the collection (read on first use). */
export function useCollectionDocuments(): Ref<CollectionDocument[] | null> {
  listing ??= fetchAuthoringDocuments()
    .then((documents) => {
      list.value = documents.map(({ slug, title }) => ({ slug, title }));
    })
    .catch(() => {
      listing = null;
    });
  return list;
}

/** The paragraphs of `slug` once read ([] until then, or for a slug the collection lacks). */
export function useSourceParagraphs() {
  function paragraphsOf(slug: string): SourceParagraph[] {
    if (!slug) return [];
    if (!reading.has(slug)) {
      reading.add(slug);
      void fetchSourceDocument(slug)
        .then((document) => {
          paragraphsBySlug.value = {
            ...paragraphsBySlug.value,
            [slug]: sourceParagraphs(document?.paragraphs ?? []),
          };
        })
        .catch(() => reading.delete(slug));
    }
    return paragraphsBySlug.value[slug] ?? [];
  }
  return { paragraphsOf };
}

/** The set's own document, which the editor page provides to the forms that offer others. */
export const OWN_DOCUMENT: InjectionKey<Ref<string>> = Symbol("own document");
