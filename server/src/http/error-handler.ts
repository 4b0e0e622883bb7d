import type { NextFunction, Request, Response } from "express";
import { describeError } from "../core/safe-log.js";

/**
 * Errors before GraphQL runs (body too large, malformed JSON) and any other unexpected error:
 * a clear status and a GraphQL-shaped body, never a stack trace or a file path.
 */
export function httpErrorHandler(
  error: unknown,
  _req: Request,
  res: Response,
  _next: NextFunction,
): void {
  const status = (error as { status?: number }).status ?? 500;
  const type = (error as { type?: string }).type;
  if (status === 413 || type === "entity.too.large") {
    res.status(413).json({
      errors: [
        {
          message: "The request is too large (at most 1 MB).",
          extensions: { code: "PAYLOAD_TOO_LARGE" },
        },
      ],
    });
    return;
  }
  if (status === 400 || type === "entity.parse.failed") {
    res.status(400).json({
      errors: [
        { message: "The request body is not valid JSON.", extensions: { code: "BAD_REQUEST" } },
      ],
    });
    return;
  }
  console.error(`http: internal error: ${describeError(error)}`);
  res.status(500).json({
    errors: [{ message: "Internal server error", extensions: { code: "INTERNAL_SERVER_ERROR" } }],
  });
}
