// Short-answer questions: the student writes a few words. Pure: no I/O.
//
// Points iff the text is or contains an accepted answer, leniently (the rule: ../text-match.ts);
// otherwise score null, correct null, needsReview true (a teacher judges). Blank text =
// unanswered: score 0, correct false.
import { blocks, escapeMarkdown, NOT_ANSWERED } from "../feedback.js";
import { parseText } from "../fields.js";
import { hasText } from "../score-math.js";
import { matchesAccepted } from "../text-match.js";
import type { KindUnit } from "../types.js";

export interface ShortAnswerKey {
  kind: "SHORT_ANSWER";
  points: number;
  explanation: string;
  acceptedAnswers: string[];
  /** What earns each score where a teacher scores the answer (Markdown, teachers only). */
  scoringGuide?: string | null;
}

export interface ShortAnswerFields {
  text?: string | null;
}

/** Feedback for a short answer: matched, waiting for the teacher, or not answered. */
export function shortAnswerMessage(
  key: ShortAnswerKey,
  state: "matched" | "review" | "blank",
): string {
  if (state === "matched") return blocks("**Correct.**", key.explanation);
  if (state === "review") {
    const head =
      "**Thank you.** Your answer is not one of the answers we expected word for word, so your teacher will review it.";
    return blocks(head, key.explanation);
  }
  const accepted = key.acceptedAnswers[0];
  return blocks(
    NOT_ANSWERED,
    key.explanation,
    accepted !== undefined && `**An accepted answer:** ${escapeMarkdown(accepted)}`,
  );
}

export const shortAnswer: KindUnit<ShortAnswerKey, ShortAnswerFields> = {
  words: "a short-answer question",
  fields: ["text"],
  parse(item, input) {
    const answer: ShortAnswerFields = {};
    if (input.text != null) answer.text = parseText(input.text, item.maxLength!, "answer.text");
    return answer;
  },
  fromStored(item) {
    return {
      kind: "SHORT_ANSWER",
      points: item.points,
      explanation: item.explanation,
      acceptedAnswers: item.acceptedAnswers,
      scoringGuide: item.scoringGuide ?? null,
    };
  },
  review(key) {
    return { acceptedAnswers: key.acceptedAnswers, scoringGuide: key.scoringGuide ?? null };
  },
  score(key, answer) {
    const text = answer?.text;
    const first = key.acceptedAnswers[0];
    const expected = first === undefined ? null : { text: first };
    const base = { maxScore: key.points, expected };
    if (!hasText(text)) {
      return {
        ...base,
        score: 0,
        correct: false,
        needsReview: false,
        message: shortAnswerMessage(key, "blank"),
      };
    }
    if (matchesAccepted(text ?? "", key.acceptedAnswers)) {
      return {
        ...base,
        score: key.points,
        correct: true,
        needsReview: false,
        message: shortAnswerMessage(key, "matched"),
      };
    }
    return {
      ...base,
      score: null,
      correct: null,
      needsReview: true,
      message: shortAnswerMessage(key, "review"),
    };
  },
  tries: 3,
  /** Tries mode: whether the text is one of the accepted answers, never which they are. */
  hint(key, answer) {
    const text = answer?.text;
    if (!hasText(text)) return NOT_ANSWERED;
    if (matchesAccepted(text ?? "", key.acceptedAnswers)) return "**Correct.**";
    return "**Not one of the accepted answers.** Try other words, or keep this answer: your teacher will judge it after you submit.";
  },
};
