import { onScopeDispose, ref, watch, type Ref } from "vue";

/**
 * How many of `total` things (a document's paragraphs, then what follows them) to render now:
 * `first` at once, then `step` more per task until all are there, so that no single task keeps
 * the page from answering a tap while a long document fills in below the first screen.
 * `through(n)` renders the first n at once (a deep link, a search match); printing renders all.
 */
export function useProgressiveCount(total: Ref<number>, first = 4, step = 3) {
  const count = ref(Math.min(first, total.value));
  let timer: ReturnType<typeof setTimeout> | null = null;

  const stop = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
  };
  const grow = () => {
    timer = null;
    count.value = Math.min(total.value, count.value + step);
    if (count.value < total.value) timer = setTimeout(grow, 0);
  };
  const start = () => {
    stop();
    if (count.value < total.value) timer = setTimeout(grow, 0);
  };
  const through = (n: number) => {
    count.value = Math.max(count.value, Math.min(n, total.value));
    if (count.value >= total.value) stop();
  };
  const all = () => through(total.value);

  watch(total, (next, previous) => {
    count.value = Math.min(next, next < previous ? first : Math.max(first, count.value));
    start();
  });
  start();
  if (typeof window !== "undefined") window.addEventListener("beforeprint", all);
  onScopeDispose(() => {
    stop();
    if (typeof window !== "undefined") window.removeEventListener("beforeprint", all);
  });

  return { count, through, all };
}
