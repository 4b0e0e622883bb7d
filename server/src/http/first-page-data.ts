import fs from "node:fs";
import path from "node:path";
import type { ApolloServer } from "@apollo/server";
import type { ContentCache } from "../content/content-cache.js";
import type { Context } from "../app/context.js";

/** The public read a route's page shows first (client/src/router/index.ts, `meta.prefetch`). */
const FIRST_READS: Array<[RegExp, string]> = [
  [/^\/documents\/([^/]+)\/?$/, "ReaderDocument"],
  [/^\/lessons\/([^/]+)\/?$/, "PlayerLesson"],
];
const MAX_KEPT = 200;

/** What a page's HTML carries for its first paint: the id and JSON of a script element. */
export const FIRST_PAGE_ELEMENT_ID = "first-page-data";

/**
 * The first public read of a page, answered by the server while it sends the HTML, so the page
 * need not ask for it after its code has loaded: a round trip less before the first paint. Runs
 * the client's own query (the build's `.vite/operations.json`) as an anonymous visitor, so it
 * holds only what anyone may read, and keeps the answer per content version.
 */
export function firstPageData(
  clientDir: string,
  execute: (query: string, variables: Record<string, unknown>) => Promise<unknown>,
  content: ContentCache,
) {
  const file = path.join(clientDir, ".vite", "operations.json");
  const queries: Record<string, string> = fs.existsSync(file)
    ? JSON.parse(fs.readFileSync(file, "utf8"))
    : {};
  const kept = new Map<string, { version: string; json: string | null }>();

  /** The JSON for the page at `pathname`: the operation, its variables and its answer; or null. */
  return async (pathname: string): Promise<string | null> => {
    const route = FIRST_READS.find(([pattern]) => pattern.test(pathname));
    const query = route && queries[route[1]];
    if (!route || !query) return null;
    let slug: string;
    try {
      slug = decodeURIComponent(route[0].exec(pathname)![1]!);
    } catch {
      return null;
    }
    const key = `${route[1]}\u0000${slug}`;
    const version = await content.version();
    const hit = kept.get(key);
    if (hit?.version === version) return hit.json;
    const variables = { slug };
    const body = (await execute(query, variables)) as { data?: unknown; errors?: unknown };
    // Nothing for a page not everyone may read (no such lesson, a teacher's private preview):
    // that page asks with its own session instead.
    const json = readable(body) ? JSON.stringify({ operation: route[1], variables, body }) : null;
    if (kept.size >= MAX_KEPT) kept.delete(kept.keys().next().value!);
    kept.set(key, { version, json });
    return json;
  };
}

const readable = (body: { data?: unknown; errors?: unknown }) =>
  !body.errors &&
  typeof body.data === "object" &&
  body.data !== null &&
  Object.values(body.data).every((value) => value !== null);

/** Runs a query on the app's Apollo server as an anonymous visitor; its result as sent. */
export function anonymousExecutor(apollo: ApolloServer<Context>, context: () => Context) {
  return async (query: string, variables: Record<string, unknown>) => {
    const response = await apollo.executeOperation(
      { query, variables },
      { contextValue: context() },
    );
    return response.body.kind === "single" ? response.body.singleResult : { errors: [] };
  };
}
