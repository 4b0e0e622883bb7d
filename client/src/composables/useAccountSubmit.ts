import { ref } from "vue";
import { ApiError } from "../api/client.js";

/**
 * Pending and error state around one form's submit (any form, students' or teachers'):
 * submit() resolves true on success; on failure error holds words to show.
 */
export function useAccountSubmit<A extends unknown[]>(action: (...args: A) => Promise<unknown>) {
  const pending = ref(false);
  const error = ref<string | null>(null);
  const submit = async (...args: A): Promise<boolean> => {
    if (pending.value) return false;
    pending.value = true;
    error.value = null;
    try {
      await action(...args);
      return true;
    } catch (caught) {
      error.value =
        caught instanceof ApiError ? caught.message : "Something went wrong. Please try again.";
      return false;
    } finally {
      pending.value = false;
    }
  };
  return { pending, error, submit };
}
