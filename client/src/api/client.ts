import { takeFirstRead } from "./first-page.js";
import type { GraphQLBody } from "./graphql-body.js";
import { frameToken } from "./frame-token.js";
import type { TypedDocumentString } from "./generated/graphql.js";

/** An error from the API, with a message a student can act on. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly field?: string,
    readonly retryAfter?: number,
    /** extensions.reason where the server gives one (CLASS_ARCHIVED, CLASS_PAUSED). */
    readonly reason?: string,
  ) {
    super(message);
    this.name = "ApiError";
  }

  /** The teacher paused the class: the answer is kept and sent again once it resumes. */
  get paused(): boolean {
    return this.reason === "CLASS_PAUSED";
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
  GRAPHQL_PARSE_FAILED: "Something went wrong on our side. Please reload the page.",
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

/**
 * Sends one GraphQL operation. The session travels in the httpOnly cookie (the browser never
 * sees the token), except inside an LMS's frame, where the browser blocks the cookie and the
 * launch's token goes as a bearer token (frame-token.ts). Throws ApiError.
 */
export async function request<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  ...[variables]: TVariables extends Record<string, never> ? [] : [TVariables]
): Promise<TResult> {
  const query = document.toString();
  // What the page's HTML brought for its first paint is used once, instead of asking again.
  return dataOf(takeFirstRead(query, variables) ?? (await post({ query, variables })));
}

export type { GraphQLBody };

/** POSTs a GraphQL request body; the answer's body as sent. Throws ApiError when offline. */
export function post(body: Record<string, unknown>): Promise<GraphQLBody> {
  return send("/graphql", {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/json", ...bearer() },
    body: JSON.stringify(body),
  });
}

/** Sends one request to the API; the answer's GraphQL body. Throws ApiError. */
export async function send(url: string, init: RequestInit): Promise<GraphQLBody> {
  let response: Response;
  try {
    response = await fetch(url, { credentials: "same-origin", ...init });
  } catch {
    throw new ApiError("You seem to be offline. Check your connection.", "NETWORK");
  }
  try {
    return (await response.json()) as GraphQLBody;
  } catch {
    throw new ApiError(
      friendlyMessage("INTERNAL_SERVER_ERROR"),
      response.status === 413 ? "TOO_LARGE" : "INTERNAL_SERVER_ERROR",
    );
  }
}

/** The data of a GraphQL answer; its first error as an ApiError. */
export function dataOf<TResult>(body: GraphQLBody): TResult {
  const error = body.errors?.[0];
  if (error) {
    const code = error.extensions?.code ?? "INTERNAL_SERVER_ERROR";
    throw new ApiError(
      friendlyMessage(code, error.message),
      code,
      error.extensions?.field,
      error.extensions?.retryAfter,
      error.extensions?.reason,
    );
  }
  return body.data as TResult;
}
