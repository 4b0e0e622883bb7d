import {
  excerpt,
  otherDocumentOf,
  paragraphText,
  type ParagraphTexts,
  type Selection,
} from "../../grading/index.js";

const QUOTE_LENGTH = 60;

/**
 * `¶4 "Kim Il Sung said…"`, then `Mikoyan's telegram ¶2 "…"` on the next line: the passages a
 * student chose, in their order, each with its place (another document than the item's own by
 * its short title) and the opening of the words chosen.
 */
export function passagesCell(
  selections: readonly Selection[] | null | undefined,
  texts: ParagraphTexts,
): string {
  return (selections ?? [])
    .map((selection) => {
      const paragraph = paragraphText(texts, selection) ?? "";
      const words = paragraph.slice(selection.start ?? 0, selection.end ?? paragraph.length);
      const other = otherDocumentOf(selection, texts.documentSlug);
      const title = other ? `${texts.others?.get(other)?.shortTitle ?? other} ` : "";
      const place = `${title}¶${selection.paragraphNumber}`;
      return words.trim() ? `${place} "${excerpt(words, QUOTE_LENGTH)}"` : place;
    })
    .join("\n");
}

/** The position an exercise's answer took: a listed claim's words, or the student's own claim. */
export function claimCell(
  answer: { claimId?: string | null; claim?: string | null } | undefined,
  claims: ReadonlyMap<string, string>,
): string {
  if (answer?.claimId) return claims.get(answer.claimId) ?? "";
  return answer?.claim?.trim() ? `Own claim: ${answer.claim.trim()}` : "";
}
