import type { IncomingMessage, ServerResponse } from "node:http";
import type { Express, NextFunction, Request, Response } from "express";
import { hasSession, readBody } from "./public-read-request.js";
import { appSecurityHeaders } from "./security.js";

type Handler = (req: IncomingMessage, res: ServerResponse) => void;
type Middleware = (req: Request, res: Response, next: NextFunction) => unknown;

/** The bodies read here: small JSON in UTF-8, as the client sends its saves. */
const MAX_BODY = 64 * 1024;
const PLAIN_JSON = new Set(["application/json", "application/json; charset=utf-8"]);

/** What a request read here carries when its body was not JSON Express's parser would take. */
interface ReadAhead {
  leanBodyError?: Error;
}

/**
 * The lean autosave without Express's router (lean-save.ts): a POST to /graphql with a session
 * and a small UTF-8 JSON body, from no CORS origin, has its body read and parsed here as
 * `express.json()` would (a byte-order mark dropped; anything but an object or array refused as
 * the same 400), gets the API's security headers and Express's request and response objects, and
 * goes to the lean handler; what that passes on goes to the whole app, its body already parsed
 * (`express.json()` skips a request that was read). Anything else goes to the app untouched.
 */
export function withLeanSave(
  app: Express,
  lean: Middleware,
  corsOrigins: readonly string[],
): Handler {
  const cors = new Set(corsOrigins);
  return (req, res) => {
    if (!takesOver(req, cors)) return app(req, res);
    readBody(req).then(
      (raw) => {
        Object.assign(req, parsed(raw!));
        // As Express's app.handle does before its router: its request and response methods.
        Object.assign(req, { res });
        Object.assign(res, { req, locals: Object.create(null) });
        Object.setPrototypeOf(req, app.request);
        Object.setPrototypeOf(res, app.response);
        const onward = (error?: unknown) => {
          if (error) (req as ReadAhead).leanBodyError = error as Error;
          app(req, res);
        };
        if ((req as ReadAhead).leanBodyError) return app(req, res);
        appSecurityHeaders(req, res, () =>
          lean(req as Request, res as unknown as Response, onward),
        );
      },
      () => res.destroy(),
    );
  };
}

/** Passes on the error a body read ahead met, where `express.json()` would have raised it. */
export function readAheadError(req: Request, _res: Response, next: NextFunction): void {
  next((req as ReadAhead).leanBodyError);
}

function takesOver(req: IncomingMessage, cors: Set<string>): boolean {
  if (req.method !== "POST" || req.url !== "/graphql" || !hasSession(req)) return false;
  if (!PLAIN_JSON.has((req.headers["content-type"] ?? "").toLowerCase())) return false;
  if (req.headers["content-encoding"] || req.headers["transfer-encoding"]) return false;
  if (req.headers.origin && cors.has(req.headers.origin)) return false;
  const length = Number(req.headers["content-length"]);
  return Number.isInteger(length) && length > 0 && length <= MAX_BODY;
}

/** The body as `express.json()` (strict, UTF-8) leaves it on the request, or its error. */
function parsed(raw: Buffer): { body?: unknown; _body: true } & ReadAhead {
  let text = raw.toString("utf8");
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  try {
    const body: unknown = JSON.parse(text);
    if (typeof body === "object" && body !== null) return { body, _body: true };
  } catch {
    // As below.
  }
  const error = Object.assign(new SyntaxError("The request body is not valid JSON."), {
    status: 400,
    type: "entity.parse.failed",
  });
  return { body: undefined, _body: true, leanBodyError: error };
}
