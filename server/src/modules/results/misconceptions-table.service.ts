import { visibleAssignment } from "../assignments/assignments.service.js";
import { type ResultsDeps, resultsLesson } from "./class-results.service.js";
import { assignmentMisconceptions } from "./misconceptions.service.js";
import { canSeeClassResults } from "./results.policy.js";
import type { ResultsTable } from "./results-table.service.js";

const HABITS: Record<string, string> = {
  SOURCING: "sourcing",
  CLOSE_READING: "close reading",
  CONTEXTUALIZATION: "contextualization",
  CORROBORATION: "corroboration",
};

/**
 * The class's misconceptions on an assignment as a spreadsheet, if results.canSeeClassResults
 * lets the viewer see them (else null): one row per misconception and student who showed it,
 * misconceptions in rank order (most students first), students by name within each. Columns:
 * rank, the misconception's name and id, how many students showed it, the student's name and
 * id, the questions on which that student showed it ("Q3; Q7"), the habit, what the student
 * believes and how to reteach it. A spreadsheet can then filter by student or by misconception.
 */
export async function misconceptionsTable(
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
  const [ranked, lesson, classRow] = await Promise.all([
    assignmentMisconceptions(deps, assignment, lessonId),
    deps.loaders.lessons.lessonById.load(lessonId),
    deps.loaders.classes.classById.load(assignment.classId),
  ]);
  const header = [
    "Rank",
    "Misconception",
    "Misconception ID",
    "Students showing it",
    "Student",
    "Student ID",
    "Questions",
    "Habit",
    "What the student believes",
    "How to reteach it",
  ];
  const rows = ranked.flatMap((entry, index) =>
    entry.students.map((student) => [
      index + 1,
      entry.misconception.name,
      entry.misconception.id,
      entry.students.length,
      student.name,
      student.studentId,
      entry.items
        .filter((item) => item.students.some((s) => s.studentId === student.studentId))
        .map((item) => `Q${item.number}`)
        .join("; "),
      HABITS[entry.misconception.habit] ?? entry.misconception.habit,
      entry.misconception.belief,
      entry.misconception.reteach,
    ]),
  );
  const name =
    `${lesson?.slug ?? "lesson"}-${classRow!.name}-misconceptions`
      .replace(/[^A-Za-z0-9-]+/g, "-")
      .replace(/^-|-$/g, "") || "misconceptions";
  return { name, header, rows };
}
