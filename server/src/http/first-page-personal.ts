import type { ApolloServer } from "@apollo/server";
import type { Request, Response } from "express";
import type { Context } from "../app/context.js";
import { clientOperations, readable } from "./first-page-data.js";

/** The reads of their own a visitor with a session makes before a page shows (client/src/api). */
const PERSONAL_READS: Array<{
  path: RegExp;
  operation: string;
  variables: (match: RegExpExecArray) => Record<string, string> | null;
}> = [
  // The session, on every page (useSession, router/first-paint.ts).
  { path: /^\//, operation: "Viewer", variables: () => null },
  // A lesson resumes the visitor's open practice (usePlayer).
  {
    path: /^\/lessons\/([^/]+)\/?$/,
    operation: "PlayerOpenPractice",
    variables: (match) => ({ lessonSlug: decodeURIComponent(match[1]!) }),
  },
];

/** Runs queries with the session of one request (one context for all of them). */
export type ExecuteAs = (
  req: Request,
  res: Response,
) => (
  query: string,
  variables: Record<string, unknown> | null,
) => Promise<{ data?: unknown; errors?: unknown }>;

/**
 * For a visitor with a session cookie, the first reads of their own the page would make once its
 * code has loaded, answered with their session while the server sends the HTML: the player opens
 * a student's work with no round trip after its code. Each is the JSON of the operation, its
 * variables and the answer; a read that fails or answers null is left for the page to make.
 */
export function personalFirstReads(clientDir: string, execute: ExecuteAs) {
  const queries = clientOperations(clientDir);
  return async (req: Request, res: Response): Promise<string[]> => {
    const reads = PERSONAL_READS.flatMap((read) => {
      const match = read.path.exec(req.path);
      if (!match || !queries[read.operation]) return [];
      try {
        return [{ operation: read.operation, variables: read.variables(match) }];
      } catch {
        return [];
      }
    });
    if (reads.length === 0) return [];
    const run = execute(req, res);
    const answers = await Promise.all(
      reads.map(async ({ operation, variables }) => {
        const body = await run(queries[operation]!, variables).catch(() => null);
        return body && readable(body) ? JSON.stringify({ operation, variables, body }) : null;
      }),
    );
    return answers.filter((json): json is string => json !== null);
  };
}

/** Runs a query on the app's Apollo server with the session of the request. */
export function executorWithSession(
  apollo: ApolloServer<Context>,
  contextFor: (req: Request, res: Response) => Promise<Context>,
): ExecuteAs {
  return (req, res) => {
    const context = contextFor(req, res);
    return async (query, variables) => {
      const response = await apollo.executeOperation(
        { query, variables: variables ?? undefined },
        { contextValue: await context },
      );
      return response.body.kind === "single" ? response.body.singleResult : { errors: [] };
    };
  };
}
