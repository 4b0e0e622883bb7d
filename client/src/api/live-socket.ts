import { frameToken } from "./frame-token.js";
import type { TypedDocumentString } from "./generated/graphql.js";

/**
 * How a stream ended: blocked (the socket closed before the server accepted it, or the browser
 * has no WebSocket: a network that blocks them) · refused (the server turned the session or the
 * subscription down) · dropped (it was live, then the connection went) · stopped (we stopped it).
 */
export type LiveEnd = "blocked" | "refused" | "dropped" | "stopped";

export interface LiveStream {
  /** Resolves once, when the stream ends. */
  ended: Promise<LiveEnd>;
  stop(): void;
}

/** Close codes by which the server turns a connection down (no session, session ended). */
const REFUSED_CODES = new Set([4400, 4401, 4403]);

const socketUrl = () =>
  `${location.protocol === "https:" ? "wss:" : "ws:"}//${location.host}/graphql`;

/**
 * Runs one GraphQL subscription over its own graphql-ws connection to /graphql (loaded only when
 * called: graphql-ws stays out of the home route's bundle). `next` gets each payload's data;
 * `onLive` is called once the server accepted the connection. The caller reconnects (after
 * reading a snapshot) when it ends: the stream never retries by itself.
 */
export async function openStream<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  next: (data: TResult) => void,
  onLive: () => void = () => {},
): Promise<LiveStream> {
  if (typeof WebSocket === "undefined") return { ended: Promise.resolve("blocked"), stop() {} };
  const { createClient } = await import("graphql-ws");
  let accepted = false;
  let settle: (end: LiveEnd) => void = () => {};
  const ended = new Promise<LiveEnd>((resolve) => (settle = resolve));
  const token = frameToken();
  const client = createClient({
    url: socketUrl(),
    connectionParams: token ? { token } : {},
    retryAttempts: 0,
    shouldRetry: () => false,
    on: {
      connected: () => {
        accepted = true;
        onLive();
      },
      closed: (event) => finish(closeEnd(event)),
    },
  });
  let finished = false;
  function finish(end: LiveEnd) {
    if (finished) return;
    finished = true;
    settle(end);
    // dispose() awaits the connection, which rejects when it was refused: nothing to report.
    void Promise.resolve(client.dispose()).catch(() => undefined);
  }
  function closeEnd(event: unknown): LiveEnd {
    const code = (event as { code?: number } | null)?.code;
    if (code !== undefined && REFUSED_CODES.has(code)) return "refused";
    return accepted ? "dropped" : "blocked";
  }
  client.subscribe<TResult>(
    { query: document.toString(), variables: variables as Record<string, unknown> },
    {
      next: (value) => (value.data ? next(value.data) : finish("refused")),
      error: (error) => finish(Array.isArray(error) ? "refused" : closeEnd(error)),
      complete: () => finish(accepted ? "dropped" : "blocked"),
    },
  );
  return { ended, stop: () => finish("stopped") };
}
