import { computed, onBeforeUnmount, ref, shallowRef, watch, type Ref } from "vue";
import { useRoute } from "vue-router";
import { ApiError } from "../api/client.js";
import { searchDocuments, type SearchHit } from "../api/search.js";
import { parseHighlight } from "../lib/reader/search-hits.js";

const PAGE = 20;
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/**
 * Full-text search over every document, on the server (English stemming: "interfere" finds
 * "interference"), while the scope is "all": searched a moment after typing stops, or at once on
 * `now()`. Beside the in-document search (`local`), whose term and summary count in "document".
 */
export function useDocumentSearch(
  local: { term: Ref<string>; summary: Ref<string> },
  scope: Ref<"document" | "all">,
) {
  const term = local.term;
  const enabled = computed(() => scope.value === "all");
  const hits = shallowRef<SearchHit[]>([]);
  const searched = ref("");
  const error = ref<string | null>(null);
  const loading = ref(false);
  const endCursor = ref<string | null>(null);
  const hasMore = ref(false);
  let latest = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  async function load(query: string, after: string | null) {
    const ticket = ++latest;
    loading.value = true;
    try {
      const page = await searchDocuments({ query, first: PAGE, after });
      if (ticket !== latest) return;
      const found = page.edges.map((edge) => edge.node);
      hits.value = after ? [...hits.value, ...found] : found;
      endCursor.value = page.pageInfo.endCursor ?? null;
      hasMore.value = page.pageInfo.hasNextPage;
      searched.value = query;
      error.value = null;
    } catch (caught) {
      if (ticket !== latest) return;
      hits.value = [];
      hasMore.value = false;
      searched.value = query;
      error.value =
        caught instanceof ApiError ? caught.message : "Something went wrong. Please try again.";
    } finally {
      if (ticket === latest) loading.value = false;
    }
  }

  function now() {
    clearTimeout(timer);
    const query = term.value.trim();
    if (!enabled.value || !query) {
      latest++;
      hits.value = [];
      searched.value = "";
      error.value = null;
      hasMore.value = false;
      loading.value = false;
      return;
    }
    void load(query, null);
  }
  watch([term, enabled], () => {
    clearTimeout(timer);
    timer = setTimeout(now, 350);
  });
  onBeforeUnmount(() => clearTimeout(timer));

  const ownSummary = computed(() => {
    if (!searched.value) return "";
    if (error.value) return error.value;
    if (hits.value.length === 0) return `No paragraph in any document matches “${searched.value}”.`;
    const documents = new Set(hits.value.map((hit) => hit.document.slug)).size;
    const more = hasMore.value ? " so far" : "";
    return `${plural(hits.value.length, "paragraph")} in ${plural(documents, "document")}${more} match “${searched.value}”, best first.`;
  });

  return {
    hits,
    searched,
    error,
    loading,
    hasMore,
    /** What the search line says, for the scope in use. */
    summary: computed(() => (enabled.value ? ownSummary.value : local.summary.value)),
    /** The term the text highlights itself: none while searching all documents. */
    localTerm: computed(() => (enabled.value ? "" : term.value)),
    now,
    more: () => (endCursor.value ? load(searched.value, endCursor.value) : undefined),
  };
}

/** The words of a search hit followed to this page (?hl=9:12-24,30-41): the ranges for a paragraph, if any. */
export function useHitHighlight() {
  const route = useRoute();
  const highlight = computed(() => parseHighlight(route.query.hl));
  return (paragraphNumber: number) =>
    highlight.value?.paragraphNumber === paragraphNumber ? highlight.value.ranges : undefined;
}
