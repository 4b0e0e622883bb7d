import { onBeforeUnmount, ref, watch, type Ref } from "vue";
import { ApiError } from "../api/client.js";
import { fetchClassByJoinCode } from "../api/session.js";
import { isCompleteJoinCode, normalizeJoinCode } from "../lib/account/codes.js";

export interface JoinableClass {
  name: string;
  teacherName: string;
}

/**
 * The class a typed join code opens, looked up once the code is whole and the student has paused
 * typing: `found` is the class, null for a wrong code, undefined while unknown.
 */
export function useJoinLookup(code: Ref<string>, pauseMs = 300) {
  const found = ref<JoinableClass | null | undefined>(undefined);
  const checking = ref(false);
  const error = ref<string | null>(null);
  let timer: ReturnType<typeof setTimeout> | undefined;
  let asked = "";

  async function lookUp(normalized: string) {
    asked = normalized;
    checking.value = true;
    try {
      const result = await fetchClassByJoinCode(normalized);
      if (asked === normalized) found.value = result ?? null;
    } catch (caught) {
      if (asked === normalized)
        error.value =
          caught instanceof ApiError ? caught.message : "Something went wrong. Please try again.";
    } finally {
      if (asked === normalized) checking.value = false;
    }
  }

  watch(
    code,
    (typed) => {
      clearTimeout(timer);
      const normalized = normalizeJoinCode(typed);
      if (normalized === asked && found.value !== undefined) return;
      asked = "";
      found.value = undefined;
      error.value = null;
      checking.value = false;
      if (isCompleteJoinCode(normalized))
        timer = setTimeout(() => void lookUp(normalized), pauseMs);
    },
    { immediate: true },
  );
  onBeforeUnmount(() => clearTimeout(timer));

  return { found, checking, error };
}
