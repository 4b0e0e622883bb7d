import { computed, watch, type Ref } from "vue";
import { fetchReaderDocument, type ReaderDocument } from "../api/reader.js";
import { mentionsByParagraph, peopleOf, termsOf } from "../lib/reader/entities.js";
import { useAsync } from "./useAsync.js";

/** One empty list for every paragraph without mentions, so that a new stage re-renders only what it adds. */
const NO_MENTIONS = Object.freeze([]);

/** Loads a document for the reader (again when the slug changes), with its people and terms ready to show. */
export function useReader(slug: Ref<string>) {
  const state = useAsync(() => fetchReaderDocument(slug.value));
  watch(slug, () => void state.run());

  const document = computed<ReaderDocument | null>(() => state.data.value ?? null);
  const mentions = computed(() =>
    document.value ? mentionsByParagraph(document.value) : new Map(),
  );
  return {
    document,
    loading: state.loading,
    error: state.error,
    reload: state.run,
    /** Loaded, and the server has no document with this slug. */
    notFound: computed(
      () => !state.loading.value && !state.error.value && state.data.value === null,
    ),
    people: computed(() => (document.value ? peopleOf(document.value) : [])),
    terms: computed(() => (document.value ? termsOf(document.value) : [])),
    /** The people and terms named in paragraph ¶n. */
    mentionsIn: (n: number) => mentions.value.get(n) ?? NO_MENTIONS,
  };
}
