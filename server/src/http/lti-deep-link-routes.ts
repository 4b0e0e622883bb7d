import express, { type Request, type Response } from "express";
import type { Pool } from "../core/database.js";
import { answerDeepLink, openPicker, PickProblem } from "../modules/lti/deep-link.service.js";
import { PICKER_SCRIPT, pickerPage, returnPage } from "./lti-deep-link-page.js";
import { tokenFromRequest } from "./session-cookie.js";

const field = (body: Record<string, unknown>, name: string): string =>
  typeof body[name] === "string" ? (body[name] as string).trim() : "";

/**
 * Deep Linking 2.0: the lesson picker a deep-linking launch sends its teacher to, and its answer.
 *
 * GET /lti/deep-link/:token shows the picker to the session the launch opened (anyone else gets
 * a 401 page). POST answers it: a same-origin form post carrying the session cookie
 * (SameSite=Lax, so another site's post carries none) and the picker's secret token, bound
 * server-side to that session; it creates the assignment and returns a page that posts the
 * signed LtiDeepLinkingResponse to the platform's deep_link_return_url. LtiPageErrors fall
 * through to the LTI routes' page handler.
 *
 * A request begun by a launch inside the platform's frame has no session (the frame keeps no
 * cookie of the tool's): there the picker's token alone, random, single use, 30 minutes and
 * known only to that frame, answers it. These pages may be framed by the registered platforms
 * (lti-frame.ts) and send no Referer, so the token in their address never leaves them.
 */
export function ltiDeepLinkRoutes(options: {
  pool: Pool;
  publicUrl: string | undefined;
  sessionIdleSeconds: number;
}): express.Router {
  const { pool, publicUrl, sessionIdleSeconds } = options;
  const router = express.Router();
  const form = express.urlencoded({ extended: false, limit: "16kb", parameterLimit: 10 });
  const toolOrigin = (req: Request) => publicUrl ?? `${req.protocol}://${req.get("host")}`;
  const token = (req: Request) => String(req.params.token ?? "");

  router.get("/lti/deep-link.js", (_req, res) => {
    res.set("cache-control", "public, max-age=300").type("text/javascript").send(PICKER_SCRIPT);
  });

  const showPicker = async (req: Request, res: Response, status: number, values = {}) => {
    const picker = await openPicker(pool, token(req), tokenFromRequest(req), sessionIdleSeconds);
    res
      .status(status)
      .set({ "cache-control": "no-store", "referrer-policy": "no-referrer" })
      .type("html")
      .send(pickerPage(picker, `/lti/deep-link/${token(req)}`, values));
  };

  router.get("/lti/deep-link/:token", (req, res) => showPicker(req, res, 200));

  router.post("/lti/deep-link/:token", form, async (req, res) => {
    const body = (req.body ?? {}) as Record<string, unknown>;
    const pick = {
      cancel: field(body, "action") === "cancel",
      lessonSlug: field(body, "lesson"),
      due: field(body, "due"),
      timezoneOffset: field(body, "timezoneOffset"),
      feedback: field(body, "feedback"),
    };
    let answer: Awaited<ReturnType<typeof answerDeepLink>>;
    try {
      answer = await answerDeepLink(pool, {
        pickerToken: token(req),
        sessionToken: tokenFromRequest(req),
        idleSeconds: sessionIdleSeconds,
        toolOrigin: toolOrigin(req),
        form: pick,
      });
    } catch (error) {
      if (!(error instanceof PickProblem)) throw error;
      return showPicker(req, res, 400, { ...pick, problem: error.message });
    }
    allowFormTo(res, new URL(answer.returnUrl).origin);
    res
      .status(200)
      .set({ "cache-control": "no-store", "referrer-policy": "no-referrer" })
      .type("html")
      .send(returnPage(answer.returnUrl, answer.jwt, answer.added));
  });
  return router;
}

/** This page's form may post to the platform's origin (the app's CSP allows only 'self'). */
function allowFormTo(res: Response, origin: string): void {
  const policy = res.getHeader("content-security-policy");
  if (typeof policy !== "string") return;
  res.setHeader(
    "content-security-policy",
    policy.replace(/form-action [^;]*/, `form-action 'self' ${origin}`),
  );
}
