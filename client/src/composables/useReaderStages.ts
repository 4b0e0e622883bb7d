import { computed, type Ref } from "vue";
import type { ReaderDocument } from "../api/reader.js";
import { useProgressiveCount } from "./useProgressiveCount.js";

/** The side panel's lists, shown one per task once the text is all there. */
const SIDE_LISTS = 3;

/**
 * What of a document the reader has put on the page so far: its first four paragraphs at once,
 * two more per task, then the side panel's people, terms and citing lessons one per task, so
 * that no task keeps the page from answering while a long document fills in.
 */
export function useReaderStages(doc: Ref<ReaderDocument | null>) {
  const paragraphCount = computed(() => doc.value?.paragraphs.length ?? 0);
  const rendered = useProgressiveCount(
    computed(() => paragraphCount.value + SIDE_LISTS),
    4,
    2,
  );
  return {
    paragraphs: computed(() => doc.value?.paragraphs.slice(0, rendered.count.value) ?? []),
    /** How many of the side panel's lists are shown: 1 people, 2 terms, 3 the citing lessons. */
    sideLists: computed(() => Math.max(0, rendered.count.value - paragraphCount.value)),
    /** Renders at once every paragraph up to ¶n, so that it can be scrolled to. */
    through: (n: number) =>
      rendered.through((doc.value?.paragraphs.findIndex((p) => p.number === n) ?? -1) + 1),
  };
}
