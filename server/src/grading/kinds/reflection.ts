// Reflections: the student writes what they think; there is no key. Pure: no I/O.
//
// Worth 0 points unless the author gives it points: at 0 points every answer scores 0 with
// correct null and never needs review (the teacher reads it and may comment). With points, a
// written answer waits for the teacher (score null, needsReview true) and a blank one scores 0.
// expected is always null: there is nothing to compare with.
import { blocks } from "../feedback.js";
import { parseText } from "../fields.js";
import { hasText } from "../score-math.js";
import type { KindUnit } from "../types.js";

export interface ReflectionKey {
  kind: "REFLECTION";
  /** 0 unless the author scores reflections. */
  points: number;
  /** The author's note to the student (what a thoughtful answer does), shown with feedback; may be empty. */
  explanation: string;
}

export interface ReflectionFields {
  text?: string | null;
}

/** Feedback for a reflection: kept for the teacher, waiting for the teacher, or not written. */
export function reflectionMessage(key: ReflectionKey, state: "kept" | "review" | "blank"): string {
  const head =
    state === "blank"
      ? "**Not written.** You did not write a reflection here."
      : state === "review"
        ? "**Thank you.** Your teacher will read your reflection and score it."
        : "**Thank you.** Your reflection is kept with your work for your teacher to read; it is not marked.";
  return blocks(head, key.explanation);
}

export const reflection: KindUnit<ReflectionKey, ReflectionFields> = {
  words: "a reflection",
  fields: ["text"],
  // Never checked one by one: kept for the teacher, locked at the submit.
  tries: null,
  parse(item, input) {
    const answer: ReflectionFields = {};
    if (input.text != null) answer.text = parseText(input.text, item.maxLength!, "answer.text");
    return answer;
  },
  fromStored(item) {
    return { kind: "REFLECTION", points: item.points, explanation: item.explanation };
  },
  review() {
    return {};
  },
  score(key, answer) {
    const base = { maxScore: key.points, expected: null };
    const written = hasText(answer?.text);
    if (key.points === 0)
      return {
        ...base,
        score: 0,
        correct: null,
        needsReview: false,
        message: reflectionMessage(key, written ? "kept" : "blank"),
      };
    if (!written)
      return {
        ...base,
        score: 0,
        correct: false,
        needsReview: false,
        message: reflectionMessage(key, "blank"),
      };
    return {
      ...base,
      score: null,
      correct: null,
      needsReview: true,
      message: reflectionMessage(key, "review"),
    };
  },
};
