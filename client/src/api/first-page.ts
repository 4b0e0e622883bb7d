import type { GraphQLBody } from "./graphql-body.js";

// What the server put in the page's HTML for its first paint (server/src/http/client-pages.ts):
// whether the visitor came without a session cookie, the route's first public read, and, for a
// visitor with a session, the first reads of their own (the viewer; a lesson's open practice).
// Each part is used once, and only by the page it was served for: later reads, other pages and
// sign-ins ask the server as usual.

interface FirstRead {
  operation: string;
  variables: unknown;
  body: GraphQLBody;
}
interface FirstPage {
  anonymous: boolean;
  read: FirstRead | null;
  personal?: FirstRead[];
}

let firstPage: FirstPage | null | undefined;

function load(): FirstPage | null {
  if (firstPage === undefined) {
    const element =
      typeof document === "undefined" ? null : document.getElementById("first-page-data");
    try {
      firstPage = element?.textContent ? (JSON.parse(element.textContent) as FirstPage) : null;
    } catch {
      firstPage = null;
    }
    element?.remove();
  }
  return firstPage;
}

const operationOf = (query: string) => /^\s*query\s+(\w+)/.exec(query)?.[1];

/** The answer the page's HTML brought for this query and these variables; null if none (or used). */
export function takeFirstRead(query: string, variables: unknown): GraphQLBody | null {
  const page = load();
  if (!page) return null;
  const operation = operationOf(query);
  const matches = (read: FirstRead | null | undefined): read is FirstRead =>
    !!read &&
    read.operation === operation &&
    JSON.stringify(read.variables) === JSON.stringify(variables ?? null);
  if (matches(page.read)) {
    const { body } = page.read;
    page.read = null;
    return body;
  }
  const index = page.personal?.findIndex(matches) ?? -1;
  if (index < 0) return null;
  return page.personal!.splice(index, 1)[0]!.body;
}

/** Whether the page's HTML said the visitor came without a session cookie (answered once). */
export function cameWithoutSession(): boolean {
  const page = load();
  if (!page) return false;
  const anonymous = page.anonymous;
  page.anonymous = false;
  return anonymous;
}

/**
 * Drops what the HTML brought that is left unused: once the visitor moves on to another page, or
 * signs in or out, it no longer describes what they see.
 */
export function forgetFirstPage(): void {
  load();
  firstPage = null;
}
