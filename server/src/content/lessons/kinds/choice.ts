// Single- and multiple-choice questions: choices, each right or wrong with its explanation.
import { z } from "zod";
import { id, questionBase, text } from "../schema-parts.js";
import {
  displayed,
  type LoadedDistractor,
  NO_DISTRACTOR_KEYS,
  type QuestionCommon,
  type QuestionKindEntry,
} from "./question-kind.js";

type ChoiceKind = "SINGLE_CHOICE" | "MULTIPLE_CHOICE";

export interface LoadedChoice {
  id: string;
  text: string;
  correct: boolean;
  explanation: string;
}

export interface ChoiceQuestionContent extends QuestionCommon {
  kind: ChoiceKind;
  choices: LoadedChoice[];
}

const choice = z.strictObject({
  id,
  text,
  correct: z.boolean(),
  explanation: text,
  /** A wrong choice: the catalogue id of the misconception it encodes (required). */
  misconception: id.optional(),
});

function choiceEntry<K extends ChoiceKind>(kind: K, minChoices: number, fewer: string) {
  const schema = z.strictObject({
    ...questionBase,
    kind: z.literal(kind),
    choices: z.array(choice).min(minChoices, fewer),
  });
  const entry: QuestionKindEntry<typeof schema, ChoiceQuestionContent & { kind: K }> = {
    schema,
    check({ ctx, file, path, doc }, q, common) {
      ctx.localIds(file, `${path}.choices`, q.choices, "choice");
      q.choices.forEach((c, j) =>
        ctx.citations(file, `${path}.choices[${j}].explanation`, c.explanation, doc),
      );
      const correct = q.choices.filter((c) => c.correct).map((c) => c.id);
      if (kind === "SINGLE_CHOICE" && correct.length !== 1)
        ctx.report(
          file,
          `${path}.choices`,
          `a single-choice question needs exactly one correct choice (found ${correct.length}${correct.length ? `: ${correct.join(", ")}` : ""})`,
        );
      if (kind === "MULTIPLE_CHOICE" && correct.length === 0)
        ctx.report(
          file,
          `${path}.choices`,
          "a multiple-choice question needs at least one correct choice",
        );
      if (kind === "MULTIPLE_CHOICE" && correct.length === q.choices.length)
        ctx.report(
          file,
          `${path}.choices`,
          "a multiple-choice question needs at least one wrong choice",
        );
      const distractors: LoadedDistractor[] = [];
      q.choices.forEach((c, j) => {
        const at = `${path}.choices[${j}].misconception`;
        // A correct choice encodes no misconception: a tag on it (left after flipping the key) is ignored.
        if (!c.correct && !c.misconception)
          ctx.report(
            file,
            at,
            "name the misconception this wrong choice encodes (an id from lessons/misconceptions.yaml)",
          );
        else if (!c.correct && ctx.misconception(file, at, c.misconception!))
          distractors.push({
            ...NO_DISTRACTOR_KEYS,
            misconception: c.misconception!,
            choiceKey: c.id,
          });
      });
      return {
        ...common,
        kind: q.kind,
        choices: q.choices.map(({ misconception: _, ...c }) => c),
        distractors,
      };
    },
    store(question) {
      return {
        options: displayed(question.id, question.choices, (c) => ({
          role: "CHOICE",
          contentKey: c.id,
          text: c.text,
          correct: c.correct,
          keyPosition: null,
          partnerKey: null,
          explanation: c.explanation,
        })),
      };
    },
  };
  return entry;
}

export const singleChoice = choiceEntry("SINGLE_CHOICE", 2, "offer at least two choices");
export const multipleChoice = choiceEntry("MULTIPLE_CHOICE", 3, "offer at least three choices");
