import { computed, nextTick, type Ref, watch } from "vue";
import { useRoute, useRouter } from "vue-router";
import type { PlayerLesson } from "../api/player.js";
import { pagesOf } from "../lib/player/steps.js";

/**
 * Which step is shown, kept in the URL (?step=3) so a reload returns there. On each change of
 * step, focus moves to the step's heading.
 */
export function usePlayerSteps(lesson: Ref<PlayerLesson | null>, heading: Ref<HTMLElement | null>) {
  const route = useRoute();
  const router = useRouter();

  const pages = computed(() => pagesOf(lesson.value));

  const number = computed(() => {
    const wanted = Number.parseInt(String(route.query.step ?? "1"), 10);
    return Math.min(
      Math.max(Number.isFinite(wanted) ? wanted : 1, 1),
      Math.max(pages.value.length, 1),
    );
  });
  const page = computed(() => pages.value[number.value - 1] ?? null);
  const isLast = computed(() => number.value === pages.value.length);

  function go(to: number) {
    if (to < 1 || to > pages.value.length || to === number.value) return;
    void router.push({ query: { ...route.query, step: String(to) } });
  }

  // The URL, not the number: loading the lesson (which settles the number) is no step change.
  watch(
    () => route.query.step,
    async (now, before) => {
      if (now === before || pages.value.length === 0) return;
      await nextTick();
      heading.value?.focus();
    },
  );

  return { pages, number, page, isLast, go };
}
