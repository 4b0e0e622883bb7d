import { computed, nextTick, type Ref, watch } from "vue";
import { useRoute, useRouter } from "vue-router";
import type { PlayerLesson, PlayerStep } from "../api/player.js";

/** A step of the player: the lesson's own, or a closing "Finish" step where a lesson ends without a reflection. */
export type PlayerPage = { kind: PlayerStep["kind"]; title: string; step: PlayerStep } | { kind: "FINISH"; title: string; step: null };

export const STEP_KIND_LABELS: Record<PlayerPage["kind"], string> = {
  READ: "Read",
  QUESTION_SET: "Questions",
  EXERCISE: "Exercise",
  REFLECT: "Reflect",
  FINISH: "Finish",
};

/** The items (question and exercise ids) a step asks for. */
export function itemsOf(page: PlayerPage): string[] {
  if (!page.step) return [];
  return page.step.questionSet?.questions.map((q) => q.id) ?? (page.step.exercise ? [page.step.exercise.id] : []);
}

/**
 * Which step is shown, kept in the URL (?step=3) so a reload returns there. On each change of
 * step, focus moves to the step's heading.
 */
export function usePlayerSteps(lesson: Ref<PlayerLesson | null>, heading: Ref<HTMLElement | null>) {
  const route = useRoute();
  const router = useRouter();

  const pages = computed<PlayerPage[]>(() => {
    const steps = lesson.value?.steps ?? [];
    const pages: PlayerPage[] = steps.map((step) => ({ kind: step.kind, title: step.title, step }));
    if (steps.length > 0 && steps[steps.length - 1]!.kind !== "REFLECT") pages.push({ kind: "FINISH", title: "Finish and submit", step: null });
    return pages;
  });

  const number = computed(() => {
    const wanted = Number.parseInt(String(route.query.step ?? "1"), 10);
    return Math.min(Math.max(Number.isFinite(wanted) ? wanted : 1, 1), Math.max(pages.value.length, 1));
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
