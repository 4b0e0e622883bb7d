import express, { type NextFunction, type Request, type Response } from "express";
import type { Pool } from "../core/database.js";
import { createPlatformKeySets } from "../modules/lti/id-token.js";
import { spendLaunchBudget } from "../modules/lti/launch-budget.js";
import { completeLaunch } from "../modules/lti/launch.service.js";
import { beginLogin } from "../modules/lti/login.service.js";
import { LtiPageError } from "../modules/lti/lti.errors.js";
import { publishedKeySet } from "../modules/lti/tool-keys.service.js";
import { endSessionOfToken } from "../modules/users/sessions.service.js";
import { ltiDeepLinkRoutes } from "./lti-deep-link-routes.js";
import {
  answerFramedLaunch,
  answerLogin,
  checkLaunchBinding,
  isFramedNavigation,
} from "./lti-frame.js";
import { sendLtiPage } from "./lti-page.js";
import { setSessionCookie, tokenFromRequest } from "./session-cookie.js";

/**
 * LTI 1.3 tool routes: the public key set, the OIDC login and the launch.
 *
 * CSRF: /lti/login and /lti/launch are cross-site form posts by design (the platform's page
 * posts them), so no same-origin check applies to them, and they sit outside /graphql, whose
 * Apollo CSRF prevention stays as it is. They are protected instead by the single-use state
 * (known only to this server and the platform's redirect), the nonce bound to it and the
 * platform's signature on the id_token. Only these two routes are mounted here.
 */
export function ltiRoutes(options: {
  pool: Pool;
  publicUrl: string | undefined;
  sessionIdleSeconds: number;
}): express.Router {
  const { pool, publicUrl, sessionIdleSeconds } = options;
  const router = express.Router();
  const keySets = createPlatformKeySets();
  const form = express.urlencoded({ extended: false, limit: "64kb", parameterLimit: 20 });
  const toolOrigin = (req: Request) => publicUrl ?? `${req.protocol}://${req.get("host")}`;

  router.get("/lti/jwks", async (_req, res) => {
    res.set("cache-control", "public, max-age=300").json(await publishedKeySet(pool));
  });

  const login = async (req: Request, res: Response) => {
    if (!(await withinLimit(pool, req, res))) return;
    const params = req.method === "POST" ? (req.body ?? {}) : req.query;
    const redirect = await beginLogin(pool, params as Record<string, unknown>, toolOrigin(req));
    res.set("cache-control", "no-store");
    await answerLogin(pool, req, res, params as Record<string, unknown>, redirect);
  };
  router.get("/lti/login", login);
  router.post("/lti/login", form, login);

  router.post("/lti/launch", form, async (req, res) => {
    if (!(await withinLimit(pool, req, res))) return;
    const binding = await checkLaunchBinding(pool, req);
    const framed = isFramedNavigation(req);
    const result = await completeLaunch(pool, req.body ?? {}, toolOrigin(req), keySets, {
      framed,
    });
    res.set("cache-control", "no-store");
    // Inside a platform's iframe the cookie would be a third-party cookie the browser blocks:
    // that launch hands the page a one-time code instead, or, deep linking, goes straight to
    // the picker its token alone opens (lti-frame.ts).
    if (framed) return answerFramedLaunch(pool, req, res, result, binding);
    // SameSite=Lax (the app's usual cookie): set on this top-level response and sent with the
    // redirect's GET.
    // A browser that still sent an older session's cookie: that session ends (rotation).
    if (result.token) {
      await endSessionOfToken(pool, tokenFromRequest(req));
      setSessionCookie(req, res, result.token, sessionIdleSeconds);
    }
    res.redirect(303, result.redirectTo);
  });

  router.use(ltiDeepLinkRoutes(options));

  router.use("/lti", (error: unknown, _req: Request, res: Response, next: NextFunction) => {
    if (error instanceof LtiPageError) sendLtiPage(res, error.status, error.title, error.message);
    else next(error);
  });
  return router;
}

async function withinLimit(pool: Pool, req: Request, res: Response): Promise<boolean> {
  const wait = await spendLaunchBudget(pool, req.ip ?? "unknown");
  if (wait !== null) {
    res.set("retry-after", String(wait));
    sendLtiPage(
      res,
      429,
      "Too many launches",
      "Too many launches from this network just now. Try again in a few minutes.",
    );
    return false;
  }
  return true;
}
