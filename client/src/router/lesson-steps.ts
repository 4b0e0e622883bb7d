import { type Component, computed, defineAsyncComponent, shallowRef } from "vue";

// The code of the steps a lesson does not open on: its questions (every kind, the evidence picker)
// and its exercises. The player loads it while the student reads the lesson's opening; the
// lesson's route loads it before the first paint when the page opens past the first step.

/**
 * A step's component loaded on demand. Once its code is in, `component` is the component itself,
 * so a step shown then renders at once, never empty for a frame (a layout shift).
 */
function lazyStep(loader: () => Promise<{ default: Component }>) {
  const loaded = shallowRef<Component | null>(null);
  const load = () => loader().then((module) => (loaded.value = module.default));
  const whileLoading = defineAsyncComponent(load);
  return { load, component: computed(() => loaded.value ?? whileLoading) };
}

// One file for both: on a phone's network each file costs a round trip.
const loadSteps = () => import("./lesson-step-components.js");
export const questionStep = lazyStep(() =>
  loadSteps().then((steps) => ({ default: steps.PlayerQuestionStep })),
);
export const exerciseStep = lazyStep(() =>
  loadSteps().then((steps) => ({ default: steps.PlayerExerciseStep })),
);

export function loadStepKinds(): Promise<unknown> {
  return Promise.all([questionStep.load(), exerciseStep.load()]);
}

/** How long the student reads the lesson's opening before its later steps' code is fetched. */
const WHILE_READING_MS = 2000;

/**
 * Loads the steps' code while the student reads the lesson's opening: after the page has loaded
 * and painted, once the browser is idle, so that none of it competes with the first screen.
 */
export function loadStepKindsWhileReading(): void {
  const load = () => void loadStepKinds().catch(() => undefined);
  const whenIdle = () =>
    typeof requestIdleCallback === "function"
      ? requestIdleCallback(load, { timeout: 3000 })
      : setTimeout(load, 0);
  const later = () => setTimeout(whenIdle, WHILE_READING_MS);
  if (document.readyState === "complete") later();
  else window.addEventListener("load", later, { once: true });
}
