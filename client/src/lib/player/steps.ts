/** The player's pages and how far a student has got through them. Pure: no I/O. */
import type { AnswerInput } from "../../api/generated/graphql.js";
import type { PlayerLesson, PlayerStep } from "../../api/player.js";
import { hasAnswer } from "../questions/answers.js";

/** A step of the player: the lesson's own, or a closing "Finish" step where a lesson ends without a reflection. */
export type PlayerPage =
  | { kind: PlayerStep["kind"]; title: string; step: PlayerStep }
  | { kind: "FINISH"; title: string; step: null };

export const STEP_KIND_LABELS: Record<PlayerPage["kind"], string> = {
  READ: "Read",
  QUESTION_SET: "Questions",
  EXERCISE: "Exercise",
  REFLECT: "Reflect",
  FINISH: "Finish",
};

/** The lesson's steps as pages, with a "Finish and submit" page unless the lesson ends with a reflection. */
export function pagesOf(lesson: PlayerLesson | null): PlayerPage[] {
  const steps = lesson?.steps ?? [];
  const pages: PlayerPage[] = steps.map((step) => ({ kind: step.kind, title: step.title, step }));
  if (steps.length > 0 && steps[steps.length - 1]!.kind !== "REFLECT")
    pages.push({ kind: "FINISH", title: "Finish and submit", step: null });
  return pages;
}

/** The items (question and exercise ids) a step asks for. */
export function itemsOf(page: PlayerPage): string[] {
  if (!page.step) return [];
  return (
    page.step.questionSet?.questions.map((q) => q.id) ??
    (page.step.exercise ? [page.step.exercise.id] : [])
  );
}

/** A page with questions still unanswered, for the "before you submit" list. */
export interface StepGap {
  step: number;
  title: string;
  missing: number;
}

/** Which pages are fully answered, which have gaps, and how many items are answered of all. */
export function progressOf(
  pages: readonly PlayerPage[],
  answers: Readonly<Record<string, AnswerInput>>,
) {
  const answeredIn = (items: string[]) => items.filter((id) => hasAnswer(answers[id])).length;
  const done = pages.map(
    (page) => itemsOf(page).length > 0 && answeredIn(itemsOf(page)) === itemsOf(page).length,
  );
  const gaps: StepGap[] = pages
    .map((page, index) => ({
      step: index + 1,
      title: page.title,
      missing: itemsOf(page).length - answeredIn(itemsOf(page)),
    }))
    .filter((gap) => gap.missing > 0);
  const total = pages.flatMap(itemsOf).length;
  return { done, gaps, total, answered: total - gaps.reduce((sum, gap) => sum + gap.missing, 0) };
}
