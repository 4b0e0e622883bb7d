import { type Queryable, withSavepoint, withTransaction } from "../../core/database.js";
import { rateLimitWait, recordRateLimitHit } from "../../core/rate-limits.sql.js";
import {
  badUserInput,
  classArchived,
  classPaused,
  forbidden,
  notFound,
  tooManyRequests,
} from "../../core/errors.js";
import { decodeId } from "../../core/ids.js";
import { recordAudit } from "../audit/audit.service.js";
import { endSessionsOf } from "../users/sessions.service.js";
import { createStudent, requireDisplayName, resetSignInCode } from "../users/students.service.js";
import type { UserRow } from "../users/users.loaders.js";
import { requireTeacher } from "../users/users.policy.js";
import type { ServiceDeps } from "../users/viewer.js";
import type { ClassLoaders } from "./classes.loaders.js";
import { anyoneWithTheCode, canManageClass, canSeeStudent } from "./classes.policy.js";
import * as sql from "./classes.sql.js";
import { newJoinCode, normalizeJoinCode } from "./join-code.js";
import { classSubject, type RelationLoader } from "./relations.js";

/** Wrong join codes one address may try per window; a class joining with the right code never counts. */
export const JOIN_GUESS_LIMIT = { hits: 30, windowSeconds: 15 * 60 };

export type ClassesDeps = ServiceDeps<{ classes: ClassLoaders; relations: RelationLoader }>;

/**
 * A class the viewer teaches, for a mutation: anything else (unknown, malformed, someone else's)
 * is FORBIDDEN, and an archived class CONFLICT (refuseArchived) unless the mutation deletes.
 */
export async function ownClass(
  { viewer, loaders }: ClassesDeps,
  classId: string,
  archived: "refuse" | "allow" = "refuse",
): Promise<sql.ClassRow> {
  requireTeacher(viewer);
  const key = decodeId("Classroom", classId);
  const row = key ? await loaders.classes.classById.load(key) : null;
  if (!row || !canManageClass(await loaders.relations.load(classSubject(row))))
    throw forbidden("You do not teach this class.");
  if (archived === "refuse") refuseArchived(row);
  return row;
}

/** An archived class's work is read-only until the class is deleted: CONFLICT, reason CLASS_ARCHIVED. */
export function refuseArchived(row: { archivedAt: Date | null } | null | undefined): void {
  if (row?.archivedAt) throw classArchived();
}

/** A paused class takes no answers until its teacher resumes it: CONFLICT, reason CLASS_PAUSED. */
export function refusePaused(row: { pausedAt: Date | null } | null | undefined): void {
  if (row?.pausedAt) throw classPaused();
}

/** Archives the teacher's class, its work kept to read, or restores it (again: nothing changes). */
export async function setArchived(deps: ClassesDeps, classId: string, archived: boolean) {
  const row = await ownClass(deps, classId, "allow");
  deps.loaders.classes.classById.clear(row.id);
  return sql.updateArchived(deps.db, row.id, archived);
}

/** The classes the viewer teaches (a teacher) or has joined (a student): exactly those classes.canSeeClass lets them see. */
export async function classesOfViewer({
  db,
  viewer,
}: Pick<ClassesDeps, "db" | "viewer">): Promise<sql.ClassRow[]> {
  if (!viewer) return [];
  return viewer.role === "TEACHER"
    ? sql.selectClassesOfTeacher(db, viewer.id)
    : sql.selectClassesOfStudent(db, viewer.id);
}

function requireClassName(raw: string): string {
  const name = raw.normalize("NFC").trim();
  if (name.length === 0 || [...name].length > 100 || /\p{Cc}/u.test(name)) {
    throw badUserInput("A class name has 1 to 100 characters and no control characters.", "name");
  }
  return name;
}

/** Retries a write that needs a fresh random join code until the code is unique. */
async function withFreshCode<T>(write: (code: string) => Promise<T>): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await write(newJoinCode());
    } catch (error) {
      if ((error as { code?: string }).code !== "23505" || attempt >= 5) throw error;
    }
  }
}

/** A teacher opens a class with a fresh join code. */
export async function createClass(
  { db, viewer }: Pick<ClassesDeps, "db" | "viewer">,
  rawName: string,
): Promise<sql.ClassRow> {
  const teacher = requireTeacher(viewer);
  const name = requireClassName(rawName);
  return withFreshCode((code) => sql.insertClass(db, teacher.id, name, code));
}

/** A new join code for the teacher's class; the old one stops working. */
export async function resetJoinCode(deps: ClassesDeps, classId: string): Promise<sql.ClassRow> {
  const row = await ownClass(deps, classId);
  return withTransaction(deps.db, async (tx) => {
    const updated = await withFreshCode((code) =>
      withSavepoint(tx, () => sql.updateJoinCode(tx, row.id, code)),
    );
    await recordAudit(tx, { actorId: deps.viewer!.id, classId: row.id, action: "JOIN_CODE_RESET" });
    return updated;
  });
}

/**
 * The class with a typed join code, or undefined. Every wrong code counts against the client's
 * address, and a full bucket refuses even the right code: joining and looking up share one budget.
 */
async function classWithCode(
  db: ClassesDeps["db"],
  typedCode: string,
  clientAddress: string,
): Promise<sql.ClassRow | undefined> {
  const bucket = `join-code:${clientAddress}`;
  const wait = await rateLimitWait(
    db,
    bucket,
    JOIN_GUESS_LIMIT.hits,
    JOIN_GUESS_LIMIT.windowSeconds,
  );
  if (wait !== null)
    throw tooManyRequests("Too many wrong class codes. Wait a little and try again.", wait);
  const code = normalizeJoinCode(typedCode);
  const row = code ? await sql.selectClassByJoinCode(db, code) : undefined;
  if (!row) await recordRateLimitHit(db, bucket, JOIN_GUESS_LIMIT.windowSeconds);
  return row;
}

/** Anyone with a class's join code may see which class it opens (classes.anyoneWithTheCode); null for a wrong code. */
export async function classByJoinCode(
  { db }: Pick<ClassesDeps, "db">,
  typedCode: string,
  clientAddress: string,
): Promise<sql.ClassRow | null> {
  const row = await classWithCode(db, typedCode, clientAddress);
  return row && anyoneWithTheCode(row) ? row : null;
}

/** A student of the class, as the viewer may see them (classes.canSeeStudent); null otherwise. */
export async function studentOfClass(
  { viewer, loaders }: ClassesDeps,
  row: sql.ClassRow,
  studentId: string,
): Promise<sql.StudentRow | null> {
  const key = decodeId("User", studentId);
  if (!key) return null;
  const relation = await loaders.relations.load(classSubject(row));
  const student = (await loaders.classes.studentsByClass.load(row.id)).find((s) => s.id === key);
  return student && canSeeStudent(viewer, relation, student) ? student : null;
}

/**
 * A student joins a class by its code: the signed-in student (a guest too) joins as they are;
 * a visitor becomes a new student, signed in. Wrong codes count against the client's address.
 */
export async function joinClass(
  { db, viewer }: Pick<ClassesDeps, "db" | "viewer">,
  typedCode: string,
  displayName: string,
  clientAddress: string,
): Promise<{ student: UserRow; classId: string }> {
  if (viewer?.role === "TEACHER")
    throw forbidden("Teachers do not join classes; log out first to join as a student.");
  const row = await classWithCode(db, typedCode, clientAddress);
  if (!row) throw notFound("There is no class with that code. Check it with your teacher.");
  refuseArchived(row);
  if (viewer) {
    await sql.insertMembership(db, row.id, viewer.id);
    return { student: viewer, classId: row.id };
  }
  const student = await createStudent(db, requireDisplayName(displayName), false, clientAddress);
  await sql.insertMembership(db, row.id, student.id);
  return { student, classId: row.id };
}

/**
 * Gives a student of the teacher's class a new sign-in code: the old code stops working and
 * every session of the student ends, on every server at once; the change is audited.
 */
export async function resetStudentSignInCode(
  deps: ClassesDeps,
  classId: string,
  studentId: string,
): Promise<UserRow> {
  const row = await ownClass(deps, classId);
  const key = decodeId("User", studentId);
  const inClass = key ? (await sql.selectMemberships(deps.db, key, [row.id])).length > 0 : false;
  if (!key || !inClass) throw notFound("That student is not in this class.");
  return withTransaction(deps.db, async (tx) => {
    const student = await resetSignInCode(tx, key);
    // Whoever signed in with the old code (a lost slip found) is signed out with it.
    await endSessionsOf(tx, key);
    const entry = { actorId: deps.viewer!.id, classId: row.id, studentId: key };
    await recordAudit(tx, { ...entry, action: "SIGN_IN_CODE_RESET" });
    return student;
  });
}

/** A student of the teacher's class (the key and their roster row), or the contract's error. */
export async function studentOfOwnClass(
  deps: ClassesDeps,
  classId: string,
  studentId: string,
  field = "studentId",
): Promise<{ classRow: sql.ClassRow; student: sql.StudentRow }> {
  const classRow = await ownClass(deps, classId);
  const key = decodeId("User", studentId);
  const students = await deps.loaders.classes.studentsByClass.load(classRow.id);
  const student = key ? students.find((s) => s.id === key) : undefined;
  if (!student)
    throw notFound(
      field === "studentId"
        ? "That student is not in this class."
        : "The duplicate is not in this class.",
    );
  return { classRow, student };
}

/**
 * The teacher's label for a student in their class, shown to the teacher wherever the class's
 * work is (roster, results, CSV); the student's own display name stays theirs. Idempotent.
 */
export async function renameStudent(
  deps: ClassesDeps,
  args: { classId: string; studentId: string; displayName: string },
): Promise<sql.StudentRow> {
  const { classRow, student } = await studentOfOwnClass(deps, args.classId, args.studentId);
  const label = requireDisplayName(args.displayName);
  await sql.updateLabel(deps.db, classRow.id, student.id, label);
  deps.loaders.classes.studentsByClass.clear(classRow.id);
  return { ...student, label };
}

/** The name a class's teacher knows a student by: their label, else the student's own name. */
export const labelledName = (student: { displayName: string; label: string | null }): string =>
  student.label ?? student.displayName;

/** Merging: the duplicate leaves the class (inside the caller's transaction). */
export function removeFromClass(db: Queryable, classId: string, studentId: string) {
  return sql.deleteMembership(db, classId, studentId);
}

/** Every class a student is in. */
export function classIdsOfStudent(db: Queryable, studentId: string): Promise<string[]> {
  return sql.selectClassIdsOfStudent(db, studentId);
}

/** A class opened for a teacher who arrives from a platform (LTI), inside the caller's transaction. */
export function openLinkedClass(db: Queryable, teacherId: string, rawName: string) {
  const name = [...rawName.replace(/\s+/g, " ").trim()].slice(0, 100).join("") || "Course";
  // The savepoint keeps the transaction usable when a join-code clash is retried.
  return withFreshCode((code) =>
    withSavepoint(db, () => sql.insertClass(db, teacherId, name, code)),
  );
}

/** Enrols a student in a class (already enrolled: nothing changes). */
export function addToClass(db: Queryable, classId: string, studentId: string): Promise<void> {
  return sql.insertMembership(db, classId, studentId);
}

/** The class with this id, or undefined. */
export async function classById(db: Queryable, classId: string) {
  return (await sql.selectClassesByIds(db, [classId]))[0];
}

/** The students of a class, read inside the caller's transaction (an LTI roster sync). */
export function studentsOfClass(db: Queryable, classId: string): Promise<sql.StudentRow[]> {
  return sql.selectStudentsByClassIds(db, [classId]);
}

/**
 * Marks a student of a class inactive (the platform's roster no longer lists them as active) or
 * active again; they stay in the class with their work either way. True if it changed.
 */
export function setStudentInactive(
  db: Queryable,
  classId: string,
  studentId: string,
  inactive: boolean,
): Promise<boolean> {
  return sql.updateInactive(db, classId, studentId, inactive);
}
