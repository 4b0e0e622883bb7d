import { ref, shallowRef } from "vue";
import {
  type AuthoredSet,
  DraftProblemsError,
  fetchMyQuestionSet,
  previewQuestionSet,
} from "../api/authoring.js";
import { ApiError } from "../api/client.js";
import { useSession } from "./useSession.js";

/**
 * A teacher's set previewed as a student: the set (by id), then its current draft compiled into
 * a private preview lesson. A draft that does not compile leaves `problems` to fix instead.
 */
export function useSetPreview(id: string) {
  const session = useSession();
  const set = shallowRef<AuthoredSet | null>(null);
  const preview = shallowRef<{ lessonSlug: string; draftVersion: number } | null>(null);
  const problems = shallowRef<Array<{ path: string; message: string }>>([]);
  const error = ref<ApiError | null>(null);
  const loading = ref(true);

  async function load() {
    loading.value = true;
    try {
      await session.load();
      if (!session.isTeacher.value) return;
      set.value = await fetchMyQuestionSet(id);
      if (set.value) preview.value = await previewQuestionSet(id);
    } catch (caught) {
      if (caught instanceof DraftProblemsError) problems.value = caught.problems;
      else
        error.value = caught instanceof ApiError ? caught : new ApiError(String(caught), "CLIENT");
    } finally {
      loading.value = false;
    }
  }
  void load();

  return { session, set, preview, problems, error, loading };
}
