// The code of the steps a lesson does not open on: its questions (every kind, the evidence picker)
// and its exercises. The player loads it once the lesson has painted, or before the first paint
// when the page opens past the first step (client/src/router/index.ts).
export const loadQuestionStep = () => import("./PlayerQuestionStep.vue");
export const loadExerciseStep = () => import("./PlayerExerciseStep.vue");

export function loadStepKinds(): Promise<unknown> {
  return Promise.all([loadQuestionStep(), loadExerciseStep()]);
}

/** Loads the steps' code once the page has loaded and the browser is idle. */
export function loadStepKindsWhenIdle(): void {
  const load = () => void loadStepKinds().catch(() => undefined);
  const whenIdle = () =>
    typeof requestIdleCallback === "function"
      ? requestIdleCallback(load, { timeout: 3000 })
      : setTimeout(load, 0);
  if (document.readyState === "complete") whenIdle();
  else window.addEventListener("load", whenIdle, { once: true });
}
