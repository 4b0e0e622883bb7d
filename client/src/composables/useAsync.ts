import { ref, shallowRef, type Ref } from "vue";
import { ApiError } from "../api/client.js";

export interface AsyncState<T> {
  data: Ref<T | undefined>;
  error: Ref<ApiError | null>;
  loading: Ref<boolean>;
  run: () => Promise<void>;
}

/** Loading and error state around one async load; call run() to (re)load. */
export function useAsync<T>(
  load: () => Promise<T>,
  options: { immediate?: boolean } = {},
): AsyncState<T> {
  const data = shallowRef<T>();
  const error = ref<ApiError | null>(null);
  const loading = ref(false);
  const run = async () => {
    loading.value = true;
    error.value = null;
    try {
      data.value = await load();
    } catch (caught) {
      error.value =
        caught instanceof ApiError
          ? caught
          : new ApiError("Something went wrong. Please try again.", "CLIENT");
    } finally {
      loading.value = false;
    }
  };
  if (options.immediate !== false) void run();
  return { data, error, loading, run } as AsyncState<T>;
}
