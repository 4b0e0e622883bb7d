import type { Picker } from "../modules/lti/deep-link.service.js";

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!,
  );

/** When students see scores and keys, in a teacher's words (as the app's assignment form says it). */
const FEEDBACK_OPTIONS = [
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
      "Students see the answer as soon as they answer; practice, not counted toward a grade (no grade column).",
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

// The app's design tokens and base styles (client/src/styles/base.css), the few this page uses.
const STYLE = `:root{--ink:#1d1c1a;--ink-soft:#4a4740;--paper:#fbfaf7;--panel:#fff;--line:#d9d5cc;--accent:#0b5767;--accent-strong:#073f4b;--accent-soft:#e3f0f2;--wrong-soft:#fbe9e7;--focus:#1a5fd1;--radius:10px;--shadow:0 1px 2px rgb(0 0 0/6%),0 4px 16px rgb(0 0 0/5%);color-scheme:light}
*,*::before,*::after{box-sizing:border-box}
body{margin:0;background:var(--paper);color:var(--ink);font:1.0625rem/1.6 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Helvetica Neue",Arial,sans-serif;overflow-wrap:anywhere}
main{max-width:44rem;margin:0 auto;padding:1rem}
h1{font-size:clamp(1.6rem,1.2rem + 1.6vw,2.25rem);line-height:1.25;margin:.5em 0 .5em}
p{margin:0 0 1em}
:focus-visible{outline:3px solid var(--focus);outline-offset:2px;border-radius:3px}
fieldset{border:1px solid var(--line);border-radius:var(--radius);padding:1rem;margin:0 0 1rem;background:var(--panel);box-shadow:var(--shadow)}
legend{font-weight:600;padding:0 .25rem}
label{font-weight:600;cursor:pointer}
.option{display:flex;gap:.6rem;align-items:flex-start;padding:.35rem 0}
.option input{width:1.25rem;height:1.25rem;margin:.2rem 0 0;flex:none}
.hint{color:var(--ink-soft);font-size:.9375rem;margin:0}
.field{margin:0 0 1rem}
input[type=datetime-local]{display:block;width:100%;max-width:32rem;min-height:2.75rem;padding:.5rem .75rem;border:1.5px solid #8c877c;border-radius:8px;background:#fff;color:var(--ink);font:inherit}
.actions{display:flex;flex-wrap:wrap;gap:.75rem}
.button{display:inline-flex;align-items:center;justify-content:center;min-height:2.75rem;padding:.5rem 1.1rem;border:2px solid var(--accent);border-radius:999px;background:var(--accent);color:#fff;font:600 1rem/1.2 system-ui,sans-serif;cursor:pointer}
.button:hover{background:var(--accent-strong);border-color:var(--accent-strong)}
.button.secondary{background:transparent;color:var(--accent)}
.button.secondary:hover{background:var(--accent-soft);color:var(--accent-strong)}
.alert{border-radius:var(--radius);padding:.75rem 1rem;margin:0 0 1rem;border:1px solid #e4b2ab;background:var(--wrong-soft);color:#6b1a12}`;

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title><style>${STYLE}</style>
<script src="/lti/deep-link.js" defer></script></head>
<body><main>
${body}
</main></body>
</html>
`;
}

/** What the teacher entered, to show again beside a problem. */
export interface PickerValues {
  lessonSlug?: string;
  due?: string;
  feedback?: string;
  problem?: string;
}

/**
 * The lesson picker: one form whose lessons and feedback timings are radio groups (arrow keys
 * move within a group), an optional due date, and Add or Cancel.
 */
export function pickerPage(picker: Picker, action: string, values: PickerValues = {}): string {
  const feedback = values.feedback ?? "ON_SUBMIT";
  const lessons = picker.lessons
    .map(
      (lesson, index) => `<div class="option">
<input type="radio" id="lesson-${index}" name="lesson" value="${escapeHtml(lesson.slug)}" aria-describedby="lesson-${index}-about"${lesson.slug === values.lessonSlug ? " checked" : ""}${index === 0 ? " required" : ""}>
<div><label for="lesson-${index}">${escapeHtml(lesson.title)}</label>
<p class="hint" id="lesson-${index}-about">${lesson.estimatedMinutes} min · ${lesson.points} points. ${escapeHtml(lesson.summary)}</p></div>
</div>`,
    )
    .join("\n");
  const timings = FEEDBACK_OPTIONS.map(
    (option) => `<div class="option">
<input type="radio" id="feedback-${option.value}" name="feedback" value="${option.value}" aria-describedby="feedback-${option.value}-about"${option.value === feedback ? " checked" : ""}>
<div><label for="feedback-${option.value}">${option.label}</label>
<p class="hint" id="feedback-${option.value}-about">${option.explanation}</p></div>
</div>`,
  ).join("\n");
  const problem = values.problem
    ? `<p class="alert" role="alert" id="problem">${escapeHtml(values.problem)}</p>\n`
    : "";
  return page(
    "Add a lesson",
    `<h1>Add a lesson to ${escapeHtml(picker.className)}</h1>
<p>The lesson is assigned to this course's class at once, and your course gets a link to it with a grade column.</p>
${problem}<form method="post" action="${escapeHtml(action)}" data-picker>
<fieldset><legend>Lesson</legend>
${lessons}
</fieldset>
<div class="field">
<label for="due">Due date and time <span class="hint">(optional)</span></label>
<p class="hint" id="due-hint">In your own time zone. Work handed in after it is marked late.</p>
<input type="datetime-local" id="due" name="due" aria-describedby="due-hint" value="${escapeHtml(values.due ?? "")}">
<input type="hidden" name="timezoneOffset" value="">
</div>
<fieldset><legend>When do students see their scores and the answers?</legend>
${timings}
</fieldset>
<div class="actions">
<button class="button" type="submit" name="action" value="add">Add lesson</button>
<button class="button secondary" type="submit" name="action" value="cancel" formnovalidate>Cancel</button>
</div>
</form>`,
  );
}

/** The page that carries the signed response back to the platform (auto-posted by the script). */
export function returnPage(returnUrl: string, jwt: string, added: string | null): string {
  const said = added
    ? `<p>“${escapeHtml(added)}” is assigned. Taking you back to your course…</p>`
    : `<p>No lesson was added. Taking you back to your course…</p>`;
  return page(
    added ? "Lesson added" : "No lesson added",
    `<h1>${added ? "Lesson added" : "No lesson added"}</h1>
${said}
<form method="post" action="${escapeHtml(returnUrl)}" data-auto-submit>
<input type="hidden" name="JWT" value="${escapeHtml(jwt)}">
<button class="button" type="submit">Back to the course</button>
</form>`,
  );
}

/**
 * The picker's script (script-src 'self', no inline code): it gives the due date's UTC offset
 * in the teacher's own time zone, and posts the response form as soon as it loads.
 */
export const PICKER_SCRIPT = `"use strict";
document.addEventListener("DOMContentLoaded", function () {
  var picker = document.querySelector("form[data-picker]");
  if (picker) {
    picker.addEventListener("submit", function () {
      var due = picker.elements.namedItem("due").value;
      var when = due ? new Date(due) : new Date();
      picker.elements.namedItem("timezoneOffset").value = String(when.getTimezoneOffset());
    });
  }
  var back = document.querySelector("form[data-auto-submit]");
  if (back) back.submit();
});
`;
