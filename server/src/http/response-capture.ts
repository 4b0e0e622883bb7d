import type { ServerResponse } from "node:http";

/**
 * Takes over the end of a response the app writes in one piece: `finish` gets the body before
 * anything is sent and sends the answer itself (through the `send` it is given). A response the
 * app streams (headers already sent) passes untouched.
 */
export function captureBody(
  res: ServerResponse,
  finish: (body: Buffer, send: (body?: Buffer) => void) => void,
): void {
  const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse;
  res.end = ((chunk?: unknown, ...rest: unknown[]) => {
    if (res.headersSent) return end(chunk, ...rest);
    const callback = rest.find((arg) => typeof arg === "function");
    const encoding = rest.find((arg) => typeof arg === "string") as BufferEncoding | undefined;
    const body =
      chunk === undefined || chunk === null || typeof chunk === "function"
        ? Buffer.alloc(0)
        : Buffer.isBuffer(chunk)
          ? chunk
          : chunk instanceof Uint8Array
            ? Buffer.from(chunk)
            : Buffer.from(String(chunk), encoding ?? "utf8");
    res.end = end as typeof res.end;
    finish(body, (out) => (out === undefined ? end(callback) : end(out, callback)));
    return res;
  }) as typeof res.end;
}
