import type { NextFunction, Request, Response } from "express";

/**
 * CORS for the named origins only (the API is same-origin by default). Credentials are allowed
 * so a page on a named origin can use its session; every other origin gets no CORS headers.
 */
export function allowOrigins(origins: readonly string[]) {
  const allowed = new Set(origins);
  return (req: Request, res: Response, next: NextFunction) => {
    const origin = req.headers.origin;
    if (origin && allowed.has(origin)) {
      res.vary("Origin");
      res.set("access-control-allow-origin", origin);
      res.set("access-control-allow-credentials", "true");
      if (req.method === "OPTIONS") {
        res.set("access-control-allow-methods", "GET, POST, OPTIONS");
        res.set(
          "access-control-allow-headers",
          "content-type, authorization, apollo-require-preflight",
        );
        res.set("access-control-max-age", "600");
        res.status(204).end();
        return;
      }
    }
    next();
  };
}
