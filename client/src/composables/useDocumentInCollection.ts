import { computed, watch, type Ref } from "vue";
import { fetchDocumentInCollection } from "../api/collection.js";
import { citationsByLesson } from "../lib/collection/collection.js";
import { useAsync } from "./useAsync.js";

/** Whose record a document is and which lessons cite it, for the reader's side panel. */
export function useDocumentInCollection(slug: Ref<string>) {
  const state = useAsync(() => fetchDocumentInCollection(slug.value));
  watch(slug, () => void state.run());
  return {
    document: computed(() => state.data.value ?? null),
    lessons: computed(() => citationsByLesson(state.data.value?.citedBy ?? [])),
    loading: state.loading,
    error: state.error,
  };
}
