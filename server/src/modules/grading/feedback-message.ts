// Markdown feedback for students, built from the content's own explanations. Pure: no I/O.
// Content texts (choices, items, document quotes) are plain and get escaped; explanations and
// notes are authored Markdown and pass through.
import type { EvidenceCredit } from "./score-evidence.js";
import type { ItemKey, Target } from "./scoring.types.js";

export type KeyOf<K extends ItemKey["kind"]> = Extract<ItemKey, { kind: K }>;

/** How an auto-scored answer went; score is already rounded. */
export interface Outcome {
  answered: boolean;
  score: number;
  correct: boolean | null;
}

const NOT_ANSWERED = "**Not answered.** You did not answer this question, so it scores 0.";

/** Plain text made safe to embed in Markdown. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<]/g, "\\$&");
}

/** Text with whitespace collapsed, cut to `max` code points (never inside a surrogate pair) with "…". */
export function excerpt(text: string, max = 80): string {
  const chars = Array.from(text.replace(/\s+/g, " ").trim());
  return chars.length <= max ? chars.join("") : `${chars.slice(0, max).join("").trimEnd()}…`;
}

const points = (n: number) => `${n} ${n === 1 ? "point" : "points"}`;
const blocks = (...parts: Array<string | null | false>) => parts.filter((p): p is string => !!p).join("\n\n");
const withNote = (text: string, note: string | null | undefined) => (note ? `${text} — ${note}` : text);
const list = (title: string, lines: string[]) => (lines.length ? `**${title}**\n${lines.join("\n")}` : null);

function headline(outcome: Outcome, maxScore: number): string {
  if (!outcome.answered) return NOT_ANSWERED;
  if (outcome.correct === true) return "**Correct.**";
  if (outcome.score > 0) return `**Partly correct:** ${outcome.score} of ${points(maxScore)}.`;
  return "**Not quite.**";
}

/** Feedback for a choice item: the explanation, then each picked choice and each right choice missed. */
export function choiceMessage(key: KeyOf<"SINGLE_CHOICE" | "MULTIPLE_CHOICE">, picked: ReadonlySet<string>, outcome: Outcome): string {
  const chosen = key.choices
    .filter((c) => picked.has(c.id))
    .map((c) => withNote(`- **You chose:** ${escapeMarkdown(c.text)} (${c.correct ? "right" : "not right"})`, c.explanation));
  const label = key.kind === "MULTIPLE_CHOICE" && outcome.answered ? "Right answer you missed:" : "The right answer:";
  const missed = key.choices
    .filter((c) => c.correct && !picked.has(c.id))
    .map((c) => withNote(`- **${label}** ${escapeMarkdown(c.text)}`, c.explanation));
  return blocks(headline(outcome, key.points), key.explanation, [...chosen, ...missed].join("\n"));
}

/** Feedback for a short answer: matched, waiting for the teacher, or not answered. */
export function shortAnswerMessage(key: KeyOf<"SHORT_ANSWER">, state: "matched" | "review" | "blank"): string {
  if (state === "matched") return blocks("**Correct.**", key.explanation);
  if (state === "review") {
    const head = "**Thank you.** Your answer is not one of the answers we expected word for word, so your teacher will review it.";
    return blocks(head, key.explanation);
  }
  const accepted = key.acceptedAnswers[0];
  return blocks(NOT_ANSWERED, key.explanation, accepted !== undefined && `**An accepted answer:** ${escapeMarkdown(accepted)}`);
}

/** Feedback for an ordering item: how many pairs were in order, and the right order with explanations. */
export function orderingMessage(key: KeyOf<"ORDERING">, outcome: Outcome, keptPairs: number, anyMissing: boolean): string {
  const total = (key.items.length * (key.items.length - 1)) / 2;
  const detail =
    outcome.answered &&
    outcome.correct !== true &&
    `You put ${keptPairs} of ${total} pairs of items in the right order.` +
      (anyMissing ? " Some items were missing from your order; every pair with a missing item counts as wrong." : "");
  const order = key.items.map((item, i) => withNote(`${i + 1}. ${escapeMarkdown(item.text)}`, item.explanation));
  return blocks(headline(outcome, key.points), detail, key.explanation, list("The right order:", order));
}

/** Feedback for a matching item: the right pairs, each marked with what the student chose. */
export function matchingMessage(key: KeyOf<"MATCHING">, chosen: ReadonlyMap<string, string>, outcome: Outcome): string {
  const leftText = new Map(key.left.map((l) => [l.id, l.text]));
  const rightText = new Map(key.right.map((r) => [r.id, r.text]));
  const lines = key.pairs.map((pair) => {
    const choice = chosen.get(pair.leftId);
    const mark =
      choice === pair.rightId ? "you matched this"
      : choice === undefined ? "you left this one unmatched"
      : `you chose: ${escapeMarkdown(rightText.get(choice) ?? "another item")}`;
    const left = escapeMarkdown(leftText.get(pair.leftId) ?? "");
    const right = escapeMarkdown(rightText.get(pair.rightId) ?? "");
    return withNote(`- ${left} → ${right} (${mark})`, pair.explanation);
  });
  return blocks(headline(outcome, key.points), key.explanation, list("The right pairs:", lines));
}

function cite(t: { paragraphNumber: number }, quote: string): string {
  const quoted = /^".*"$/s.test(quote) ? quote : `"${quote}"`;
  return `¶${t.paragraphNumber}: ${escapeMarkdown(quoted)}`;
}
const targetLines = (targets: Target[], notes: boolean) =>
  targets.map((t) => withNote(`- ${cite(t, t.quote)}`, notes ? t.note : null));

/** The found, missed and unsupported passages, and the note on too few selections. */
function evidenceLists(a: EvidenceCredit, noun: string, unsupportedTitle: string): Array<string | null> {
  const scaled =
    a.scaled &&
    `You chose ${a.selectionCount} ${a.selectionCount === 1 ? "passage" : "passages"}; at least ${a.minSelections} ` +
      `are asked for, so the evidence credit was multiplied by ${a.selectionCount}/${a.minSelections}.`;
  return [
    list(`${noun} you found:`, targetLines(a.found, false)),
    list(a.found.length >= a.enough ? `Other ${noun.toLowerCase()} you could also have used:` : `${noun} you missed:`, targetLines(a.missed, true)),
    list(unsupportedTitle, a.unsupported.map((s) => `- ${cite(s, excerpt(s.text))}`)),
    scaled || null,
  ];
}

/** Feedback for an evidence question: found and missed key passages, and unsupported selections. */
export function evidenceMessage(key: KeyOf<"EVIDENCE">, a: EvidenceCredit, outcome: Outcome): string {
  if (!outcome.answered) {
    return blocks(NOT_ANSWERED, key.explanation, list("The key passages:", targetLines(key.targets, true)));
  }
  const head =
    outcome.correct === true ? "**Correct.** Your selections cover the key passages and stay close to them."
    : outcome.score > 0 ? `**Partly correct:** ${outcome.score} of ${points(key.points)}.`
    : "**Not quite.** Your selections do not match the key passages.";
  return blocks(head, key.explanation, ...evidenceLists(a, "Key passages", "Selections that do not support the claim:"));
}

function joinTitles(titles: string[]): string {
  return titles.length < 2 ? titles.join("") : `${titles.slice(0, -1).join(", ")} and ${titles[titles.length - 1]}`;
}

/** Feedback for an exercise: the rubric the teacher will use, and the evidence part's score and passages. */
export function exerciseMessage(key: KeyOf<"EXERCISE">, a: EvidenceCredit, answered: boolean, evidenceScore: number): string {
  const criteria = joinTitles(key.rubric.map((c) => escapeMarkdown(c.title)));
  const rubric = `**Your reasoning will be judged by your teacher** with the rubric${criteria ? `: ${criteria}` : ""}.`;
  const evidence = `**Evidence:** ${evidenceScore} of ${points(key.evidencePoints)} for the passages you selected.`;
  if (!answered) {
    const head = "**Not answered.** You did not answer this exercise, so the evidence part scores 0. Your teacher will still review it.";
    return blocks(head, rubric, evidence, list("The model passages:", targetLines(key.targets, true)));
  }
  return blocks(rubric, evidence, ...evidenceLists(a, "Model passages", "Selections that match no model passage:"));
}
