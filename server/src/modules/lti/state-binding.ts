import { createHash, randomBytes } from "node:crypto";
import type { Queryable } from "../../core/database.js";
import { untrustedLaunch } from "./lti.errors.js";
import { hashState, LOGIN_SECONDS } from "./login.service.js";
import * as sql from "./state-binding.sql.js";

/**
 * Binds a login's state to the browser that began it (OIDC's login CSRF defence): the login
 * sets a cookie only that browser holds, and a launch that carries a different one is refused.
 * The cookie is SameSite=None (the launch is a cross-site form post), so it needs HTTPS; in an
 * LMS's iframe without third-party cookies the browser drops it, and the launch then goes ahead
 * unbound (recorded on the login) — the state, nonce and the platform's signature still hold.
 */

const hash = (text: string) => createHash("sha256").update(text, "utf8").digest("hex");

/** The cookie of one login (a name per state, so launches in several tabs do not collide). */
export const bindingCookieName = (state: string) => `lti_login_${hash(state).slice(0, 16)}`;

export const BINDING_SECONDS = LOGIN_SECONDS;

/** A new binding for the login whose state is in `authUrl`: the cookie's name and value. */
export async function bindLogin(
  db: Queryable,
  authUrl: string,
): Promise<{ name: string; value: string } | null> {
  const state = new URL(authUrl).searchParams.get("state");
  if (!state) return null;
  const value = randomBytes(24).toString("base64url");
  await sql.updateBinding(db, hashState(state), hash(value));
  return { name: bindingCookieName(state), value };
}

/** Platform storage a login may name (`_parent`, or a frame of the platform's page). */
const STORAGE_TARGET = /^(?:_parent|[\w.-]{1,64})$/;

/**
 * Platform storage: when the login names `lti_storage_target`, its state is also put in the
 * platform's storage (lti.put_data from the login page) and read back by the launch page
 * (lti.get_data) before the session is handed over. Returns where to post and to which origin.
 */
export async function keepStateInPlatform(
  db: Queryable,
  rawTarget: unknown,
  authUrl: string,
): Promise<{ target: string; origin: string; state: string } | null> {
  if (typeof rawTarget !== "string" || !STORAGE_TARGET.test(rawTarget)) return null;
  const url = new URL(authUrl);
  const state = url.searchParams.get("state");
  if (!state) return null;
  await sql.updateStorage(db, hashState(state), rawTarget, url.origin);
  return { target: rawTarget, origin: url.origin, state };
}

/** The key a login's state is kept under in the platform's storage. */
export const storageKey = (state: string) => `lti_state_${hash(state).slice(0, 32)}`;

export interface BindingCheck {
  result: "bound" | "unbound" | "unknown";
  /** The platform storage the launch page must read the state back from, if the login used it. */
  storage: { target: string; origin: string } | null;
}

/**
 * Checks a launch's state against the cookie its browser sent: the same binding passes (bound),
 * no cookie passes unbound, a different one is refused before the state is used.
 */
export async function checkBinding(
  db: Queryable,
  state: unknown,
  cookies: Record<string, string>,
): Promise<BindingCheck> {
  if (typeof state !== "string") return { result: "unknown", storage: null };
  const login = await sql.selectBinding(db, hashState(state));
  if (!login) return { result: "unknown", storage: null };
  const sent = cookies[bindingCookieName(state)];
  if (login.binding && sent !== undefined && hash(sent) !== login.binding)
    throw untrustedLaunch(
      "This launch did not come from the browser that began it. Open the link from your course again.",
    );
  const bound = login.binding !== null && sent !== undefined;
  await sql.updateBound(db, hashState(state), bound);
  const storage =
    login.storageTarget && login.storageOrigin
      ? { target: login.storageTarget, origin: login.storageOrigin }
      : null;
  return { result: bound ? "bound" : "unbound", storage };
}
