import fs from "node:fs";
import path from "node:path";
import type { ApolloServer } from "@apollo/server";
import type { ContentCache } from "../content/content-cache.js";
import type { Context } from "../app/context.js";

/** The public read a route's page shows first (client/src/router/index.ts, `meta.prefetch`). */
const FIRST_READS: Array<{
  path: RegExp;
  operation: string;
  variables: (match: RegExpExecArray) => Record<string, string>;
}> = [
  // The home page introduces the record (client/src/pages/HomePage.vue).
  {
    path: /^\/$/,
    operation: "Home",
    variables: () => ({ slug: "puzanov-kim-il-sung-1957-11-13" }),
  },
  {
    path: /^\/documents\/([^/]+)\/?$/,
    operation: "ReaderDocument",
    variables: (match) => ({ slug: decodeURIComponent(match[1]!) }),
  },
  {
    path: /^\/lessons\/([^/]+)\/?$/,
    operation: "PlayerLesson",
    variables: (match) => ({ slug: decodeURIComponent(match[1]!) }),
  },
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
  const queries = clientOperations(clientDir);
  const kept = new Map<string, { version: string; json: string | null }>();

  /** The JSON for the page at `pathname`: the operation, its variables and its answer; or null. */
  return async (pathname: string): Promise<string | null> => {
    let route: (typeof FIRST_READS)[number] | undefined;
    let variables: Record<string, string>;
    try {
      route = FIRST_READS.find((read) => read.path.test(pathname));
      if (!route || !queries[route.operation]) return null;
      variables = route.variables(route.path.exec(pathname)!);
    } catch {
      return null;
    }
    const { operation } = route;
    const key = `${operation}\u0000${JSON.stringify(variables)}`;
    const version = await content.version();
    const hit = kept.get(key);
    if (hit?.version === version) return hit.json;
    const body = (await execute(queries[operation]!, variables)) as {
      data?: unknown;
      errors?: unknown;
    };
    // Nothing for a page not everyone may read (no such lesson, a teacher's private preview):
    // that page asks with its own session instead.
    const json = readable(body) ? JSON.stringify({ operation, variables, body }) : null;
    if (kept.size >= MAX_KEPT) kept.delete(kept.keys().next().value!);
    kept.set(key, { version, json });
    return json;
  };
}

/** The client's queries by operation name, from its build (client/vite-graphql-documents.ts). */
export function clientOperations(clientDir: string): Record<string, string> {
  const file = path.join(clientDir, ".vite", "operations.json");
  return fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, "utf8")) : {};
}

/** An answer without errors in which every field asked for has a value. */
export const readable = (body: { data?: unknown; errors?: unknown }) =>
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
