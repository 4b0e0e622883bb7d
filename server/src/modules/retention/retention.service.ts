import { type Pool, withTransaction } from "../../core/database.js";
import * as sql from "./retention.sql.js";

export interface RetentionSettings {
  guestRetentionDays: number;
  classRetentionDays: number;
  sessionIdleSeconds: number;
  /** At most this many guests and classes per sweep; the next sweep goes on. */
  batch?: number;
}

/** How many rows a sweep deleted, by what they were. */
export interface RetentionCounts {
  guests: number;
  classes: number;
  formerStudents: number;
  attempts: number;
  responses: number;
  sessions: number;
  ltiNonces: number;
  ltiLogins: number;
  ltiHandoffs: number;
  ltiDeepLinks: number;
  ltiRegistrationTokens: number;
  rateLimits: number;
}

/**
 * Deletes what is kept longer than needed, in one transaction under an advisory lock, so one
 * server sweeps at a time and a second one meanwhile does nothing (null). Idempotent: what is
 * gone stays gone, and a second sweep finds nothing more.
 */
export function sweepRetention(
  pool: Pool,
  settings: RetentionSettings,
): Promise<RetentionCounts | null> {
  const batch = settings.batch ?? 1000;
  return withTransaction(pool, async (db) => {
    if (!(await sql.tryRetentionLock(db))) return null;
    const classIds = await sql.selectExpiredClasses(db, settings.classRetentionDays, batch);
    const classes = classIds.length
      ? await sql.deleteClasses(db, classIds)
      : { classes: 0, attempts: 0, responses: 0, formerStudents: [] };
    // A student of no other class (a guest who joined it too) had their account for it alone.
    const former = await sql.deleteStudents(db, classes.formerStudents);
    const guestIds = await sql.selectStaleGuests(db, settings.guestRetentionDays, batch);
    const guests = await sql.deleteStudents(db, guestIds);
    const expired = await sql.sweepExpired(db, settings.sessionIdleSeconds);
    return {
      guests: guests.users,
      classes: classes.classes,
      formerStudents: former.users,
      attempts: classes.attempts + former.attempts + guests.attempts,
      responses: classes.responses + former.responses + guests.responses,
      ...expired,
    };
  });
}
