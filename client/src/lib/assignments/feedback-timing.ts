import type { FeedbackTiming } from "../../api/generated/graphql.js";

/** When students see scores and keys, in a teacher's words. */
export const FEEDBACK_OPTIONS: ReadonlyArray<{
  value: FeedbackTiming;
  label: string;
  explanation: string;
}> = [
  {
    value: "IMMEDIATE",
    label: "After each answer",
    explanation:
      "Students see whether they were right as they go. Good for practice; exercises still wait for the submit.",
  },
  {
    value: "ON_SUBMIT",
    label: "When the student submits",
    explanation: "Students see scores and answer keys once they hand in the lesson.",
  },
  {
    value: "AFTER_DUE",
    label: "After the due date",
    explanation:
      "Nobody sees answers until the due date has passed, so keys cannot be shared. Needs a due date.",
  },
];

export const FEEDBACK_LABELS = Object.fromEntries(
  FEEDBACK_OPTIONS.map((o) => [o.value, o.label]),
) as Record<FeedbackTiming, string>;

/** Why this due date and timing cannot be saved together, or null. */
export function timingProblem(dueAt: string | null, feedback: FeedbackTiming): string | null {
  return feedback === "AFTER_DUE" && !dueAt
    ? "Feedback after the due date needs a due date. Pick one, or choose another timing."
    : null;
}

/** When feedback shows, in a student's words. */
export function feedbackTimingText(timing: FeedbackTiming): string {
  switch (timing) {
    case "IMMEDIATE":
      return "You see feedback as soon as you answer (for the exercise, once you submit).";
    case "ON_SUBMIT":
      return "You see feedback once you submit.";
    case "AFTER_DUE":
      return "You see feedback after the due date.";
  }
}
