import { describe, expect, it } from "vitest";
import { DATABASE_KINDS } from "../../../support/databases.js";
import { serveForSuite } from "../../../support/server.js";

// Every foreign key says what deleting its target does: CASCADE, SET NULL or RESTRICT. NO ACTION
// (PostgreSQL's default, indistinguishable from an unwritten clause) is refused, so a new table
// cannot leave a deletion to fail late or leave rows behind by accident.
describe.each(DATABASE_KINDS)("foreign keys on %s", (kind) => {
  // The server migrates its database at start.
  const suite = serveForSuite(kind);

  it("name an ON DELETE action other than NO ACTION on every foreign key", async () => {
    const { rows } = await suite.database.pool.query<{ name: string; action: string }>(
      `SELECT conrelid::regclass::text || '.' || conname AS "name", confdeltype AS "action"
         FROM pg_constraint WHERE contype = 'f' AND connamespace = current_schema()::regnamespace
        ORDER BY 1`,
    );
    expect(rows.length).toBeGreaterThan(30);
    expect(rows.filter((row) => !["c", "n", "r"].includes(row.action))).toEqual([]);
  });

  it("delete a student's work with the student, the assignment and the class", async () => {
    const { rows } = await suite.database.pool.query<{ name: string; action: string }>(
      `SELECT conrelid::regclass::text || '.' || conname AS "name", confdeltype AS "action"
         FROM pg_constraint WHERE contype = 'f' AND conname = ANY($1::text[]) ORDER BY 1`,
      [
        [
          "attempts_student_id_fkey",
          "attempts_assignment_fkey",
          "responses_attempt_id_fkey",
          "class_students_student_id_fkey",
          "assignments_class_id_fkey",
          "classes_teacher_id_fkey",
        ],
      ],
    );
    expect(Object.fromEntries(rows.map((row) => [row.name, row.action]))).toEqual({
      "assignments.assignments_class_id_fkey": "c",
      "attempts.attempts_assignment_fkey": "c",
      "attempts.attempts_student_id_fkey": "c",
      "class_students.class_students_student_id_fkey": "c",
      "classes.classes_teacher_id_fkey": "r",
      "responses.responses_attempt_id_fkey": "c",
    });
  });
});
