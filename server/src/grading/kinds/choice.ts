// Single- and multiple-choice questions: the student picks choices. Pure: no I/O.
//
// - SINGLE_CHOICE: all or nothing: points iff the picked ids (duplicates once, unknown ids ignored)
//   are exactly the right set.
// - MULTIPLE_CHOICE: points × max(0, (right picks − wrong picks) / right choices); correct iff the
//   picks are exactly the right set.
// Unanswered (no picks): score 0, correct false.
import { badUserInput } from "../../core/errors.js";
import { blocks, escapeMarkdown, headline, withNote, type Outcome } from "../feedback.js";
import { optionKeys } from "../fields.js";
import { knownUnique, roundScore } from "../score-math.js";
import type { KindUnit } from "../types.js";

type ChoiceKind = "SINGLE_CHOICE" | "MULTIPLE_CHOICE";

export interface ChoiceKey {
  kind: ChoiceKind;
  points: number;
  explanation: string;
  choices: Array<{ id: string; text: string; correct: boolean; explanation: string }>;
}

export interface ChoiceFields {
  choiceIds?: string[] | null;
}

/** Credit in [0, 1] and exactness of a choice answer under the single- or multiple-choice rule. */
export function choiceCredit(
  kind: ChoiceKind,
  choices: ReadonlyArray<{ id: string; correct: boolean }>,
  pickedIds: readonly string[],
): { credit: number; correct: boolean } {
  const picked = knownUnique(
    pickedIds,
    choices.map((c) => c.id),
  );
  const right = new Set(choices.filter((c) => c.correct).map((c) => c.id));
  const rightPicks = picked.filter((id) => right.has(id)).length;
  const wrongPicks = picked.length - rightPicks;
  const correct = wrongPicks === 0 && rightPicks === right.size;
  if (kind === "SINGLE_CHOICE" || right.size === 0) return { credit: correct ? 1 : 0, correct };
  return { credit: Math.max(0, (rightPicks - wrongPicks) / right.size), correct };
}

/** Feedback for a choice item: the explanation, then each picked choice and each right choice missed. */
export function choiceMessage(
  key: ChoiceKey,
  picked: ReadonlySet<string>,
  outcome: Outcome,
): string {
  const chosen = key.choices
    .filter((c) => picked.has(c.id))
    .map((c) =>
      withNote(
        `- **You chose:** ${escapeMarkdown(c.text)} (${c.correct ? "right" : "not right"})`,
        c.explanation,
      ),
    );
  const label =
    key.kind === "MULTIPLE_CHOICE" && outcome.answered
      ? "Right answer you missed:"
      : "The right answer:";
  const missed = key.choices
    .filter((c) => c.correct && !picked.has(c.id))
    .map((c) => withNote(`- **${label}** ${escapeMarkdown(c.text)}`, c.explanation));
  return blocks(headline(outcome, key.points), key.explanation, [...chosen, ...missed].join("\n"));
}

/** Tries mode: each picked choice said right or not right, nothing about the others. */
export function choiceHint(key: ChoiceKey, picked: ReadonlySet<string>, outcome: Outcome): string {
  const lines = key.choices
    .filter((c) => picked.has(c.id))
    .map(
      (c) =>
        `- **You chose:** ${escapeMarkdown(c.text)} — ${c.correct ? "this choice is right" : "this choice is not right"}`,
    );
  const missing =
    key.kind === "MULTIPLE_CHOICE" &&
    outcome.answered &&
    key.choices.some((c) => c.correct && !picked.has(c.id));
  return blocks(
    headline(outcome, key.points),
    lines.join("\n"),
    missing && "Some right choices are not chosen yet.",
  );
}

function choiceUnit(kind: ChoiceKind, words: string): KindUnit<ChoiceKey, ChoiceFields> {
  return {
    words,
    fields: ["choiceIds"],
    parse(item, input) {
      const answer: ChoiceFields = {};
      if (input.choiceIds != null) {
        answer.choiceIds = optionKeys(
          input.choiceIds,
          item.options.CHOICE,
          "answer.choiceIds",
          "a choice of this question",
        );
        if (kind === "SINGLE_CHOICE" && answer.choiceIds.length > 1)
          throw badUserInput("Choose one answer only.", "answer.choiceIds");
      }
      return answer;
    },
    fromStored(item) {
      return {
        kind,
        points: item.points,
        explanation: item.explanation,
        choices: item.options.CHOICE.map((o) => ({
          id: o.id,
          text: o.text,
          correct: o.correct!,
          explanation: o.explanation ?? "",
        })),
      };
    },
    review(key) {
      return { choices: key.choices.map((c) => ({ ...c })) };
    },
    score(key, answer) {
      const picked = new Set(
        knownUnique(
          answer?.choiceIds ?? [],
          key.choices.map((c) => c.id),
        ),
      );
      const answered = picked.size > 0;
      const { credit, correct } = choiceCredit(key.kind, key.choices, [...picked]);
      const score = roundScore(key.points * credit);
      return {
        score,
        maxScore: key.points,
        correct,
        needsReview: false,
        message: choiceMessage(key, picked, { answered, score, correct }),
        expected: { choiceIds: key.choices.filter((c) => c.correct).map((c) => c.id) },
      };
    },
    tries: 3,
    hint(key, answer, paragraphs) {
      const scored = this.score(key, answer, paragraphs);
      const picked = new Set(answer?.choiceIds ?? []);
      return choiceHint(key, picked, {
        answered: picked.size > 0,
        score: scored.score!,
        correct: scored.correct,
      });
    },
  };
}

export const singleChoice = choiceUnit("SINGLE_CHOICE", "a single-choice question");
export const multipleChoice = choiceUnit("MULTIPLE_CHOICE", "a multiple-choice question");
