import { computed } from "vue";
import { fetchHome } from "../api/home.js";
import { collectionOrder } from "../lib/collection/collection.js";
import { useAsync } from "./useAsync.js";

/** The document the home page introduces, with its lessons and the collection, loading at once. */
export function useHome(slug: string) {
  const state = useAsync(() => fetchHome(slug));
  return {
    data: computed(() => state.data.value?.record ?? null),
    collection: computed(() => collectionOrder(state.data.value?.documents ?? [], slug)),
    loading: state.loading,
    error: state.error,
  };
}
