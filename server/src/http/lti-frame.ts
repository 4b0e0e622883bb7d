import express, { type NextFunction, type Request, type Response } from "express";
import { GraphQLError } from "graphql";
import { type Pool, withTransaction } from "../core/database.js";
import { createFrameOrigins } from "../modules/lti/frame-origins.js";
import { createHandoff, redeemHandoff } from "../modules/lti/handoffs.service.js";
import { endSession, viewerFromToken } from "../modules/users/sessions.service.js";
import {
  BINDING_SECONDS,
  type BindingCheck,
  bindLogin,
  checkBinding,
  keepStateInPlatform,
  storageKey,
} from "../modules/lti/state-binding.js";
import { ltiStorageRoutes, sendStoragePage } from "./lti-storage.js";
import { appSecurityHeaders, framableSecurityHeaders } from "./security.js";
import { cookiesOf, setSessionCookie } from "./session-cookie.js";

/**
 * Launches inside an LMS's iframe, where the browser blocks the tool's cookies (a third-party
 * cookie, and SameSite=Lax besides): the launch hands the page a one-time code, the client
 * exchanges it here for a session token that it keeps in sessionStorage (or memory, where the
 * browser denies the frame storage) and sends as a bearer token, and the pages a launch leads
 * to may be framed by the registered platforms. The login's state is bound to the browser by a
 * cookie where one can be set and by the platform's storage where it offers one (lti-storage.ts).
 */

/** The pages a launch leads to, which registered platforms may frame; every other page refuses. */
export const LAUNCH_PAGES =
  /^\/(?:assignments\/[\w-]+|teacher\/assignments\/[\w-]+(?:\/items\/[\w-]+)?|lti\/continue)\/?$/;

/**
 * The login and the launch, whose pages (platform storage, a refusal) show in the frame too, and
 * the deep-link picker with its answers (the form posts and the page that carries the response).
 */
const LAUNCH_STEPS = /^\/lti\/(?:login|launch|deep-link\/[\w-]+)$/;

/** The client's page that exchanges a framed launch's code (the code travels in the fragment). */
export const CONTINUE_PAGE = "/lti/continue";

/**
 * Fetch Metadata says where a navigation lands: `iframe` (or `frame`) in an LMS's frame,
 * `document` in a window or tab of its own. A browser that sends none gets the cookie.
 */
export function isFramedNavigation(req: Request): boolean {
  const dest = req.get("sec-fetch-dest");
  return dest === "iframe" || dest === "frame" || dest === "embed" || dest === "object";
}

/**
 * Where a framed launch goes instead of setting the cookie: the continue page with a code for
 * the launch's user in the fragment (never sent to a server, never in a Referer). The session
 * the launch opened is ended at once: its token never reaches the browser.
 */
export async function framedLaunchLocation(
  pool: Pool,
  launch: { token: string; redirectTo: string },
): Promise<string> {
  const viewer = await viewerFromToken(pool, launch.token, 3600);
  if (!viewer) throw new Error("a launch's own session is gone");
  await endSession(pool, viewer);
  const code = await createHandoff(pool, viewer.id, launch.redirectTo);
  return `${CONTINUE_PAGE}#${new URLSearchParams({ code, to: launch.redirectTo })}`;
}

/**
 * Binds a login's state to this browser with a cookie the cross-site launch post carries back
 * (SameSite=None, so HTTPS only: over plain HTTP the login stays unbound).
 */
export async function bindLoginToBrowser(
  pool: Pool,
  req: Request,
  res: Response,
  authUrl: string,
): Promise<void> {
  if (!req.secure) return;
  const binding = await bindLogin(pool, authUrl);
  if (!binding) return;
  res.cookie(binding.name, binding.value, {
    httpOnly: true,
    sameSite: "none",
    secure: true,
    path: "/lti/launch",
    maxAge: BINDING_SECONDS * 1000,
  });
}

/**
 * Answers a login: the cookie binding where it can be set, then the redirect to the platform's
 * auth URL, or first a page that puts the state in the platform's storage when it offers one.
 */
export async function answerLogin(
  pool: Pool,
  req: Request,
  res: Response,
  params: Record<string, unknown>,
  authUrl: string,
): Promise<void> {
  await bindLoginToBrowser(pool, req, res, authUrl);
  const storage = await keepStateInPlatform(pool, params.lti_storage_target, authUrl);
  if (!storage) return void res.redirect(302, authUrl);
  sendStoragePage(res, {
    mode: "put",
    target: storage.target,
    origin: storage.origin,
    key: storageKey(storage.state),
    value: storage.state,
    next: authUrl,
  });
}

/**
 * Answers a launch inside a frame: the continue page with its one-time code (or, for a deep
 * link, which opened no session, the picker itself), at once, or after the launch page has
 * found the login's state in the platform's storage.
 */
export async function answerFramedLaunch(
  pool: Pool,
  req: Request,
  res: Response,
  launch: { token: string | null; redirectTo: string },
  check: BindingCheck,
): Promise<void> {
  const location = launch.token
    ? await framedLaunchLocation(pool, { token: launch.token, redirectTo: launch.redirectTo })
    : launch.redirectTo;
  const state = (req.body as { state?: unknown } | undefined)?.state;
  if (!check.storage || typeof state !== "string") return void res.redirect(303, location);
  sendStoragePage(res, {
    mode: "get",
    target: check.storage.target,
    origin: check.storage.origin,
    key: storageKey(state),
    value: state,
    next: location,
  });
}

/** Refuses a launch whose browser holds another binding than its login's; records unbound ones. */
export function checkLaunchBinding(pool: Pool, req: Request): Promise<BindingCheck> {
  const state = (req.body as { state?: unknown } | undefined)?.state;
  return checkBinding(pool, state, cookiesOf(req));
}

/**
 * The security headers of every response: the app's (no framing at all), or, on the pages a
 * launch leads to, the same with `frame-ancestors 'self'` and the platforms' origins.
 */
export function securityHeaders(pool: Pool, configuredOrigins: readonly string[] = []) {
  const frameOrigins = createFrameOrigins(pool, configuredOrigins);
  return async (req: Request, res: Response, next: NextFunction) => {
    const page = (req.method === "GET" || req.method === "HEAD") && LAUNCH_PAGES.test(req.path);
    if (!page && !LAUNCH_STEPS.test(req.path)) return appSecurityHeaders(req, res, next);
    try {
      res.locals.frameAncestors = (await frameOrigins()).join(" ");
    } catch {
      // The database is away: the page still loads, framed by this origin only.
      res.locals.frameAncestors = "";
    }
    framableSecurityHeaders(req, res, next);
  };
}

const fail = (res: Response, status: number, error: GraphQLError) =>
  res
    .status(status)
    .set("cache-control", "no-store")
    .json({ errors: [{ message: error.message, extensions: error.extensions }] });

/**
 * POST /lti/session {"code"}: the one-time code of a framed launch for a session token
 * (`{ token, to, role }`), single use, within a minute. JSON only, so a cross-site form cannot
 * post it; the answer is readable by this origin's pages alone. The cookie is set as well, for
 * a browser that keeps it (a launch that was not framed after all).
 */
export function ltiFrameRoutes(options: { pool: Pool; sessionIdleSeconds: number }) {
  const { pool, sessionIdleSeconds } = options;
  const router = express.Router();
  router.use(ltiStorageRoutes());
  router.post("/lti/session", express.json({ limit: "4kb" }), async (req, res) => {
    if (!req.is("application/json"))
      return fail(
        res,
        415,
        new GraphQLError("Send the code as JSON.", { extensions: { code: "BAD_USER_INPUT" } }),
      );
    try {
      const handoff = await withTransaction(pool, (client) =>
        redeemHandoff(client, (req.body as { code?: unknown } | undefined)?.code),
      );
      setSessionCookie(req, res, handoff.token, sessionIdleSeconds);
      res.set("cache-control", "no-store").json(handoff);
    } catch (error) {
      if (error instanceof GraphQLError) return fail(res, 400, error);
      throw error;
    }
  });
  return router;
}
