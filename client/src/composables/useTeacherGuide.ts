import { computed } from "vue";
import { fetchPlayerLesson } from "../api/player.js";
import { fetchGuideLesson, fetchLessonKey } from "../api/teacher.js";
import { useAsync } from "./useAsync.js";
import { useSession } from "./useSession.js";

/**
 * The teacher guide of a lesson: the lesson as students get it, its objectives, and (teachers
 * only) its keys, timings and misconceptions. Anyone else is not asked for the keys at all:
 * `allowed` is false and the page asks them to log in as a teacher.
 */
export function useTeacherGuide(slug: string) {
  const session = useSession();
  const state = useAsync(async () => {
    await session.load();
    if (!session.isTeacher.value) return null;
    const [lesson, guide, key] = await Promise.all([
      fetchPlayerLesson(slug),
      fetchGuideLesson(slug),
      fetchLessonKey(slug),
    ]);
    return { lesson, guide, key };
  });
  const keys = computed(
    () => new Map((state.data.value?.key?.items ?? []).map((item) => [item.itemId, item])),
  );
  const minutes = computed(
    () => new Map((state.data.value?.key?.steps ?? []).map((s) => [s.stepId, s.minutes ?? null])),
  );
  return {
    session,
    allowed: computed(() => state.data.value !== null),
    lesson: computed(() => (state.data.value?.key ? state.data.value.lesson : null)),
    objectives: computed(() => state.data.value?.guide?.objectives ?? []),
    totalMinutes: computed(() => state.data.value?.key?.totalMinutes ?? null),
    keys,
    minutes,
    error: state.error,
    loading: state.loading,
    reload: state.run,
  };
}
