import crypto from "node:crypto";
import type { Queryable } from "../../core/database.js";
import * as sql from "./users.sql.js";

export interface Viewer {
  id: string;
  role: "TEACHER" | "STUDENT";
  displayName: string;
  email: string | null;
  signInCode: string | null;
  guest: boolean;
  sessionId: string;
}

const hashToken = (token: string) => crypto.createHash("sha256").update(token, "utf8").digest();

/** Opens a session for a user; returns the bearer token (only its hash is stored). */
export async function startSession(db: Queryable, userId: string): Promise<string> {
  const token = crypto.randomBytes(32).toString("base64url");
  await sql.insertSession(db, userId, hashToken(token));
  return token;
}

/** The viewer a token names, or null for a missing, unknown, revoked or idle-expired token. */
export async function viewerFromToken(db: Queryable, token: string | null, idleSeconds: number): Promise<Viewer | null> {
  if (!token || token.length > 200) return null;
  const row = await sql.selectSession(db, hashToken(token), idleSeconds);
  if (!row) return null;
  // One write a minute at most keeps the session alive without a write per request.
  if (row.idleSeconds >= 60) await sql.touchSession(db, row.sessionId);
  const { sessionId, id, role, displayName, email, signInCode, guest } = row;
  return { sessionId, id, role, displayName, email, signInCode, guest };
}

/** Ends the viewer's session on every server and device that holds its token. */
export function endSession(db: Queryable, viewer: Viewer): Promise<void> {
  return sql.revokeSession(db, viewer.sessionId);
}
