import type { FeedbackTiming } from "../../api/generated/graphql.js";

/** When students see scores and keys, in a teacher's words. */
export const FEEDBACK_OPTIONS: ReadonlyArray<{
  value: FeedbackTiming;
  label: string;
  explanation: string;
}> = [
  {
    value: "IMMEDIATE",
    label: "After each check (tries)",
    explanation:
      "Students check each answer and may try again (3 tries, 2 for evidence and exercises); each retry costs a third of the points; the answer shows once the question locks.",
  },
  {
    value: "PRACTICE",
    label: "Answers at once (practice)",
    explanation:
      "Students see the answer as soon as they answer; practice, not counted toward a grade.",
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
      return "Check each answer: you get up to 3 tries (2 for evidence and the exercise), and each retry costs a third of the points.";
    case "PRACTICE":
      return "Practice: answers show as you go and do not count.";
    case "ON_SUBMIT":
      return "You see feedback once you submit.";
    case "AFTER_DUE":
      return "You see feedback after the due date.";
  }
}
