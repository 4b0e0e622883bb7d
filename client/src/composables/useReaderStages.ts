import { computed, type Ref } from "vue";
import type { ReaderDocument } from "../api/reader.js";
import { useProgressiveCount } from "./useProgressiveCount.js";

/** The side panel's lists, shown one per task once the text is all there. */
const SIDE_LISTS = 3;
const FIRST_PARAGRAPHS = 4;
const PARAGRAPHS_PER_TASK = 2;

/** The stage at which the first `n` paragraphs are all on the page (stage 1: the first four). */
const stageOf = (n: number) =>
  1 + Math.ceil(Math.max(0, n - FIRST_PARAGRAPHS) / PARAGRAPHS_PER_TASK);

/**
 * What of a document the reader has put on the page so far, one stage per task: its first four
 * paragraphs at once, two more per stage, then the side panel's people, terms and citing lessons
 * one per stage, so that no task keeps the page from answering while a long document fills in.
 */
export function useReaderStages(doc: Ref<ReaderDocument | null>) {
  const paragraphCount = computed(() => doc.value?.paragraphs.length ?? 0);
  const textStages = computed(() => stageOf(paragraphCount.value));
  const stage = useProgressiveCount(
    computed(() => (doc.value ? textStages.value + SIDE_LISTS : 0)),
    1,
    1,
  );
  const shown = computed(() =>
    Math.min(
      paragraphCount.value,
      FIRST_PARAGRAPHS + PARAGRAPHS_PER_TASK * Math.max(0, stage.count.value - 1),
    ),
  );
  return {
    paragraphs: computed(() => doc.value?.paragraphs.slice(0, shown.value) ?? []),
    /** How many of the side panel's lists are shown: 1 people, 2 terms, 3 the citing lessons. */
    sideLists: computed(() => Math.max(0, stage.count.value - textStages.value)),
    /** Renders at once every paragraph up to ¶n, so that it can be scrolled to. */
    through: (n: number) =>
      stage.through(stageOf((doc.value?.paragraphs.findIndex((p) => p.number === n) ?? -1) + 1)),
  };
}
