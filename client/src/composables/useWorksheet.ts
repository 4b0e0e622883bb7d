import { computed } from "vue";
import { fetchPlayerLesson, type PlayerLesson } from "../api/player.js";
import { fetchLessonKey } from "../api/teacher.js";
import type { LessonKeyQuery } from "../api/generated/graphql.js";
import { useAsync } from "./useAsync.js";

export type LessonKeyItem = NonNullable<LessonKeyQuery["lessonKey"]>["items"][number];

/** A lesson as a student gets it (no keys): what the printable worksheet shows. */
export function useWorksheet(slug: string) {
  const state = useAsync<PlayerLesson | null>(() => fetchPlayerLesson(slug));
  return { lesson: state.data, error: state.error, loading: state.loading };
}

/** The lesson and, for a teacher, its keys by item id: what the printable key shows. */
export function useLessonKey(slug: string) {
  const state = useAsync(async () => {
    const [lesson, key] = await Promise.all([fetchPlayerLesson(slug), fetchLessonKey(slug)]);
    return { lesson, key };
  });
  const keys = computed(
    () => new Map((state.data.value?.key?.items ?? []).map((item) => [item.itemId, item])),
  );
  const lesson = computed(() => (state.data.value?.key ? state.data.value.lesson : null));
  return { lesson, keys, error: state.error, loading: state.loading };
}
