import type { GraphQLBody } from "./client.js";

// What the server put in the page's HTML for its first paint (server/src/http/client-pages.ts):
// whether the visitor came without a session cookie, and the route's first public read. Each
// part is used once: later reads and sign-ins ask the server as usual.

interface FirstRead {
  operation: string;
  variables: unknown;
  body: GraphQLBody;
}
interface FirstPage {
  anonymous: boolean;
  read: FirstRead | null;
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
  const read = page?.read;
  if (
    !page ||
    !read ||
    read.operation !== operationOf(query) ||
    JSON.stringify(read.variables) !== JSON.stringify(variables ?? null)
  )
    return null;
  page.read = null;
  return read.body;
}

/** Whether the page's HTML said the visitor came without a session cookie (answered once). */
export function cameWithoutSession(): boolean {
  const page = load();
  if (!page) return false;
  const anonymous = page.anonymous;
  page.anonymous = false;
  return anonymous;
}
