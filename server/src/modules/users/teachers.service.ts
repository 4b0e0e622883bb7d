import { clearRateLimit, rateLimitWait, recordRateLimitHit } from "../../core/rate-limits.sql.js";
import type { TeacherSignup } from "../../core/config.js";
import {
  badUserInput,
  conflict,
  forbidden,
  tooManyRequests,
  unauthenticated,
} from "../../core/errors.js";
import { hashPassword, passwordProblem, verifyNothing, verifyPassword } from "./passwords.js";
import { requireDisplayName } from "./students.service.js";
import * as sql from "./users.sql.js";
import type { ServiceDeps } from "./viewer.js";

type Deps = Pick<ServiceDeps, "db" | "viewer">;

/** Failed log-ins one account may take per window before it cools off; other accounts are unaffected. */
export const ACCOUNT_LOGIN_LIMIT = { hits: 5, windowSeconds: 15 * 60 };
/** Failed log-ins one client address may make per window, across accounts. */
export const ADDRESS_LOGIN_LIMIT = { hits: 30, windowSeconds: 15 * 60 };

const WRONG_LOGIN = "That email and password do not match an account.";

/** Trimmed, lower-case, and plausibly an address; else BAD_USER_INPUT. */
export function normalizeEmail(raw: string): string {
  const email = raw.trim().toLowerCase();
  if (email.length > 254 || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email))
    throw badUserInput("Enter a valid email address.", "email");
  return email;
}

function requirePassword(password: string, field: string): void {
  const problem = passwordProblem(password);
  if (problem) throw badUserInput(problem, field);
}

/** Creates a teacher account, if the server's sign-up setting lets this email in. */
export async function signUpTeacher(
  { db }: Pick<Deps, "db">,
  input: { email: string; password: string; displayName: string },
  rule: TeacherSignup,
): Promise<sql.UserRow> {
  const email = normalizeEmail(input.email);
  const displayName = requireDisplayName(input.displayName);
  requirePassword(input.password, "password");
  if (rule.mode === "closed")
    throw forbidden(
      "Teacher sign-up is closed on this server. Ask its administrator for an account.",
    );
  if (rule.mode === "domains" && !rule.domains.includes(email.split("@")[1]!)) {
    throw forbidden(
      `Teacher sign-up on this server is open to ${rule.domains.map((d) => `@${d}`).join(", ")} addresses only.`,
    );
  }
  const passwordHash = await hashPassword(input.password);
  try {
    return await sql.insertTeacher(db, { email, passwordHash, displayName });
  } catch (error) {
    if ((error as { code?: string }).code === "23505")
      throw conflict("An account with this email already exists. Log in instead.");
    throw error;
  }
}

/** The teacher whose email and password these are; failures cool off per account and per address. */
export async function logInTeacher(
  { db }: Pick<Deps, "db">,
  rawEmail: string,
  password: string,
  clientAddress: string,
): Promise<sql.UserRow> {
  const email = rawEmail.trim().toLowerCase();
  const buckets = [
    { bucket: `login:account:${email}`, ...ACCOUNT_LOGIN_LIMIT },
    { bucket: `login:address:${clientAddress}`, ...ADDRESS_LOGIN_LIMIT },
  ];
  for (const { bucket, hits, windowSeconds } of buckets) {
    const wait = await rateLimitWait(db, bucket, hits, windowSeconds);
    if (wait !== null)
      throw tooManyRequests("Too many failed log-ins. Wait a little before trying again.", wait);
  }
  const teacher = await sql.selectTeacherByEmail(db, email);
  const ok = teacher
    ? await verifyPassword(teacher.passwordHash, password)
    : await verifyNothing(password);
  if (!teacher || !ok) {
    for (const { bucket, windowSeconds } of buckets)
      await recordRateLimitHit(db, bucket, windowSeconds);
    throw unauthenticated(WRONG_LOGIN);
  }
  await clearRateLimit(db, buckets[0]!.bucket);
  const { passwordHash: _hash, ...user } = teacher;
  return user;
}

/** Changes the signed-in teacher's password and ends their other sessions. */
export async function changeTeacherPassword(
  { db, viewer }: Deps,
  currentPassword: string,
  newPassword: string,
): Promise<void> {
  if (!viewer) throw unauthenticated();
  if (viewer.role !== "TEACHER")
    throw forbidden("Students sign in with their code and have no password.");
  requirePassword(newPassword, "newPassword");
  const bucket = `login:account:${viewer.email}`;
  const wait = await rateLimitWait(
    db,
    bucket,
    ACCOUNT_LOGIN_LIMIT.hits,
    ACCOUNT_LOGIN_LIMIT.windowSeconds,
  );
  if (wait !== null)
    throw tooManyRequests("Too many wrong passwords. Wait a little before trying again.", wait);
  const hash = await sql.selectPasswordHash(db, viewer.id);
  if (!hash || !(await verifyPassword(hash, currentPassword))) {
    await recordRateLimitHit(db, bucket, ACCOUNT_LOGIN_LIMIT.windowSeconds);
    throw badUserInput("The current password is not right.", "currentPassword");
  }
  await sql.updatePassword(db, viewer.id, await hashPassword(newPassword), viewer.sessionId);
}
