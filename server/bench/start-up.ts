// Start-up as a user sees it: `npm start` on a warm clone (client built, server compiled, the
// embedded database already made) until the first HTTP 200 from /healthz.
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { ROOT, percentile } from "./harness.js";
import { freePortFor } from "./ports.js";

function groupAlive(pid: number): boolean {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Milliseconds from spawning `npm start` to the first 200 on /healthz. */
async function timeOneStart(dataDir: string): Promise<number> {
  const port = await freePortFor();
  const started = performance.now();
  const child = spawn("npm", ["start", "--silent"], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: "127.0.0.1",
      DATA_DIR: dataDir,
      DATABASE_URL: "",
    },
    stdio: "ignore",
    detached: true,
  });
  const exited = new Promise((resolve) => child.once("exit", resolve));
  try {
    for (;;) {
      const ok = await fetch(`http://127.0.0.1:${port}/healthz`).then(
        (response) => response.status === 200,
        () => false,
      );
      if (ok) return performance.now() - started;
      if (child.exitCode !== null) throw new Error(`npm start exited with ${child.exitCode}`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  } finally {
    process.kill(-child.pid!, "SIGTERM");
    await exited;
    // The server closes the embedded database after npm has gone: wait for the whole group.
    while (groupAlive(child.pid!)) await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** The median warm start of `runs`, after one start that builds and creates what is missing. */
export async function benchStartUp(runs = 5): Promise<{ first: number; median: number }> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "bench-start-"));
  try {
    const first = await timeOneStart(dataDir);
    const times: number[] = [];
    for (let run = 0; run < runs; run++) times.push(await timeOneStart(dataDir));
    return { first, median: percentile(times, 50) };
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
