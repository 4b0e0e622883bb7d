// Checks of answer fields that several kinds share; each failure is BAD_USER_INPUT naming the field. Pure: no I/O.
import { badUserInput } from "../core/errors.js";
import { decodeId } from "../core/ids.js";
import { otherDocumentOf, type ItemFacts, type Selection } from "./types.js";

/** Choice ids as raw option keys, each one of `known` and none twice. */
export function optionKeys(
  ids: readonly string[],
  known: Set<string>,
  field: string,
  what: string,
): string[] {
  const keys: string[] = [];
  ids.forEach((id, index) => {
    const key = decodeId("Choice", id);
    if (!key || !known.has(key)) throw badUserInput(`That is not ${what}.`, `${field}[${index}]`);
    if (keys.includes(key))
      throw badUserInput(`The same option is given twice.`, `${field}[${index}]`);
    keys.push(key);
  });
  return keys;
}

/**
 * At most `max` selections, each in a paragraph the item offers and within it: of its own document
 * (documentSlug omitted, null or the own slug, which is then dropped) or of another document it offers.
 */
export function parseEvidence(
  item: ItemFacts,
  evidence: readonly Selection[],
  max: number,
): Selection[] {
  if (evidence.length > max)
    throw badUserInput(`Select at most ${max} passage${max === 1 ? "" : "s"}.`, "answer.evidence");
  return evidence.map((span, index) => {
    const at = `answer.evidence[${index}]`;
    const other = otherDocumentOf(span, item.documentSlug);
    const lengths = other === null ? item.paragraphLengths : item.sources?.get(other);
    if (lengths === undefined)
      throw badUserInput(
        `This item offers no passages from the document "${other}".`,
        `${at}.documentSlug`,
      );
    const length = lengths.get(span.paragraphNumber);
    if (length === undefined)
      throw badUserInput(
        other === null
          ? `The document has no paragraph ${span.paragraphNumber}.`
          : `The document "${other}" has no paragraph ${span.paragraphNumber}.`,
        `${at}.paragraphNumber`,
      );
    const doc = other === null ? {} : { documentSlug: other };
    const hasStart = span.start != null;
    const hasEnd = span.end != null;
    if (hasStart !== hasEnd)
      throw badUserInput("Give both start and end, or neither for the whole paragraph.", at);
    if (!hasStart) return { ...doc, paragraphNumber: span.paragraphNumber };
    const { start, end } = span as { start: number; end: number };
    if (start < 0 || end > length || start >= end) {
      throw badUserInput(
        `A passage must lie within ¶${span.paragraphNumber} (0 to ${length}) and end after it starts.`,
        at,
      );
    }
    return { ...doc, paragraphNumber: span.paragraphNumber, start, end };
  });
}

/** Text without NUL of at most `max` code points. */
export function parseText(text: string, max: number, field: string): string {
  if (text.includes("\u0000"))
    throw badUserInput("The text contains a character that cannot be saved.", field);
  if ([...text].length > max)
    throw badUserInput(`The text can be at most ${max} characters.`, field);
  return text;
}
