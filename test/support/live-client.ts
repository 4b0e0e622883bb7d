import { createClient } from "graphql-ws";
import WebSocket from "ws";

export interface LiveSubscription {
  /** Every `next` payload so far (data or errors). */
  results: Array<{ data?: any; errors?: Array<{ message: string; extensions?: any }> }>;
  /** Resolves with the close code once the socket closes. */
  closed: Promise<number>;
  /** Waits until `count` results arrived (or fails after `ms`). */
  waitFor(count: number, ms?: number): Promise<void>;
  dispose(): Promise<void>;
}

export const ACTIVITY = `subscription($a: ID!, $after: ID) {
  assignmentActivity(assignmentId: $a, after: $after) { id kind studentId attemptId itemId at correct } }`;
export const UPDATES = `subscription($a: ID!, $after: ID) {
  myAttemptUpdates(attemptId: $a, after: $after) { id kind attemptId itemId at } }`;

export const tokenOf = (auth: Record<string, string>): string =>
  auth.authorization!.replace(/^Bearer /, "");

/** One graphql-ws connection (never retried) running one operation, collecting what comes. */
export function liveSubscribe(
  httpUrl: string,
  token: string | null,
  query: string,
  variables: Record<string, unknown> = {},
  options: { headers?: Record<string, string> } = {},
): LiveSubscription {
  let closedWith: (code: number) => void = () => {};
  const closed = new Promise<number>((resolve) => (closedWith = resolve));
  const client = createClient({
    url: `${httpUrl.replace(/^http/, "ws")}/graphql`,
    webSocketImpl: class extends WebSocket {
      constructor(address: string, protocols?: string | string[]) {
        super(address, protocols, { headers: options.headers });
      }
    },
    connectionParams: token ? { token } : {},
    retryAttempts: 0,
    shouldRetry: () => false,
    lazy: false,
    // A refused connection is what some tests expect: `closed` reports it.
    onNonLazyError: () => {},
    on: { closed: (event) => closedWith((event as { code: number }).code) },
  });
  const results: LiveSubscription["results"] = [];
  const waiters: Array<() => void> = [];
  const notify = () => waiters.splice(0).forEach((wake) => wake());
  client.subscribe(
    { query, variables },
    {
      next: (value) => {
        results.push(value as LiveSubscription["results"][number]);
        notify();
      },
      error: (error) => {
        const list = Array.isArray(error) ? error : [{ message: String(error) }];
        results.push({ errors: list as any });
        notify();
      },
      complete: () => {},
    },
  );
  return {
    results,
    closed,
    async waitFor(count, ms = 3_000) {
      const deadline = Date.now() + ms;
      while (results.length < count) {
        if (Date.now() > deadline)
          throw new Error(`waited for ${count} results, got ${JSON.stringify(results)}`);
        await new Promise<void>((resolve) => {
          waiters.push(resolve);
          setTimeout(resolve, 50);
        });
      }
    },
    dispose: () => client.dispose() as Promise<void>,
  };
}
