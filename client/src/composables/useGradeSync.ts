import { onBeforeUnmount, ref } from "vue";
import { ApiError } from "../api/client.js";
import * as api from "../api/grade-sync.js";
import { useAsync } from "./useAsync.js";

const REFRESH_MS = 15_000;

/**
 * The grades sent back to the LMS for one assignment, refreshed while the page is open (scores
 * go in the background); retry() asks the server to send failed and waiting scores now.
 */
export function useGradeSync(id: () => string) {
  const state = useAsync(() => api.fetchGradeSync(id()));
  const retrying = ref(false);
  const retryError = ref<string | null>(null);
  const timer = setInterval(() => {
    // An assignment no LMS takes grades for has nothing to refresh.
    if (!state.data.value) return;
    void api.fetchGradeSync(id()).then(
      (value) => (state.data.value = value),
      () => {},
    );
  }, REFRESH_MS);
  onBeforeUnmount(() => clearInterval(timer));
  return {
    ...state,
    retrying,
    retryError,
    async retry() {
      retrying.value = true;
      retryError.value = null;
      try {
        state.data.value = await api.retryGradeSync(id());
        // The server sends at once; show the outcome a moment later.
        setTimeout(() => void state.run(), 1500);
      } catch (caught) {
        retryError.value = caught instanceof ApiError ? caught.message : "Please try again.";
      } finally {
        retrying.value = false;
      }
    },
  };
}
