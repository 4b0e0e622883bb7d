import crypto from "node:crypto";
import type { Queryable } from "../../core/database.js";
import { canSeeSignInCode } from "./users.policy.js";
import * as sql from "./users.sql.js";
import { AuthPayload, toUser } from "./users.types.js";
import type { Viewer } from "./viewer.js";

/** What the HTTP layer lets a sign-in do to the response: set or clear the session cookie. */
export interface SessionCookies {
  set(token: string): void;
  clear(): void;
  /** The request's session came in the cookie (a browser), not in a bearer header. */
  readonly carried?: boolean;
}

const hashToken = (token: string) => crypto.createHash("sha256").update(token, "utf8").digest();

/** Opens a session for a user; returns the bearer token (only its hash is stored). */
export async function startSession(db: Queryable, userId: string): Promise<string> {
  const token = crypto.randomBytes(32).toString("base64url");
  await sql.insertSession(db, userId, hashToken(token));
  return token;
}

/**
 * Opens a session for a user: the token for API clients, the cookie for the browser. The
 * payload's viewer is the user now signed in, so it carries their own sign-in code. The
 * session the request came with (`viewer`) ends at once: a sign-in, or a guest joining a class,
 * always gets a fresh token, so a token known before (a shared device, a fixed cookie) is dead.
 */
export async function signIn(
  session: { db: Queryable; cookies: SessionCookies; viewer?: Viewer | null },
  user: sql.UserRow,
): Promise<AuthPayload> {
  const token = await startSession(session.db, user.id);
  if (session.viewer) await sql.revokeSession(session.db, session.viewer.sessionId);
  session.cookies.set(token);
  return Object.assign(new AuthPayload(), {
    token,
    viewer: toUser(user, canSeeSignInCode(user, user, false)),
  });
}

/**
 * The browser's session goes on under a new token (a new cookie), and the one it came with ends:
 * after a password change, a cookie someone else had taken is dead too. A bearer client keeps
 * the token it holds, since nothing would hand it the new one.
 */
export async function renewCookieSession(session: {
  db: Queryable;
  cookies: SessionCookies;
  viewer: Viewer;
}): Promise<void> {
  if (!session.cookies.carried) return;
  const token = await startSession(session.db, session.viewer.id);
  await sql.revokeSession(session.db, session.viewer.sessionId);
  session.cookies.set(token);
}

/** The viewer a token names, or null for a missing, unknown, revoked or idle-expired token. */
export async function viewerFromToken(
  db: Queryable,
  token: string | null,
  idleSeconds: number,
): Promise<Viewer | null> {
  return (await sessionFromToken(db, token, idleSeconds))?.viewer ?? null;
}

/** A live session's viewer and how long the session had been unused when it was looked up. */
export interface LiveSession {
  viewer: Viewer;
  idleSeconds: number;
}

/** The session a token names (see viewerFromToken), touched at most once a minute. */
export async function sessionFromToken(
  db: Queryable,
  token: string | null,
  idleSeconds: number,
): Promise<LiveSession | null> {
  if (!token || token.length > 200) return null;
  const row = await sql.selectSession(db, hashToken(token), idleSeconds);
  if (!row) return null;
  // One write a minute at most keeps the session alive without a write per request.
  const touched = row.idleSeconds >= 60;
  if (touched) await sql.touchSession(db, row.sessionId);
  const { sessionId, id, role, displayName, email, guest } = row;
  // An LMS-linked student signs in through the LMS: the code would only confuse them.
  const signInCode = row.lmsLinked ? null : row.signInCode;
  return {
    viewer: { sessionId, id, role, displayName, email, signInCode, guest },
    idleSeconds: touched ? 0 : row.idleSeconds,
  };
}

/** Ends the viewer's session on every server and device that holds its token. */
export function endSession(db: Queryable, viewer: Viewer): Promise<void> {
  return sql.revokeSession(db, viewer.sessionId);
}

/** Ends the session a token names, if any (a browser signing in again through an LMS). */
export async function endSessionOfToken(db: Queryable, token: string | null): Promise<void> {
  if (token && token.length <= 200) await sql.revokeSessionByHash(db, hashToken(token));
}

/** Ends every session of a user (a duplicate account merged away). */
export function endSessionsOf(db: Queryable, userId: string): Promise<void> {
  return sql.revokeSessionsOfUser(db, userId);
}
