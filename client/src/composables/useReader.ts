import { computed, watch, type Ref } from "vue";
import { request } from "../api/client.js";
import type { ReaderDocumentQuery } from "../api/generated/graphql.js";
import { ReaderDocumentQuery as ReaderDocument } from "../api/reader.js";
import { mentionsByParagraph, peopleOf, termsOf } from "../components/reader/entities.js";
import { useAsync } from "./useAsync.js";

export type ReaderDocumentData = NonNullable<ReaderDocumentQuery["document"]>;

/** Loads a document for the reader (again when the slug changes), with its people and terms ready to show. */
export function useReader(slug: Ref<string>) {
  const state = useAsync(() => request(ReaderDocument, { slug: slug.value }));
  watch(slug, () => void state.run());

  const document = computed<ReaderDocumentData | null>(() => state.data.value?.document ?? null);
  return {
    document,
    loading: state.loading,
    error: state.error,
    reload: state.run,
    /** Loaded, and the server has no document with this slug. */
    notFound: computed(() => !state.loading.value && !state.error.value && state.data.value !== undefined && !state.data.value.document),
    people: computed(() => (document.value ? peopleOf(document.value) : [])),
    terms: computed(() => (document.value ? termsOf(document.value) : [])),
    mentions: computed(() => (document.value ? mentionsByParagraph(document.value) : new Map())),
  };
}
