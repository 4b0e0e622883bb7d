import { type Queryable, withSavepoint } from "../../core/database.js";
import { rateLimitWait, recordRateLimitHit } from "../../core/rate-limits.sql.js";
import { badUserInput, tooManyRequests, unauthenticated } from "../../core/errors.js";
import { cleanDisplayName } from "./display-name.js";
import { newSignInCode, normalizeSignInCode } from "./sign-in-code.js";
import * as sql from "./users.sql.js";

/** Wrong sign-in codes one client address may try per window: a class mistyping a few is fine. */
export const CODE_GUESS_LIMIT = { hits: 30, windowSeconds: 15 * 60 };
/** New students one address may create per window: a whole class at once is fine, a flood is not. */
export const NEW_STUDENT_LIMIT = { hits: 200, windowSeconds: 60 * 60 };

/** A display name fit to store, or BAD_USER_INPUT naming the argument. */
export function requireDisplayName(raw: string, field = "displayName"): string {
  const result = cleanDisplayName(raw);
  if (!result.ok) throw badUserInput(result.reason, field);
  return result.name;
}

/** Creates a student (a guest when practising without a class) with a fresh sign-in code. */
export async function createStudent(
  db: Queryable,
  displayName: string,
  guest: boolean,
  clientAddress: string,
): Promise<sql.UserRow> {
  const bucket = `new-student:${clientAddress}`;
  const wait = await rateLimitWait(
    db,
    bucket,
    NEW_STUDENT_LIMIT.hits,
    NEW_STUDENT_LIMIT.windowSeconds,
  );
  if (wait !== null)
    throw tooManyRequests(
      "Too many new students from this network just now. Try again later.",
      wait,
    );
  await recordRateLimitHit(db, bucket, NEW_STUDENT_LIMIT.windowSeconds);
  for (let attempt = 0; ; attempt++) {
    try {
      return await sql.insertStudent(db, { displayName, signInCode: newSignInCode(), guest });
    } catch (error) {
      // A code collision (2^-48 per pair) is retried; anything else is real.
      if ((error as { code?: string }).code !== "23505" || attempt >= 3) throw error;
    }
  }
}

/**
 * Gives a student a new sign-in code, inside the caller's transaction; the old code stops
 * working on every server at once (each sign-in reads the code from the database).
 */
export async function resetSignInCode(tx: Queryable, studentId: string): Promise<sql.UserRow> {
  for (let attempt = 0; ; attempt++) {
    try {
      // The savepoint keeps the transaction usable when a code clash is retried.
      return await withSavepoint(tx, () => sql.updateSignInCode(tx, studentId, newSignInCode()));
    } catch (error) {
      if ((error as { code?: string }).code !== "23505" || attempt >= 5) throw error;
    }
  }
}

/** The student a typed sign-in code belongs to; wrong codes count against the client's address. */
export async function studentBySignInCode(
  db: Queryable,
  typed: string,
  clientAddress: string,
): Promise<sql.UserRow> {
  const bucket = `sign-in-code:${clientAddress}`;
  const wait = await rateLimitWait(
    db,
    bucket,
    CODE_GUESS_LIMIT.hits,
    CODE_GUESS_LIMIT.windowSeconds,
  );
  if (wait !== null)
    throw tooManyRequests("Too many wrong sign-in codes. Wait a little and try again.", wait);
  const code = normalizeSignInCode(typed);
  const student = code ? await sql.selectStudentByCode(db, code) : undefined;
  if (!student) {
    await recordRateLimitHit(db, bucket, CODE_GUESS_LIMIT.windowSeconds);
    throw unauthenticated("That sign-in code is not right. Check it and try again.");
  }
  return student;
}
