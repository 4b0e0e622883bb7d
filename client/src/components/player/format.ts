/** "Friday 14 March 2025, 15:00" in the reader's own time zone. */
export function formatDue(iso: string, locale = "en-GB"): string {
  return new Intl.DateTimeFormat(locale, { weekday: "long", day: "numeric", month: "long", year: "numeric", hour: "2-digit", minute: "2-digit" }).format(
    new Date(iso),
  );
}

/** When feedback shows, in a student's words. */
export function feedbackTimingText(timing: "IMMEDIATE" | "ON_SUBMIT" | "AFTER_DUE"): string {
  switch (timing) {
    case "IMMEDIATE":
      return "You see feedback as soon as you answer (for the exercise, once you submit).";
    case "ON_SUBMIT":
      return "You see feedback once you submit.";
    case "AFTER_DUE":
      return "You see feedback after the due date.";
  }
}
