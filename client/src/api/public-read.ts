import { bearer, dataOf, type GraphQLBody, post, send } from "./client.js";
import { takeFirstRead } from "./first-page.js";
import type { TypedDocumentString } from "./generated/graphql.js";

const hashes = new Map<string, Promise<string | null>>();

/** The SHA-256 of a query in hex, as automatic persisted queries name it; null without Web Crypto. */
function sha256(query: string): Promise<string | null> {
  let hash = hashes.get(query);
  if (!hash) {
    // Web Crypto exists only in secure contexts (https, localhost).
    const subtle = globalThis.crypto?.subtle;
    hash = subtle
      ? subtle
          .digest("SHA-256", new TextEncoder().encode(query))
          .then((digest) =>
            [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, "0")).join(""),
          )
          .catch(() => null)
      : Promise.resolve(null);
    hashes.set(query, hash);
  }
  return hash;
}

/**
 * Sends a query whose answer is the same for everyone (a document, a lesson, the collection) by
 * GET with only its hash (an automatic persisted query), so the URL stays short and the browser
 * and any CDN may keep and revalidate the answer. When the server does not know the hash yet it
 * says PERSISTED_QUERY_NOT_FOUND and the query goes once by POST with the hash, which teaches the
 * server; the next GET by hash is served. Throws ApiError, like `request`.
 */
export async function publicRequest<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  ...[variables]: TVariables extends Record<string, never> ? [] : [TVariables]
): Promise<TResult> {
  const key = keyOf(document, variables);
  const early = prefetched.get(key);
  if (early) {
    prefetched.delete(key);
    return early as Promise<TResult>;
  }
  return firstOrFetched(document, variables);
}

/** Answers fetched before the page that needs them exists, each handed out once. */
const prefetched = new Map<string, Promise<unknown>>();
const keyOf = (document: { toString(): string }, variables: unknown) =>
  `${document.toString()}\u0000${JSON.stringify(variables ?? null)}`;

/**
 * Starts a public read now, for the next `publicRequest` of the same query and variables (the
 * first page's data, fetched while its code loads); resolves once it has arrived, never rejects.
 */
export function prefetchPublic<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
): Promise<void> {
  const key = keyOf(document, variables);
  if (answeredFromPage.delete(key)) return Promise.resolve();
  const answer = firstOrFetched(document, variables);
  prefetched.set(key, answer);
  return answer.then(
    () => undefined,
    () => undefined,
  );
}

/**
 * The answer the page's HTML brought, if it is this read's and still unused, else the server's.
 * A page may ask before its prefetch does (its first paint gave up waiting on a slow load).
 */
function firstOrFetched<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables | undefined,
): Promise<TResult> {
  const first = takeFirstRead(document.toString(), variables);
  if (!first) return fetchPublic(document, variables);
  answeredFromPage.add(keyOf(document, variables));
  return Promise.resolve(first).then((body) => dataOf<TResult>(body));
}
/** Reads answered from the page's HTML: a prefetch arriving after its page asked has nothing to do. */
const answeredFromPage = new Set<string>();

async function fetchPublic<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables | undefined,
): Promise<TResult> {
  const query = document.toString();
  const sha256Hash = await sha256(query);
  if (!sha256Hash) return dataOf(await post({ query, variables }));
  const extensions = { persistedQuery: { version: 1, sha256Hash } };
  const params = new URLSearchParams();
  if (variables) params.set("variables", JSON.stringify(variables));
  params.set("extensions", JSON.stringify(extensions));
  const byHash: GraphQLBody = await send(`/graphql?${params}`, {
    method: "GET",
    // Apollo's CSRF prevention serves a GET only with a header that forces a CORS preflight.
    headers: { accept: "application/json", "apollo-require-preflight": "true", ...bearer() },
  });
  if (byHash.errors?.[0]?.extensions?.code !== "PERSISTED_QUERY_NOT_FOUND") return dataOf(byHash);
  return dataOf(await post({ query, variables, extensions }));
}
