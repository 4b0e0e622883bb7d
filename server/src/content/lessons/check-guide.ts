// The teacher guide's fields, which the schema leaves optional but `npm run content:check`
// requires of every lesson: minutes for each step (adding up to the lesson's estimate) and the
// misconceptions each question and exercise probes (a reflection prompt asks for the student's
// own thinking and probes none), and every entry of the misconception catalogue named by some
// distractor.
import type { ContentProblem } from "../content-problems.js";
import type { LoadedContent } from "./content.types.js";
import { unusedMisconceptions } from "./misconception-catalogue.js";

/** What the teacher guide still lacks, by file and field. */
export function checkTeacherGuide(content: LoadedContent): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const lesson of content.lessons) {
    lesson.steps.forEach((step, i) => {
      if (step.minutes === null)
        problems.push({
          file: lesson.sourceFile,
          path: `steps[${i}].minutes`,
          message: "give the step's suggested minutes in class (the teacher guide's timings)",
        });
    });
    const total = lesson.steps.reduce((sum, step) => sum + (step.minutes ?? 0), 0);
    if (lesson.steps.every((step) => step.minutes !== null) && total !== lesson.estimatedMinutes)
      problems.push({
        file: lesson.sourceFile,
        path: "steps",
        message: `the steps' minutes add up to ${total}, not the lesson's estimatedMinutes (${lesson.estimatedMinutes})`,
      });
  }
  for (const set of content.questionSets)
    set.questions.forEach((question, i) => {
      if (question.kind !== "REFLECTION" && question.misconceptions.length === 0)
        problems.push({
          file: set.sourceFile,
          path: `questions[${i}].misconceptions`,
          message: "name the misconception(s) this question probes (the teacher guide)",
        });
    });
  for (const exercise of content.exercises)
    if (exercise.misconceptions.length === 0)
      problems.push({
        file: exercise.sourceFile,
        path: "misconceptions",
        message: "name the misconception(s) this exercise probes (the teacher guide)",
      });
  const used = new Set(
    content.questionSets.flatMap((set) =>
      set.questions.flatMap((q) => (q.distractors ?? []).map((d) => d.misconception)),
    ),
  );
  problems.push(...unusedMisconceptions(content.misconceptionsFile, content.misconceptions, used));
  return problems;
}
