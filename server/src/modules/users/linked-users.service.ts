import { type Queryable, withSavepoint } from "../../core/database.js";
import { cleanDisplayName } from "./display-name.js";
import { newSignInCode } from "./sign-in-code.js";
import * as sql from "./users.sql.js";

/**
 * Creates a user who arrives from a platform (an LTI launch) inside the caller's transaction:
 * a teacher without email or password, or a student with a sign-in code of their own. A name
 * that cannot be stored falls back to `fallbackName`.
 */
export async function createLinkedUser(
  db: Queryable,
  role: "TEACHER" | "STUDENT",
  rawName: string,
  fallbackName: string,
): Promise<sql.UserRow> {
  const cleaned = cleanDisplayName(rawName);
  const displayName = cleaned.ok ? cleaned.name : fallbackName;
  if (role === "TEACHER") return sql.insertLinkedTeacher(db, displayName);
  for (let attempt = 0; ; attempt++) {
    try {
      // The savepoint keeps the caller's transaction usable when a code clash is retried.
      return await withSavepoint(db, () =>
        sql.insertStudent(db, { displayName, signInCode: newSignInCode(), guest: false }),
      );
    } catch (error) {
      // A code collision (2^-48 per pair) is retried; anything else is real.
      if ((error as { code?: string }).code !== "23505" || attempt >= 3) throw error;
    }
  }
}

/** The user with this id (a launch reading the user its link names). */
export async function userById(db: Queryable, id: string): Promise<sql.UserRow | undefined> {
  return (await sql.selectUsersByIds(db, [id]))[0];
}

/**
 * Refreshes the display name of a user who arrives from a platform with the name its roster
 * gives (a name that cannot be stored is ignored); true if it changed.
 */
export async function refreshRosterName(
  db: Queryable,
  userId: string,
  rawName: string,
): Promise<boolean> {
  const cleaned = cleanDisplayName(rawName);
  return cleaned.ok ? (await sql.updateDisplayName(db, userId, cleaned.name)) !== undefined : false;
}

/**
 * A linked user's name as their platform sends it now (renamed in the LMS since the last
 * launch); unchanged when it cannot be stored or when the platform sent only `fallbackName`.
 */
export async function refreshLinkedName(
  db: Queryable,
  user: sql.UserRow,
  rawName: string,
  fallbackName: string,
): Promise<sql.UserRow> {
  const cleaned = cleanDisplayName(rawName);
  if (!cleaned.ok || cleaned.name === fallbackName || cleaned.name === user.displayName)
    return user;
  return (await sql.updateDisplayName(db, user.id, cleaned.name)) ?? user;
}
