import { computed, ref, watch, type Ref } from "vue";
import { displayText, findMatches, type ReaderParagraphData } from "../lib/reader/segments.js";
import { paragraphList } from "../lib/reader/entities.js";

export interface ReaderMatch {
  paragraphNumber: number;
  /** Its index among the matches in that paragraph (what ReaderText's activeMatch takes). */
  index: number;
}

const plural = (n: number) => (n === 1 ? "1 match" : `${n} matches`);

/** Search within a document, in the text as shown (notes on or off): the matches, a current one, and words for the count. */
export function useReaderSearch(
  paragraphs: Ref<readonly ReaderParagraphData[]>,
  showNotes: Ref<boolean>,
) {
  const term = ref("");
  const current = ref(-1);

  const matches = computed<ReaderMatch[]>(() =>
    paragraphs.value.flatMap((paragraph) =>
      findMatches(displayText(paragraph, showNotes.value), term.value).map((_, index) => ({
        paragraphNumber: paragraph.number,
        index,
      })),
    ),
  );
  watch([term, showNotes], () => void (current.value = -1));

  const summary = computed(() => {
    const count = matches.value.length;
    if (!term.value.trim()) return "";
    if (count === 0)
      return `No matches for “${term.value.trim()}”${showNotes.value ? "" : " with the editorial notes off"}.`;
    const where = `in ${paragraphList([...new Set(matches.value.map((m) => m.paragraphNumber))])}`;
    if (current.value < 0) return `${plural(count)} ${where}`;
    return `Match ${current.value + 1} of ${count}, in ¶${matches.value[current.value].paragraphNumber}`;
  });

  const move = (step: 1 | -1) => {
    const count = matches.value.length;
    if (count === 0) return null;
    current.value =
      current.value < 0 ? (step === 1 ? 0 : count - 1) : (current.value + step + count) % count;
    return matches.value[current.value];
  };

  return {
    term,
    matches,
    summary,
    currentMatch: computed(() => matches.value[current.value] ?? null),
    next: () => move(1),
    previous: () => move(-1),
  };
}
