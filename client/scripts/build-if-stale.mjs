// Builds the client before `npm start` when client/dist is missing or older than its sources,
// so a fresh clone needs no extra step and a warm start does not rebuild.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const client = fileURLToPath(new URL("..", import.meta.url));
const built = path.join(client, "dist", "index.html");

function newest(dir) {
  let latest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === "dist" || entry.name === "node_modules") continue;
    const full = path.join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(full) : fs.statSync(full).mtimeMs);
  }
  return latest;
}

const stale = !fs.existsSync(built) || fs.statSync(built).mtimeMs < newest(client);
if (stale) {
  console.log("building the client…");
  const result = spawnSync("npm", ["run", "build", "--silent"], {
    cwd: path.join(client, ".."),
    stdio: "inherit",
  });
  process.exit(result.status ?? 1);
}
