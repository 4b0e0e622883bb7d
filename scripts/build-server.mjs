// Compiles server/src to plain JavaScript in server/dist (one file per source, same folders, so
// paths relative to import.meta.url still point at lessons/ and db/migrations/), with esbuild as
// tsx does: legacy decorators from tsconfig.json, no type check (`npm run typecheck` does that).
// A hash of the sources is stored in server/dist/.source-hash; a start rebuilds only when it differs.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { sourceHash, storedHash } from "./source-hash.mjs";

const ROOT = fileURLToPath(new URL("../", import.meta.url));
const SOURCE = path.join(ROOT, "server", "src");
const DIST = path.join(ROOT, "server", "dist");
export const SERVER_ENTRY = path.join(DIST, "main.js");
const HASH_FILE = ".source-hash";
const INPUTS = ["server/src", "tsconfig.json", "package-lock.json", "scripts/build-server.mjs"];

/** True when server/dist was rebuilt; throws when the build fails (the old dist is kept). */
export async function buildServerIfStale() {
  const hash = sourceHash(ROOT, INPUTS);
  if (fs.existsSync(SERVER_ENTRY) && storedHash(path.join(DIST, HASH_FILE)) === hash) return false;
  console.log("compiling the server…");
  const esbuild = await import("esbuild");
  const staging = `${DIST}.building-${process.pid}`;
  const entryPoints = fs
    .readdirSync(SOURCE, { recursive: true })
    .filter((file) => file.endsWith(".ts"))
    .map((file) => path.join(SOURCE, file));
  try {
    await esbuild.build({
      entryPoints,
      outdir: staging,
      outbase: SOURCE,
      format: "esm",
      platform: "node",
      target: "node20",
      tsconfig: path.join(ROOT, "tsconfig.json"),
      sourcemap: true,
      logLevel: "error",
    });
    fs.writeFileSync(path.join(staging, HASH_FILE), `${hash}\n`);
    // Swapped in whole, so a server starting from the old build never reads a half-written one.
    const old = `${DIST}.old-${process.pid}`;
    if (fs.existsSync(DIST)) fs.renameSync(DIST, old);
    fs.renameSync(staging, DIST);
    fs.rmSync(old, { recursive: true, force: true });
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
  }
  return true;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  await buildServerIfStale();
}
