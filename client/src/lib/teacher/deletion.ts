// What a deletion takes with it, in words for its confirmation. Plain TypeScript: no Vue.

/** "1 attempt", "3 attempts", "no attempts". */
export const counted = (n: number, noun: string): string =>
  n === 0 ? `no ${noun}s` : `${n} ${noun}${n === 1 ? "" : "s"}`;

/** The question before deleting an assignment, naming the students' work that goes with it. */
export const deleteAssignmentQuestion = (title: string, attempts: number): string =>
  `Delete “${title}”? ${
    attempts === 0
      ? "No student has started it."
      : `${counted(attempts, "student attempt")} and every answer in them will be deleted for good.`
  } This cannot be undone.`;

/** The question before deleting a class, naming everything in it. */
export function deleteClassQuestion(
  name: string,
  counts: { students: number; assignments: number; attempts: number },
): string {
  return `Delete the class “${name}” for good? Its ${counted(counts.assignments, "assignment")}, ${counted(
    counts.attempts,
    "student attempt",
  )} with every answer, and the places of ${counted(counts.students, "student")} in it will be deleted. Students keep their accounts. This cannot be undone.`;
}

/** The question before taking a student out of a class. */
export const removeStudentQuestion = (name: string, className: string): string =>
  `Remove ${name} from ${className}? Their work on this class's assignments is deleted for good; their account stays. This cannot be undone.`;
