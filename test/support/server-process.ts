import { type ChildProcess, spawn } from "node:child_process";
import net from "node:net";
import { ROOT } from "./server.js";

export interface ServerProcess {
  url: string;
  child: ChildProcess;
  /** Resolves with the exit code (or signal) when the process ends. */
  exited: Promise<number | string | null>;
  output(): string;
  gql<T = any>(
    query: string,
    variables?: Record<string, unknown>,
    token?: string,
  ): Promise<{ status: number; data?: T; errors?: any[] }>;
  stop(signal?: NodeJS.Signals): Promise<number | string | null>;
}

export function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** Runs `server/src/main.ts` as users do, in its own process, and waits until it serves. */
export async function startServerProcess(
  env: Record<string, string>,
  timeoutMs = 60_000,
): Promise<ServerProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, ["--import", "tsx", "server/src/main.ts"], {
    cwd: ROOT,
    env: {
      ...process.env,
      DATABASE_URL: "",
      DATA_DIR: "",
      ...env,
      PORT: String(port),
      HOST: "127.0.0.1",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let log = "";
  child.stdout!.on("data", (chunk: Buffer) => (log += chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => (log += chunk.toString()));
  const exited = new Promise<number | string | null>((resolve) =>
    child.once("exit", (code, signal) => resolve(code ?? signal)),
  );
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${log}`)), timeoutMs);
    const check = () =>
      log.includes("serving http") ? (clearTimeout(timer), resolve()) : undefined;
    child.stdout!.on("data", check);
    void exited.then((code) => reject(new Error(`server exited (${code}):\n${log}`)));
  });
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    child,
    exited,
    output: () => log,
    async gql(query, variables = {}, token) {
      const response = await fetch(`${url}/graphql`, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body: JSON.stringify({ query, variables }),
      });
      return { status: response.status, ...((await response.json()) as object) };
    },
    async stop(signal = "SIGTERM") {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return exited;
    },
  };
}

export const SAVE_TEXT = `mutation($a: ID!, $i: ID!, $r: Int!, $t: String!) {
  saveResponse(attemptId: $a, itemId: $i, answer: { text: $t }, revision: $r) { revision } }`;

/**
 * A new guest with a practice attempt at the first lesson, and its first short-answer item:
 * what the fault tests save drafts into. `attemptOn` may be another server of the same database.
 */
export async function guestWithShortAnswer(
  server: ServerProcess,
  name: string,
  attemptOn: ServerProcess = server,
) {
  const token: string = (
    await server.gql(`mutation($n: String!) { startGuestSession(displayName: $n) { token } }`, {
      n: name,
    })
  ).data.startGuestSession.token;
  const lesson = (
    await server.gql(`{ lessons { slug steps { questionSet { questions { id kind } } } } }`)
  ).data.lessons[0];
  const itemId: string = lesson.steps
    .flatMap((s: any) => s.questionSet?.questions ?? [])
    .find((q: any) => q.kind === "SHORT_ANSWER").id;
  const attemptId: string = (
    await attemptOn.gql(
      `mutation($s: String!) { startAttempt(lessonSlug: $s) { id } }`,
      { s: lesson.slug },
      token,
    )
  ).data.startAttempt.id;
  return { token, itemId, attemptId };
}
