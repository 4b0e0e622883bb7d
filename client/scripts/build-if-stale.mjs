// Builds the client when client/dist is missing or was built from other sources than the ones
// here: a hash of the client's sources (and the lockfile, for Vite and Vue) is stored in
// client/dist/.source-hash after each build, so a warm start only hashes ~1 MB of files.
// Run directly (`node client/scripts/build-if-stale.mjs`) or imported by scripts/start.mjs.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { sourceHash, storedHash } from "../../scripts/source-hash.mjs";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const DIST = path.join(ROOT, "client", "dist");
const HASH_FILE = path.join(DIST, ".source-hash");
const INPUTS = ["client", "package-lock.json"];

/** True when the client was rebuilt; throws when a needed build fails. */
export function buildClientIfStale() {
  const hash = sourceHash(ROOT, INPUTS);
  if (fs.existsSync(path.join(DIST, "index.html")) && storedHash(HASH_FILE) === hash) return false;
  console.log("building the client…");
  const result = spawnSync("npm", ["run", "build", "--silent"], { cwd: ROOT, stdio: "inherit" });
  if (result.status !== 0) throw new Error(`the client build failed (exit ${result.status})`);
  fs.writeFileSync(HASH_FILE, `${hash}\n`);
  return true;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  try {
    buildClientIfStale();
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
