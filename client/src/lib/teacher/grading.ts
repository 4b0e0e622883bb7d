import type {
  ItemKey,
  RubricCriterion,
  ScoreInput,
  StudentAnswer,
  TeacherAssignment,
  TeacherResponse,
} from "./review-types.js";

/** One student's answer to the item being graded. */
export interface GradingRow {
  studentId: string;
  name: string;
  response: TeacherResponse;
  /** The teacher (or the key) has scored it; an answer waiting for review is not graded. */
  graded: boolean;
}

/** Every student's answer to one item, in the roster's order; students without one are left out. */
export function gradingRows(assignment: TeacherAssignment, itemId: string): GradingRow[] {
  const order = new Map(assignment.classroom.students.map((s, index) => [s.id, index]));
  return assignment.attempts
    .flatMap((attempt) => {
      const response = attempt.responses.find((r) => r.itemId === itemId);
      if (!response) return [];
      const graded = !!response.feedback && !response.feedback.needsReview;
      return [
        { studentId: attempt.student.id, name: attempt.student.displayName, response, graded },
      ];
    })
    .sort(
      (a, b) =>
        (order.get(a.studentId) ?? Infinity) - (order.get(b.studentId) ?? Infinity) ||
        a.name.localeCompare(b.name),
    );
}

/**
 * Text as a teacher would compare two answers: case, accents, apostrophes, punctuation and spacing ignored
 * ("Kim wanted support." and "kim  wanted support" are the same answer).
 */
export function normaliseAnswerText(text: string | null | undefined): string {
  return (text ?? "")
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/['’ʼ`]/gu, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** What makes two answers to the same item identical; null for an empty answer or a kind not compared. */
export function answerSignature(kind: string, answer: StudentAnswer): string | null {
  if (kind === "SHORT_ANSWER") return normaliseAnswerText(answer.text) || null;
  if (kind !== "EXERCISE") return null;
  const evidence = (answer.evidence ?? [])
    .map((e) => `${e.documentSlug ?? ""}:${e.paragraphNumber}:${e.start ?? ""}-${e.end ?? ""}`)
    .sort()
    .join(",");
  const claim = answer.claimId ?? `own:${normaliseAnswerText(answer.claim)}`;
  const reasoning = normaliseAnswerText(answer.text);
  if (!evidence && !reasoning && !answer.claimId && !answer.claim) return null;
  return `${claim}|${evidence}|${reasoning}`;
}

/** The other rows whose answer is identical to the row's (same signature). */
export function identicalTo(kind: string, rows: GradingRow[], row: GradingRow): GradingRow[] {
  const signature = answerSignature(kind, row.response.answer);
  if (signature === null) return [];
  return rows.filter(
    (other) =>
      other.response.id !== row.response.id &&
      answerSignature(kind, other.response.answer) === signature,
  );
}

/** The number of answers in each group of two or more identical answers, by signature. */
export function identicalGroupSizes(kind: string, rows: GradingRow[]): Map<string, number> {
  const sizes = new Map<string, number>();
  for (const row of rows) {
    const signature = answerSignature(kind, row.response.answer);
    if (signature !== null) sizes.set(signature, (sizes.get(signature) ?? 0) + 1);
  }
  for (const [signature, size] of sizes) if (size < 2) sizes.delete(signature);
  return sizes;
}

/** The next ungraded row after `from`, going round; -1 when everything is graded. */
export function nextUngraded(rows: GradingRow[], from: number): number {
  for (let step = 1; step <= rows.length; step++) {
    const index = (from + step) % rows.length;
    if (!rows[index]!.graded) return index;
  }
  return -1;
}

/** What a key press asks of the grading page. */
export type GradingAction =
  | { type: "digit"; value: number }
  | { type: "criterion"; delta: 1 | -1 }
  | { type: "student"; delta: 1 | -1 }
  | { type: "next-ungraded" };

/** The grading shortcut of a key, or null; never while the teacher types or holds a modifier. */
export function gradingShortcut(event: {
  key: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
  typing: boolean;
}): GradingAction | null {
  if (event.typing || event.ctrlKey || event.metaKey || event.altKey) return null;
  if (/^[0-9]$/.test(event.key)) return { type: "digit", value: Number(event.key) };
  switch (event.key) {
    case "ArrowDown":
      return { type: "criterion", delta: 1 };
    case "ArrowUp":
      return { type: "criterion", delta: -1 };
    case "n":
    case "j":
      return { type: "student", delta: 1 };
    case "k":
      return { type: "student", delta: -1 };
    case "u":
      return { type: "next-ungraded" };
    default:
      return null;
  }
}

/** Whether a key press lands in a place where the teacher types (a text field, a list box). */
export function isTypingTarget(target: EventTarget | null): boolean {
  const element = target as { tagName?: string; type?: string; isContentEditable?: boolean } | null;
  if (!element?.tagName) return false;
  const tag = element.tagName.toUpperCase();
  if (tag === "TEXTAREA" || tag === "SELECT" || element.isContentEditable) return true;
  return tag === "INPUT" && !["checkbox", "radio", "button", "submit"].includes(element.type ?? "");
}

/** A teacher's judgement being made: a level per criterion, or points, and a comment. */
export interface GradingDraft {
  levels: Record<string, number | undefined>;
  points: string;
  comment: string;
}

export function draftOf(response: TeacherResponse): GradingDraft {
  const feedback = response.feedback;
  return {
    levels: Object.fromEntries((feedback?.rubricScores ?? []).map((s) => [s.criterionId, s.score])),
    points:
      feedback && !feedback.needsReview && feedback.score != null ? String(feedback.score) : "",
    comment: feedback?.teacherComment ?? "",
  };
}

/** The level a digit chooses: the level with that score. */
export const levelForDigit = (criterion: RubricCriterion, digit: number) =>
  criterion.levels.find((level) => level.score === digit) ?? null;

/** The items of the assignment in lesson order with their question numbers. */
export function numberedItems(items: ItemKey[]): Array<{ item: ItemKey; number: number }> {
  return items.map((item, index) => ({ item, number: index + 1 }));
}

/** The draft as a score to save, or the problem that stops it being saved. */
export function scoreInputOf(
  draft: GradingDraft,
  criteria: RubricCriterion[] | null,
  maxPoints: number,
): { input: ScoreInput } | { problem: string } {
  const comment = draft.comment.trim();
  if (criteria) {
    const missing = criteria.filter((c) => draft.levels[c.id] === undefined);
    if (missing.length)
      return { problem: `Choose a level for ${missing.map((c) => `"${c.title}"`).join(", ")}.` };
    const rubricScores = criteria.map((c) => ({ criterionId: c.id, score: draft.levels[c.id]! }));
    return { input: { rubricScores, comment } };
  }
  // Worth no points (a reflection): only the comment counts.
  if (maxPoints === 0) return { input: { score: 0, comment } };
  const value = Number(draft.points.replace(",", "."));
  if (draft.points.trim() === "" || !Number.isFinite(value) || value < 0 || value > maxPoints)
    return { problem: `Give a score from 0 to ${maxPoints}.` };
  return { input: { score: value, comment } };
}

/** Whether the draft differs from what is saved for the response. */
export function draftChanged(draft: GradingDraft, response: TeacherResponse): boolean {
  const saved = draftOf(response);
  const levels = new Set([...Object.keys(saved.levels), ...Object.keys(draft.levels)]);
  return (
    draft.points.trim() !== saved.points ||
    draft.comment.trim() !== saved.comment.trim() ||
    [...levels].some((id) => draft.levels[id] !== saved.levels[id])
  );
}
