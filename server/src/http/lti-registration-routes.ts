import { createHash } from "node:crypto";
import express, { type NextFunction, type Request, type Response } from "express";
import type { Pool } from "../core/database.js";
import { spendLaunchBudget } from "../modules/lti/launch-budget.js";
import { RegistrationError, TOOL_NAME } from "../modules/lti/registration-config.js";
import { registerPlatform, type RegistrationMode } from "../modules/lti/registration.service.js";

// The platform's registration page waits for this message from the tool's page in its frame
// (or the window it opened) to close it and reload its list of tools.
const CLOSE_SCRIPT = `(window.opener || window.parent).postMessage({ subject: "org.imsglobal.lti.close" }, "*");`;
const CLOSE_HASH = createHash("sha256").update(CLOSE_SCRIPT, "utf8").digest("base64");

const LOGO = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" rx="12" fill="#1d4e89"/><path d="M18 16h22l8 8v24H18z" fill="#fff"/><path d="M24 30h18M24 36h18M24 42h12" stroke="#1d4e89" stroke-width="3"/></svg>`;

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!,
  );

/** The origin a registration came from, allowed to frame its pages (the LMS shows them in a frame). */
function frameOrigin(raw: unknown): string {
  try {
    const url = new URL(typeof raw === "string" ? raw : "");
    return url.protocol === "https:" || url.protocol === "http:" ? url.origin : "'none'";
  } catch {
    return "'none'";
  }
}

function sendPage(
  req: Request,
  res: Response,
  page: { status: number; title: string; message: string; close?: boolean },
): void {
  res
    .status(page.status)
    .set("cache-control", "no-store")
    .set(
      "content-security-policy",
      `default-src 'none'; script-src 'sha256-${CLOSE_HASH}'; style-src 'unsafe-inline'; ` +
        `base-uri 'none'; form-action 'none'; frame-ancestors ${frameOrigin(req.query.openid_configuration)}`,
    )
    .type("html")
    .send(
      `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(page.title)}</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.5; overflow-wrap: anywhere">
<h1>${escapeHtml(page.title)}</h1>
<p>${escapeHtml(page.message)}</p>
${page.close ? `<script>${CLOSE_SCRIPT}</script>\n` : ""}</body>
</html>
`,
    );
}

/**
 * LTI Dynamic Registration: GET /lti/register (opened by the platform in a frame or window, with
 * openid_configuration and registration_token; with tool_token for a single-use URL), and the
 * tool's logo the registration names. Every refusal is a page (400, 401 or 403) that registers
 * nothing; success answers a page that asks the platform to close it.
 */
export function ltiRegistrationRoutes(options: {
  pool: Pool;
  publicUrl: string | undefined;
  mode: RegistrationMode;
}): express.Router {
  const { pool, publicUrl, mode } = options;
  const router = express.Router();
  const toolOrigin = (req: Request) => publicUrl ?? `${req.protocol}://${req.get("host")}`;

  router.get("/lti/logo.svg", (_req, res) => {
    res.set("cache-control", "public, max-age=86400").type("image/svg+xml").send(LOGO);
  });

  router.get("/lti/register", async (req, res) => {
    const wait = await spendLaunchBudget(pool, req.ip ?? "unknown");
    if (wait !== null) {
      res.set("retry-after", String(wait));
      sendPage(req, res, {
        status: 429,
        title: "Too many requests",
        message:
          "Too many registrations and launches from this network just now. Try again in a few minutes.",
      });
      return;
    }
    const registered = await registerPlatform(pool, req.query, {
      toolOrigin: toolOrigin(req),
      mode,
    });
    sendPage(req, res, {
      status: 200,
      title: `${TOOL_NAME} is registered`,
      message: `${registered.issuer} (client ${registered.clientId}, deployment ${registered.deploymentId}) can now open lessons here. This window closes on its own; if it does not, close it.`,
      close: true,
    });
  });

  router.use("/lti/register", (error: unknown, req: Request, res: Response, next: NextFunction) => {
    if (error instanceof RegistrationError)
      sendPage(req, res, { status: error.status, title: error.title, message: error.message });
    else next(error);
  });
  return router;
}
