import type { AnswerData } from "../../grading/index.js";
import { decodeId, encodeId } from "../../core/ids.js";
import { itemIdOf, toAnswer } from "../attempts/attempts.types.js";
import { studentSeesFeedback, studentSeesKey } from "../attempts/attempts.policy.js";
import type { ClassLoaders } from "../classes/classes.loaders.js";
import { classSubject, type RelationLoader } from "../classes/relations.js";
import type { ServiceDeps } from "../users/viewer.js";
import * as sql from "./export.sql.js";
import { canExportOwnData, canExportStudent } from "./privacy.policy.js";

export type ExportDeps = ServiceDeps<{ classes: ClassLoaders; relations: RelationLoader }>;

/** Everything held about a student, as one JSON document (format 1). */
export interface StudentExport {
  format: "student-data/1";
  exportedAt: string;
  profile: Record<string, unknown>;
  classes: Array<Record<string, unknown>>;
  attempts: Array<Record<string, unknown>>;
}

/** GET /api/me/export.json: everything held about the signed-in user; null when anonymous. */
export async function exportMyData(deps: ExportDeps): Promise<StudentExport | null> {
  if (!canExportOwnData(deps.viewer)) return null;
  return buildExport(deps, deps.viewer.id, null, "self");
}

/**
 * GET /api/classes/:classId/students/:studentId/export.json: what the class holds about one of
 * its students, for its teacher (or the student); null for anyone else (privacy.canExportStudent).
 */
export async function exportStudentOfClass(
  deps: ExportDeps,
  classId: string,
  studentId: string,
): Promise<StudentExport | null> {
  const classKey = decodeId("Classroom", classId);
  const studentKey = decodeId("User", studentId);
  const row = classKey ? await deps.loaders.classes.classById.load(classKey) : null;
  if (!row || !studentKey) return null;
  const relation = await deps.loaders.relations.load(classSubject(row));
  const students = await deps.loaders.classes.studentsByClass.load(row.id);
  const inClass = students.some((student) => student.id === studentKey);
  if (!canExportStudent(deps.viewer, relation, studentKey, inClass)) return null;
  return buildExport(deps, studentKey, row.id, relation === "teacher" ? "teacher" : "self");
}

async function buildExport(
  { db }: ExportDeps,
  userId: string,
  classId: string | null,
  reader: "self" | "teacher",
): Promise<StudentExport | null> {
  const profile = await sql.selectProfile(db, userId);
  if (!profile) return null;
  const memberships = await sql.selectMemberships(db, userId, classId);
  const attempts = await sql.selectAttempts(db, userId, classId);
  const responses = await sql.selectResponses(
    db,
    attempts.map((attempt) => attempt.id),
  );
  const now = new Date();
  return {
    format: "student-data/1",
    exportedAt: now.toISOString(),
    profile: { ...profile, id: encodeId("User", profile.id) },
    classes: memberships.map((m) => ({ ...m, classId: encodeId("Classroom", m.classId) })),
    attempts: attempts.map((attempt) => ({
      ...attempt,
      id: encodeId("Attempt", attempt.id),
      classId: attempt.classId && encodeId("Classroom", attempt.classId),
      assignmentId: attempt.assignmentId && encodeId("Assignment", attempt.assignmentId),
      responses: responses
        .filter((response) => response.attemptId === attempt.id)
        .map((response) => exportedResponse(attempt, response, reader, now)),
    })),
  };
}

const FEEDBACK_FIELDS = [
  "autoScore",
  "correct",
  "message",
  "expected",
  "evidenceScore",
  "rubricScores",
  "teacherScore",
  "teacherComment",
  "scoredAt",
] as const;

/** A response as its reader may have it: a student gets scores and keys only once the feedback timing shows them. */
function exportedResponse(
  attempt: sql.ExportAttemptRow,
  response: sql.ExportResponseRow,
  reader: "self" | "teacher",
  now: Date,
): Record<string, unknown> {
  const { attemptId: _attempt, itemDocumentSlug, ...rest } = response;
  const out: Record<string, unknown> = {
    ...rest,
    itemId: itemIdOf(response.itemId, response.itemKind),
    // As the API shows it (Response.answer): choices by their public ids.
    answer: { ...toAnswer(response.answer as AnswerData, itemDocumentSlug) },
  };
  if (reader === "teacher") return out;
  const tries = { checked: response.triesUsed > 0, locked: response.locked };
  if (!studentSeesFeedback(attempt, response.itemKind, attempt.dueAt, now, tries))
    for (const field of FEEDBACK_FIELDS) delete out[field];
  else if (!studentSeesKey(attempt, tries)) delete out.expected;
  return out;
}
