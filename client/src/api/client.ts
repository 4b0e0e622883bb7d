import { frameToken } from "./frame-token.js";
import type { TypedDocumentString } from "./generated/graphql.js";

/** An error from the API, with a message a student can act on. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly field?: string,
    readonly retryAfter?: number,
  ) {
    super(message);
    this.name = "ApiError";
  }

  /** The connection failed (offline, server unreachable), not the request. */
  get offline(): boolean {
    return this.code === "NETWORK";
  }
}

/** The Authorization header of a launch in an LMS's frame; none elsewhere. */
export function bearer(): Record<string, string> {
  const token = frameToken();
  return token ? { authorization: `Bearer ${token}` } : {};
}

const FRIENDLY: Record<string, string> = {
  UNAUTHENTICATED: "Please sign in first.",
  FORBIDDEN: "You don't have access to this.",
  NOT_FOUND: "We couldn't find that.",
  CONFLICT: "This has already been done.",
  TOO_MANY_REQUESTS: "Too many tries. Please wait a moment and try again.",
  INTERNAL_SERVER_ERROR: "Something went wrong on our side. Please try again.",
  GRAPHQL_VALIDATION_FAILED: "Something went wrong on our side. Please reload the page.",
};

/** The words to show for an error: the server's own message where it is meant for people. */
function friendlyMessage(code: string, serverMessage?: string): string {
  if (
    serverMessage &&
    [
      "BAD_USER_INPUT",
      "UNAUTHENTICATED",
      "FORBIDDEN",
      "NOT_FOUND",
      "CONFLICT",
      "TOO_MANY_REQUESTS",
    ].includes(code)
  ) {
    return serverMessage;
  }
  return FRIENDLY[code] ?? "Something went wrong. Please try again.";
}

const post = (body: string) =>
  fetch("/graphql", {
    method: "POST",
    credentials: "same-origin",
    headers: { "content-type": "application/json", accept: "application/json", ...bearer() },
    body,
  });

/** Queries started before the page that needs them loaded, by request body, with when they started. */
const early = new Map<string, { response: Promise<Response>; at: number }>();

/**
 * Starts a query now, while the route's page is still loading; the page's request() for the
 * very same query takes its answer (once, within ten seconds, and before any mutation) instead
 * of asking again.
 */
export function prefetch<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables?: TVariables,
): void {
  const body = JSON.stringify({ query: document.toString(), variables });
  const response = post(body);
  response.catch(() => undefined);
  early.set(body, { response, at: Date.now() });
}

function takeEarly(body: string): Promise<Response> | undefined {
  const started = early.get(body);
  early.delete(body);
  return started && Date.now() - started.at < 10_000 ? started.response : undefined;
}

/**
 * Sends one GraphQL operation. The session travels in the httpOnly cookie (the browser never
 * sees the token), except inside an LMS's frame, where the browser blocks the cookie and the
 * launch's token goes as a bearer token (frame-token.ts). Throws ApiError.
 */
export async function request<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  ...[variables]: TVariables extends Record<string, never> ? [] : [TVariables]
): Promise<TResult> {
  let response: Response;
  try {
    const query = document.toString();
    // A mutation may change what any early answer says (a sign-in, a new attempt): drop them.
    if (/^\s*mutation\b/.test(query)) early.clear();
    const body = JSON.stringify({ query, variables });
    response = await (takeEarly(body) ?? post(body));
  } catch {
    throw new ApiError("You seem to be offline. Check your connection.", "NETWORK");
  }
  let body: {
    data?: TResult;
    errors?: Array<{
      message: string;
      extensions?: { code?: string; field?: string; retryAfter?: number };
    }>;
  };
  try {
    body = await response.json();
  } catch {
    throw new ApiError(
      friendlyMessage("INTERNAL_SERVER_ERROR"),
      response.status === 413 ? "TOO_LARGE" : "INTERNAL_SERVER_ERROR",
    );
  }
  const error = body.errors?.[0];
  if (error) {
    const code = error.extensions?.code ?? "INTERNAL_SERVER_ERROR";
    throw new ApiError(
      friendlyMessage(code, error.message),
      code,
      error.extensions?.field,
      error.extensions?.retryAfter,
    );
  }
  return body.data as TResult;
}
