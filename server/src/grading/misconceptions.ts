// Which misconceptions an answer shows, and the class's misconceptions ranked. Pure: no I/O.
//
// A distractor is one wrong answer an author tagged with the misconception it encodes: a wrong
// choice, a wrong matching pair, a wrong order (`firstId` placed before `thenId`, which the key
// puts first) or a common wrong short answer (matched as leniently as accepted answers are, and
// only when no accepted answer matches). Option ids are raw keys, as answers store them.
import type { AnswerData } from "./kinds/index.js";
import { matchesAccepted } from "./text-match.js";

export interface Distractor {
  /** The catalogue id of the misconception. */
  misconception: string;
  choiceId: string | null;
  leftId: string | null;
  rightId: string | null;
  firstId: string | null;
  thenId: string | null;
  answerText: string | null;
}

/** Whether an answer (null: none) picks this distractor. */
export function showsDistractor(
  distractor: Distractor,
  answer: AnswerData | null,
  acceptedAnswers: readonly string[] = [],
): boolean {
  if (!answer) return false;
  const { choiceId, leftId, rightId, firstId, thenId, answerText } = distractor;
  if (choiceId !== null) return (answer.choiceIds ?? []).includes(choiceId);
  if (leftId !== null && rightId !== null) {
    // As scoring reads it: each left item's first chosen partner.
    const chosen = (answer.pairs ?? []).find((p) => p.leftId === leftId);
    return chosen?.rightId === rightId;
  }
  if (firstId !== null && thenId !== null) {
    const order = answer.order ?? [];
    const first = order.indexOf(firstId);
    const then = order.indexOf(thenId);
    return first >= 0 && then >= 0 && first < then;
  }
  if (answerText !== null) {
    const text = answer.text?.trim() ?? "";
    return (
      text !== "" && !matchesAccepted(text, acceptedAnswers) && matchesAccepted(text, [answerText])
    );
  }
  return false;
}

/** The misconceptions one answer shows, each once, in the order of the item's distractors. */
export function misconceptionsShown(
  distractors: readonly Distractor[],
  answer: AnswerData | null,
  acceptedAnswers: readonly string[] = [],
): string[] {
  const shown: string[] = [];
  for (const d of distractors)
    if (!shown.includes(d.misconception) && showsDistractor(d, answer, acceptedAnswers))
      shown.push(d.misconception);
  return shown;
}

/** One student's answer to one item showed one misconception. */
export interface MisconceptionSighting {
  misconception: string;
  studentId: string;
  itemId: string;
}

export interface RankedMisconception {
  misconception: string;
  /** Distinct students who showed it, in first-seen order. */
  studentIds: string[];
  /** The items they showed it on, in lesson order, each with its distinct students. */
  items: Array<{ itemId: string; studentIds: string[] }>;
}

/**
 * Groups sightings by misconception, ranked by distinct students (most first), then by the
 * number of student–item sightings, then in `catalogueOrder` (the catalogue's own order);
 * items in `itemOrder`. Misconceptions nobody showed are left out.
 */
export function rankMisconceptions(
  sightings: readonly MisconceptionSighting[],
  catalogueOrder: readonly string[],
  itemOrder: readonly string[],
): RankedMisconception[] {
  const byMisconception = new Map<string, Map<string, Set<string>>>();
  const students = new Map<string, Set<string>>();
  for (const s of sightings) {
    const items = byMisconception.get(s.misconception) ?? new Map<string, Set<string>>();
    byMisconception.set(s.misconception, items);
    const itemStudents = items.get(s.itemId) ?? new Set<string>();
    items.set(s.itemId, itemStudents.add(s.studentId));
    const all = students.get(s.misconception) ?? new Set<string>();
    students.set(s.misconception, all.add(s.studentId));
  }
  const place = (order: readonly string[], id: string) => {
    const i = order.indexOf(id);
    return i < 0 ? order.length : i;
  };
  const ranked = [...byMisconception.entries()].map(([misconception, items]) => ({
    misconception,
    studentIds: [...students.get(misconception)!],
    items: [...items.entries()]
      .sort(([a], [b]) => place(itemOrder, a) - place(itemOrder, b))
      .map(([itemId, ids]) => ({ itemId, studentIds: [...ids] })),
  }));
  const sightingsOf = (r: RankedMisconception) =>
    r.items.reduce((sum, item) => sum + item.studentIds.length, 0);
  return ranked.sort(
    (a, b) =>
      b.studentIds.length - a.studentIds.length ||
      sightingsOf(b) - sightingsOf(a) ||
      place(catalogueOrder, a.misconception) - place(catalogueOrder, b.misconception) ||
      a.misconception.localeCompare(b.misconception),
  );
}
