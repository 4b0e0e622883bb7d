import { rateLimitWait, recordRateLimitHit } from "../../core/rate-limits.sql.js";
import type { Context } from "../../app/context.js";
import { badUserInput, forbidden, notFound, tooManyRequests, unauthenticated } from "../../core/errors.js";
import { decodeId } from "../../core/ids.js";
import type { Viewer } from "../users/sessions.service.js";
import { newSignInCode } from "../users/sign-in-code.js";
import { createStudent, requireDisplayName } from "../users/students.service.js";
import * as usersSql from "../users/users.sql.js";
import * as sql from "./classes.sql.js";
import { newJoinCode, normalizeJoinCode } from "./join-code.js";

/** Wrong join codes one address may try per window; a class joining with the right code never counts. */
export const JOIN_GUESS_LIMIT = { hits: 30, windowSeconds: 15 * 60 };

/** The signed-in teacher, or UNAUTHENTICATED / FORBIDDEN. */
export function requireTeacher(viewer: Viewer | null): Viewer {
  if (!viewer) throw unauthenticated("Log in as a teacher to do this.");
  if (viewer.role !== "TEACHER") throw forbidden("Only teachers can do this.");
  return viewer;
}

/** A class the viewer teaches, for a mutation: anything else (unknown, malformed, someone else's) is FORBIDDEN. */
export async function ownClass(context: Context, classId: string): Promise<sql.ClassRow> {
  const teacher = requireTeacher(context.viewer);
  const key = decodeId("Classroom", classId);
  const row = key ? await context.loaders.classes.classById.load(key) : null;
  if (!row || row.teacherId !== teacher.id) throw forbidden("You do not teach this class.");
  return row;
}

function requireClassName(raw: string): string {
  const name = raw.normalize("NFC").trim();
  if (name.length === 0 || [...name].length > 100 || /\p{Cc}/u.test(name)) {
    throw badUserInput("A class name has 1 to 100 characters and no control characters.", "name");
  }
  return name;
}

/** Retries a write that needs a fresh random code until the code is unique. */
async function withFreshCode<T>(write: (code: string) => Promise<T>, newCode: () => string): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await write(newCode());
    } catch (error) {
      if ((error as { code?: string }).code !== "23505" || attempt >= 5) throw error;
    }
  }
}

export async function createClass(context: Context, rawName: string): Promise<sql.ClassRow> {
  const teacher = requireTeacher(context.viewer);
  const name = requireClassName(rawName);
  return withFreshCode((code) => sql.insertClass(context.db, teacher.id, name, code), newJoinCode);
}

export async function resetJoinCode(context: Context, classId: string): Promise<sql.ClassRow> {
  const row = await ownClass(context, classId);
  return withFreshCode((code) => sql.updateJoinCode(context.db, row.id, code), newJoinCode);
}

/**
 * A student joins a class by its code: the signed-in student (a guest too) joins as they are;
 * a visitor becomes a new student, signed in. Wrong codes count against the client's address.
 */
export async function joinClass(context: Context, typedCode: string, displayName: string): Promise<{ student: usersSql.UserRow; newSession: boolean }> {
  if (context.viewer?.role === "TEACHER") throw forbidden("Teachers do not join classes; log out first to join as a student.");
  const bucket = `join-code:${context.clientAddress}`;
  const wait = await rateLimitWait(context.db, bucket, JOIN_GUESS_LIMIT.hits, JOIN_GUESS_LIMIT.windowSeconds);
  if (wait !== null) throw tooManyRequests("Too many wrong class codes. Wait a little and try again.", wait);
  const code = normalizeJoinCode(typedCode);
  const row = code ? await sql.selectClassByJoinCode(context.db, code) : undefined;
  if (!row) {
    await recordRateLimitHit(context.db, bucket, JOIN_GUESS_LIMIT.windowSeconds);
    throw notFound("There is no class with that code. Check it with your teacher.");
  }
  if (context.viewer) {
    await sql.insertMembership(context.db, row.id, context.viewer.id);
    return { student: context.viewer, newSession: false };
  }
  const student = await createStudent(context.db, requireDisplayName(displayName), false, context.clientAddress);
  await sql.insertMembership(context.db, row.id, student.id);
  return { student, newSession: true };
}

/** Gives a student of the teacher's class a new sign-in code (the old one stops working). */
export async function resetStudentSignInCode(context: Context, classId: string, studentId: string): Promise<usersSql.UserRow> {
  const row = await ownClass(context, classId);
  const key = decodeId("User", studentId);
  const inClass = key ? (await sql.selectMemberships(context.db, key, [row.id])).length > 0 : false;
  if (!key || !inClass) throw notFound("That student is not in this class.");
  return withFreshCode((code) => usersSql.updateSignInCode(context.db, key, code), newSignInCode);
}
