import { badUserInput } from "../errors.js";

/** The `nestUnder` argument of an `…Html` field: the heading level the text sits under, 0 to 5. */
export function headingLevel(nestUnder: number): number {
  if (!Number.isInteger(nestUnder) || nestUnder < 0 || nestUnder > 5)
    throw badUserInput("nestUnder must be a heading level from 0 (as written) to 5.", "nestUnder");
  return nestUnder;
}

export const NEST_UNDER_DESCRIPTION =
  "The heading level the text is placed under: its headings move below it (0 keeps them as written).";

/** How every `…Html` field describes what it holds. */
export const SAFE_HTML =
  "rendered as HTML, safe to insert as it is (raw HTML in the Markdown is shown as text; only web and relative links)";
