import { computed } from "vue";
import { fetchAccountHome } from "../api/account.js";
import { useAsync } from "./useAsync.js";

/** A student's home: their classes with assignments and their practice attempts. */
export function useAccountHome() {
  const home = useAsync(fetchAccountHome, { immediate: false });
  const practice = computed(() =>
    (home.data.value?.myAttempts ?? []).filter((attempt) => !attempt.assignment),
  );
  return { ...home, practice };
}
