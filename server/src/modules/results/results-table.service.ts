import { encodeId } from "../../core/ids.js";
import { labelledName } from "../classes/classes.service.js";
import { visibleAssignment } from "../assignments/assignments.service.js";
import { attemptScore, responseScore } from "../attempts/response-score.js";
import { loadClassResults, type ResultsDeps } from "./class-results.service.js";
import { canSeeClassResults } from "./results.policy.js";

/** One spreadsheet of a class's results: a header row, then one row per student. */
export interface ResultsTable {
  /** A file name without extension: the lesson's slug and the class's name. */
  name: string;
  header: string[];
  rows: Array<Array<string | number | null>>;
}

/** "Q3 Who kept this copy of the" — the item's number and the first words of its prompt, on one line. */
export function columnTitle(index: number, prompt: string): string {
  const words = prompt.replace(/\s+/g, " ").trim().split(" ");
  const head = words.slice(0, 6).join(" ");
  return `Q${index + 1} ${words.length > 6 ? `${head}…` : head}`;
}

/**
 * The class's results for an assignment, if results.canSeeClassResults lets the viewer see
 * them (else null): one row per student who joined, including those who never started.
 */
export async function classResultsTable(
  deps: ResultsDeps,
  assignmentId: string,
): Promise<ResultsTable | null> {
  const found = await visibleAssignment(deps, assignmentId);
  if (!found || !canSeeClassResults(found.relation)) return null;
  const { assignment } = found;
  const [results, students, lesson, classRow] = await Promise.all([
    loadClassResults(deps, assignment),
    deps.loaders.classes.studentsByClass.load(assignment.classId),
    deps.loaders.lessons.lessonById.load(assignment.lessonId),
    deps.loaders.classes.classById.load(assignment.classId),
  ]);
  const maxScore = results.items.reduce((sum, item) => sum + item.points, 0);
  const header = [
    "Student",
    "Student ID",
    "Status",
    "Started",
    "Submitted",
    ...results.items.map((item, i) => columnTitle(i, results.prompts.get(item.itemId) ?? "")),
    "Total",
    "Max",
  ];
  const rows = students.map((student) => {
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
    const cells = results.items.map((item) => {
      const response = byItem.get(item.itemId);
      return response ? responseScore(response) : submitted ? 0 : null;
    });
    const total = attempt
      ? attemptScore(
          submitted,
          results.items.map((i) => i.itemId),
          responses,
        )
      : null;
    return [
      labelledName(student),
      encodeId("User", student.id),
      status,
      attempt?.startedAt.toISOString() ?? null,
      attempt?.submittedAt?.toISOString() ?? null,
      ...cells,
      total,
      maxScore,
    ];
  });
  const name =
    `${lesson?.slug ?? "lesson"}-${classRow!.name}`
      .replace(/[^A-Za-z0-9-]+/g, "-")
      .replace(/^-|-$/g, "") || "results";
  return { name, header, rows };
}
