// Pieces of the Markdown feedback every kind builds from the content's own explanations. Pure: no I/O.
// Content texts (choices, items, document quotes) are plain and get escaped; explanations and
// notes are authored Markdown and pass through.
import type { EvidenceCredit } from "./evidence-overlap.js";
import type { Target } from "./types.js";

/** How an auto-scored answer went; score is already rounded. */
export interface Outcome {
  answered: boolean;
  score: number;
  correct: boolean | null;
}

export const NOT_ANSWERED = "**Not answered.** You did not answer this question, so it scores 0.";

/** Plain text made safe to embed in Markdown. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<]/g, "\\$&");
}

/** Text with whitespace collapsed, cut to `max` code points (never inside a surrogate pair) with "…". */
export function excerpt(text: string, max = 80): string {
  const chars = Array.from(text.replace(/\s+/g, " ").trim());
  return chars.length <= max ? chars.join("") : `${chars.slice(0, max).join("").trimEnd()}…`;
}

export const points = (n: number) => `${n} ${n === 1 ? "point" : "points"}`;
export const blocks = (...parts: Array<string | null | false>) =>
  parts.filter((p): p is string => !!p).join("\n\n");
export const withNote = (text: string, note: string | null | undefined) =>
  note ? `${text} — ${note}` : text;
export const list = (title: string, lines: string[]) =>
  lines.length ? `**${title}**\n${lines.join("\n")}` : null;

/** A hint's list of what is wrong, or a note that nothing chosen is wrong but something is missing. */
export const wrongParts = (title: string, lines: string[]) => list(title, lines);

/** Evidence chosen that is no key or acceptable passage, and how many key passages are still missing (tries mode). */
export function evidenceHint(a: EvidenceCredit, noun: string): Array<string | null> {
  const missing = Math.max(0, a.enough - a.foundCount);
  return [
    list(
      `Selections that are not ${noun}s:`,
      a.unsupported.map((s) => `- ${cite(s, excerpt(s.text), a.titles)}`),
    ),
    missing > 0
      ? `${missing === 1 ? "One" : missing} ${noun}${missing === 1 ? " is" : "s are"} still missing.`
      : null,
    a.scaled ? `At least ${a.minSelections} passages are asked for.` : null,
  ];
}

/** The first line of feedback on an auto-scored answer. */
export function headline(outcome: Outcome, maxScore: number): string {
  if (!outcome.answered) return NOT_ANSWERED;
  if (outcome.correct === true) return "**Correct.**";
  if (outcome.score > 0) return `**Partly correct:** ${outcome.score} of ${points(maxScore)}.`;
  return "**Not quite.**";
}

/** "¶N", or "Short title ¶N" for a passage of another document than the item's own. */
function place(
  t: { documentSlug?: string | null; paragraphNumber: number },
  titles: ReadonlyMap<string, string>,
): string {
  const title = t.documentSlug ? (titles.get(t.documentSlug) ?? t.documentSlug) : null;
  return title ? `${escapeMarkdown(title)} ¶${t.paragraphNumber}` : `¶${t.paragraphNumber}`;
}

function cite(
  t: { documentSlug?: string | null; paragraphNumber: number },
  quote: string,
  titles: ReadonlyMap<string, string>,
): string {
  const quoted = /^".*"$/s.test(quote) ? quote : `"${quote}"`;
  return `${place(t, titles)}: ${escapeMarkdown(quoted)}`;
}

/** One list line per passage, with its note when `notes`; passages of other documents name their document. */
export const targetLines = (
  targets: Target[],
  notes: boolean,
  titles: ReadonlyMap<string, string> = new Map(),
) => targets.map((t) => withNote(`- ${cite(t, t.quote, titles)}`, notes ? t.note : null));

/**
 * The student's selections sorted into key, acceptable and unsupported, one key passage they
 * missed (with its note), and the note on too few selections. `noun`: "key passage", "model passage".
 */
export function evidenceLists(
  a: EvidenceCredit,
  noun: string,
  unsupportedTitle: string,
): Array<string | null> {
  const scaled =
    a.scaled &&
    `You chose ${a.selectionCount} ${a.selectionCount === 1 ? "passage" : "passages"}; at least ${a.minSelections} ` +
      `are asked for, so the evidence credit was multiplied by ${a.selectionCount}/${a.minSelections}.`;
  const chosen = (s: { documentSlug?: string | null; paragraphNumber: number; text: string }) =>
    `- ${cite(s, excerpt(s.text), a.titles)}`;
  const missed = a.missed.slice(0, 1);
  return [
    list(`Your selections that are ${noun}s:`, a.keyChoices.map(chosen)),
    list(
      `Your selections that are acceptable (defensible, though not ${noun}s):`,
      a.acceptableChoices.map((s) => withNote(chosen(s), s.note)),
    ),
    list(unsupportedTitle, a.unsupported.map(chosen)),
    list(
      a.foundCount >= a.enough
        ? `Another ${noun} you could also have used:`
        : `A ${noun} you missed:`,
      targetLines(missed, true, a.titles),
    ),
    scaled || null,
  ];
}
