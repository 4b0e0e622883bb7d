// A lesson read as a browser now sends it (GET by persisted-query hash, brotli accepted): cached
// compressed reads and 304 revalidations against a bare node:http server sending the same bytes,
// and the bytes each encoding puts on the wire.
import { spawn } from "node:child_process";
import crypto from "node:crypto";
import http from "node:http";
import autocannon from "autocannon";
import { LESSON_READ } from "./lesson-read.js";
import { freePortFor } from "./ports.js";

export interface Rates {
  app: number;
  bare: number;
  ratio: number;
}

export interface WireResult {
  /** Response body bytes of one lesson read per encoding, and the request's own bytes. */
  bytes: { identity: number; gzip: number; br: number; postRequest: number; getRequest: number };
  read: Rates;
  revalidate: Rates;
}

const PREFLIGHT = { "apollo-require-preflight": "true" };

function get(url: string, headers: Record<string, string>) {
  return new Promise<{ status: number; etag: string; body: Buffer }>((resolve, reject) => {
    http
      .get(url, { headers }, (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () =>
          resolve({
            status: response.statusCode!,
            etag: String(response.headers.etag ?? ""),
            body: Buffer.concat(chunks),
          }),
        );
      })
      .on("error", reject);
  });
}

async function measure(
  url: string,
  headers: Record<string, string>,
  status: "2xx" | "3xx",
  seconds: number,
): Promise<number> {
  const result = await autocannon({ url, headers, connections: 32, duration: seconds });
  const answers = result["1xx"] + result["2xx"] + result["3xx"] + result["4xx"] + result["5xx"];
  if (result.errors > 0 || answers !== result[status])
    throw new Error(
      `wire: ${result.errors} errors, ${answers - result[status]} answers not ${status}`,
    );
  return result.requests.average;
}

/**
 * The best of three alternating rounds for each: on a shared machine a burst of other work
 * during one round says nothing about either server.
 */
async function compare(
  appUrl: string,
  bareUrl: string,
  headers: Record<string, string>,
  status: "2xx" | "3xx",
  seconds: number,
): Promise<Rates> {
  await measure(appUrl, headers, status, 1); // warm-up
  await measure(bareUrl, headers, status, 1);
  let app = 0;
  let bare = 0;
  for (let round = 0; round < 3; round++) {
    app = Math.max(app, await measure(appUrl, headers, status, Math.ceil(seconds / 2)));
    bare = Math.max(bare, await measure(bareUrl, headers, status, Math.ceil(seconds / 2)));
  }
  return { app, bare, ratio: app / bare };
}

/** Wire bytes, then cached brotli reads and 304s, each beside the bare server's rate. */
export async function benchWire(appUrl: string, slug: string, seconds = 8): Promise<WireResult> {
  const variables = { slug };
  const sha256Hash = crypto.createHash("sha256").update(LESSON_READ).digest("hex");
  const extensions = { persistedQuery: { version: 1, sha256Hash } };
  const postBody = JSON.stringify({ query: LESSON_READ, variables, extensions });
  const registered = await fetch(`${appUrl}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: postBody,
  });
  if (!(await registered.text()).startsWith('{"data"')) throw new Error("wire: lesson read failed");
  const path = `/graphql?${new URLSearchParams({
    variables: JSON.stringify(variables),
    extensions: JSON.stringify(extensions),
  })}`;
  const identity = await get(`${appUrl}${path}`, PREFLIGHT);
  const gzip = await get(`${appUrl}${path}`, { ...PREFLIGHT, "accept-encoding": "gzip" });
  const br = await get(`${appUrl}${path}`, { ...PREFLIGHT, "accept-encoding": "br" });
  if (br.status !== 200 || !br.etag.endsWith('-br"')) throw new Error("wire: no brotli read");

  const port = await freePortFor();
  const bare = spawn(
    process.execPath,
    [
      "-e",
      `const b=Buffer.from(process.env.BODY,"base64"),e=process.env.ETAG;require("http").createServer((q,r)=>{q.resume();q.on("end",()=>{if(q.headers["if-none-match"]===e){r.writeHead(304,{etag:e});r.end()}else{r.writeHead(200,{"content-type":"application/json; charset=utf-8","content-encoding":"br",etag:e});r.end(b)}})}).listen(${port},"127.0.0.1",()=>console.log("ready"))`,
    ],
    {
      env: { ...process.env, BODY: br.body.toString("base64"), ETAG: br.etag },
      stdio: ["ignore", "pipe", "inherit"],
    },
  );
  await new Promise((resolve) => bare.stdout!.once("data", resolve));
  const bareUrl = `http://127.0.0.1:${port}${path}`;
  try {
    const headers = { ...PREFLIGHT, "accept-encoding": "br" };
    const read = await compare(`${appUrl}${path}`, bareUrl, headers, "2xx", seconds);
    const conditional = { ...headers, "if-none-match": br.etag };
    const revalidate = await compare(`${appUrl}${path}`, bareUrl, conditional, "3xx", seconds);
    return {
      bytes: {
        identity: identity.body.length,
        gzip: gzip.body.length,
        br: br.body.length,
        postRequest: Buffer.byteLength(postBody),
        getRequest: Buffer.byteLength(path),
      },
      read,
      revalidate,
    };
  } finally {
    bare.kill();
  }
}
