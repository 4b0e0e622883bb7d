import { createHash, randomBytes } from "node:crypto";
import type { Queryable } from "../../core/database.js";
import { badUserInput } from "../../core/errors.js";
import { userById } from "../users/linked-users.service.js";
import { startSession } from "../users/sessions.service.js";
import * as sql from "./handoffs.sql.js";

/** How long the page a framed launch opens has to exchange its code. */
export const HANDOFF_SECONDS = 60;

const hashCode = (code: string) => createHash("sha256").update(code, "utf8").digest("hex");

/**
 * A one-time code for a launch inside an LMS frame, where the session cookie would be a
 * third-party cookie the browser blocks: the page exchanges it for a session token.
 */
export async function createHandoff(
  db: Queryable,
  userId: string,
  target: string,
): Promise<string> {
  const code = randomBytes(32).toString("base64url");
  await sql.insertHandoff(db, {
    codeHash: hashCode(code),
    userId,
    target,
    seconds: HANDOFF_SECONDS,
  });
  return code;
}

/** What a code is exchanged for: a new session's token and the page the launch opens. */
export interface Handoff {
  token: string;
  to: string;
  role: "TEACHER" | "STUDENT";
}

/**
 * Exchanges a launch's one-time code for a new session of its user. A wrong, used or expired
 * code is BAD_USER_INPUT and creates nothing.
 */
export async function redeemHandoff(db: Queryable, code: unknown): Promise<Handoff> {
  if (typeof code !== "string" || !/^[\w-]{20,100}$/.test(code))
    throw badUserInput("This launch code is not one this server gave out.", "code");
  const handoff = await sql.consumeHandoff(db, hashCode(code));
  if (!handoff)
    throw badUserInput(
      "This launch code is unknown, expired or already used. Open the link from your course again.",
      "code",
    );
  const user = await userById(db, handoff.userId);
  if (!user) throw badUserInput("This launch's account no longer exists here.", "code");
  return { token: await startSession(db, user.id), to: handoff.target, role: user.role };
}
