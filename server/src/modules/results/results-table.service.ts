import { encodeId } from "../../core/ids.js";
import { roundScore, type AnswerData, type ItemKey } from "../../grading/index.js";
import { labelledName } from "../classes/classes.service.js";
import { visibleAssignment } from "../assignments/assignments.service.js";
import { gradingInput } from "../attempts/grading-input.js";
import { attemptScore, responseScore } from "../attempts/response-score.js";
import {
  criteriaOfExercises,
  loadClassResults,
  resultsLesson,
  type ResultsDeps,
} from "./class-results.service.js";
import { claimCell, passagesCell } from "./evidence-cells.js";
import { canSeeClassResults } from "./results.policy.js";

/** A cell: text, a number, a moment (written in the export's time zone), or empty. */
export type ResultsCell = string | number | Date | null;

/** One spreadsheet of a class's results: a header row, then one row per student. */
export interface ResultsTable {
  /** A file name without extension: the lesson's slug and the class's name. */
  name: string;
  header: string[];
  rows: ResultsCell[][];
}

/** "Q3 Who kept this copy of the" — the item's number and the first words of its prompt, on one line. */
export function columnTitle(index: number, prompt: string): string {
  const words = prompt.replace(/\s+/g, " ").trim().split(" ");
  const head = words.slice(0, 6).join(" ");
  return `Q${index + 1} ${words.length > 6 ? `${head}…` : head}`;
}

const REFLECTION = "REFLECTION";
/** A reflection worth no points has no score column, only its text. */
const isTextOnly = (item: { kind: string; points: number }) =>
  item.kind === REFLECTION && item.points === 0;

const ATTRIBUTION = "ATTRIBUTION";
const EXERCISE = "EXERCISE";
/** Items whose answer names passages: the table quotes them. */
const choosesPassages = (kind: string) => kind === "EVIDENCE" || kind === EXERCISE;

/** "1 ¶3 Puzanov narrating; 2 ¶3 unmarked; …": the voice a student gave each segment, in document order. */
export function attributionCell(key: ItemKey | undefined, answer: AnswerData | undefined): string {
  if (key?.kind !== ATTRIBUTION) return "";
  const label = new Map(key.voices.map((v) => [v.id, v.label]));
  const chosen = new Map((answer?.attributions ?? []).map((a) => [a.segmentId, a.voiceId]));
  return key.segments
    .map((segment, index) => {
      const voice = chosen.get(segment.id);
      return `${index + 1} ¶${segment.paragraphNumber} ${voice ? (label.get(voice) ?? "?") : "unmarked"}`;
    })
    .join("; ");
}

/** Points to 2 decimals (no 9.129999999999999); null stays null. */
const twoDecimals = (value: number | null): number | null =>
  value === null ? null : roundScore(value);

/**
 * The class's results for an assignment, if results.canSeeClassResults lets the viewer see
 * them (else null): one row per student who joined, including those who never started.
 * Columns: the student's name, then their id; status, late, started and submitted; each item's
 * score, then (tries mode, IMMEDIATE) the checks spent on it, an exercise followed by the level
 * score given for each rubric criterion, a reflection by the student's text (a 0-point
 * reflection has the text alone), an attribution question by the voice given to each segment,
 * an exercise by the claim taken, and an evidence question or exercise by the passages chosen;
 * total, max, percentage; the teacher's comments, item by item.
 * A PRACTICE assignment's status reads "…, practice, not counted".
 */
export async function classResultsTable(
  deps: ResultsDeps,
  assignmentId: string,
  /** An earlier version's lesson (a teacher's set), whose attempts the table then holds. */
  lessonSlug?: string | null,
): Promise<ResultsTable | null> {
  const found = await visibleAssignment(deps, assignmentId);
  if (!found || !canSeeClassResults(found.relation)) return null;
  const { assignment } = found;
  const lessonId = await resultsLesson(deps, assignment, lessonSlug);
  if (!lessonId) return null;
  const tries = assignment.feedbackTiming === "IMMEDIATE";
  const practice = assignment.feedbackTiming === "PRACTICE";
  const [results, students, lesson, classRow] = await Promise.all([
    loadClassResults(deps, assignment, lessonId),
    deps.loaders.classes.studentsByClass.load(assignment.classId),
    deps.loaders.lessons.lessonById.load(lessonId),
    deps.loaders.classes.classById.load(assignment.classId),
  ]);
  const attributionIds = results.items
    .filter((item) => item.kind === ATTRIBUTION)
    .map((item) => item.itemId);
  const passageItems = results.items.filter((item) => choosesPassages(item.kind));
  const exerciseIds = passageItems.filter((i) => i.kind === EXERCISE).map((i) => i.itemId);
  const [criteria, keyList, inputs, claimOptions] = await Promise.all([
    criteriaOfExercises(deps, results.items),
    deps.loaders.attempts.itemKeyById.loadMany(attributionIds),
    Promise.all(passageItems.map((item) => gradingInput(deps, item.itemId))),
    Promise.all(exerciseIds.map((id) => deps.loaders.questions.optionsByItem.load(id))),
  ]);
  const textsOf = new Map(passageItems.map((item, i) => [item.itemId, inputs[i]?.paragraphs]));
  const claims = new Map(
    claimOptions.flat().flatMap((o) => (o.role === "CLAIM" ? [[o.id, o.text] as const] : [])),
  );
  const keys = new Map(
    attributionIds.map((id, index) => {
      const key = keyList[index];
      return [id, key instanceof Error || !key ? undefined : key] as const;
    }),
  );
  const maxScore = twoDecimals(results.items.reduce((sum, item) => sum + item.points, 0))!;
  const header = [
    "Student",
    "Student ID",
    "Status",
    "Late",
    "Started",
    "Submitted",
    ...results.items.flatMap((item, i) => [
      ...(isTextOnly(item)
        ? []
        : [
            columnTitle(i, results.prompts.get(item.itemId) ?? ""),
            ...(tries ? [`Q${i + 1} tries`] : []),
          ]),
      ...(criteria.get(item.itemId) ?? []).map((c) => `Q${i + 1} rubric: ${c.title}`),
      ...(item.kind === REFLECTION
        ? [`${columnTitle(i, results.prompts.get(item.itemId) ?? "")} (reflection)`]
        : []),
      ...(item.kind === ATTRIBUTION ? [`Q${i + 1} voices`] : []),
      ...(item.kind === EXERCISE ? [`Q${i + 1} claim`] : []),
      ...(choosesPassages(item.kind) ? [`Q${i + 1} passages`] : []),
    ]),
    "Total",
    "Max",
    "Percentage",
    "Teacher comments",
  ];
  const rows = students.map((student): ResultsCell[] => {
    const attempt = results.attempts.find((a) => a.studentId === student.id);
    const responses = attempt ? (results.responses.get(attempt.id) ?? []) : [];
    const byItem = new Map(responses.map((r) => [r.itemId, r]));
    const submitted = attempt?.status === "SUBMITTED";
    const status = !attempt
      ? "not started"
      : !submitted
        ? "in progress"
        : attempt.late
          ? "late"
          : "submitted";
    const cells = results.items.flatMap((item) => {
      const response = byItem.get(item.itemId);
      const score = response ? responseScore(response) : submitted ? 0 : null;
      const levels = new Map((response?.rubricScores ?? []).map((r) => [r.criterionId, r.score]));
      return [
        ...(isTextOnly(item)
          ? []
          : [
              twoDecimals(score),
              ...(tries ? [response?.maxTries ? response.triesUsed : null] : []),
            ]),
        ...(criteria.get(item.itemId) ?? []).map((c) => levels.get(c.id) ?? null),
        ...(item.kind === REFLECTION ? [response?.answer.text ?? null] : []),
        ...(item.kind === ATTRIBUTION
          ? [response ? attributionCell(keys.get(item.itemId), response.answer) : null]
          : []),
        ...(item.kind === EXERCISE ? [response ? claimCell(response.answer, claims) : null] : []),
        ...(choosesPassages(item.kind)
          ? [
              response
                ? passagesCell(response.answer.evidence, textsOf.get(item.itemId) ?? new Map())
                : null,
            ]
          : []),
      ];
    });
    const total = attempt
      ? attemptScore(
          submitted,
          results.items.map((i) => i.itemId),
          responses,
        )
      : null;
    const comments = results.items.flatMap((item, i) => {
      const comment = byItem.get(item.itemId)?.teacherComment?.trim();
      return comment ? [`Q${i + 1}: ${comment}`] : [];
    });
    return [
      labelledName(student),
      encodeId("User", student.id),
      (practice && attempt ? `${status}, practice, not counted` : status) +
        (student.inactive ? ", inactive (LMS roster)" : ""),
      attempt ? (attempt.late ? "yes" : "no") : null,
      attempt?.startedAt ?? null,
      attempt?.submittedAt ?? null,
      ...cells,
      twoDecimals(total),
      maxScore,
      total === null || maxScore === 0 ? null : twoDecimals((total / maxScore) * 100),
      comments.join("\n"),
    ];
  });
  const name =
    `${lesson?.slug ?? "lesson"}-${classRow!.name}`
      .replace(/[^A-Za-z0-9-]+/g, "-")
      .replace(/^-|-$/g, "") || "results";
  return { name, header, rows };
}
