import { ref, shallowRef } from "vue";
import { ApiError } from "../api/client.js";
import { type AuditEntry, type ChangesScope, fetchChanges } from "../api/audit.js";

const PAGE = 20;

/**
 * A class's or an assignment's changes (the audit trail), loaded when asked for (the list is
 * opened) and page by page after that, newest first.
 */
export function useChanges(scope: ChangesScope, id: () => string) {
  const entries = shallowRef<AuditEntry[]>([]);
  const loading = ref(false);
  const error = ref<string | null>(null);
  const more = ref(false);

  async function load(before: string | null) {
    loading.value = true;
    error.value = null;
    try {
      const page = await fetchChanges(scope, id(), { first: PAGE, before });
      entries.value = before ? [...entries.value, ...page] : page;
      more.value = page.length === PAGE;
    } catch (caught) {
      error.value = caught instanceof ApiError ? caught.message : "Please try again.";
    } finally {
      loading.value = false;
    }
  }

  return {
    entries,
    loading,
    error,
    more,
    /** The newest page again (each time the list opens, so new changes show). */
    refresh: () => load(null),
    older: () => load(entries.value.at(-1)?.id ?? null),
  };
}
