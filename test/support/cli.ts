import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { ROOT } from "./server.js";

const run = promisify(execFile);

/**
 * Runs one of the project's commands (`server/src/cli/<script>.ts`) as a user would, with no
 * database configured unless `env` sets one; its output and exit code.
 */
export async function runCli(script: string, args: string[], env: Record<string, string>) {
  try {
    const { stdout, stderr } = await run(
      process.execPath,
      ["--import", "tsx", `server/src/cli/${script}.ts`, ...args],
      {
        cwd: ROOT,
        env: { ...process.env, DATABASE_URL: "", DATA_DIR: "", PUBLIC_URL: "", ...env },
        timeout: 60_000,
      },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}
