// A hash of a build's inputs: every file's path and bytes under some folders (and single files).
// Stored beside a build's output, it tells a start whether that output is current without
// rebuilding it or trusting modification times (a checkout or a copy changes those).
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

const SKIPPED = new Set(["dist", "node_modules"]);

function filesUnder(root, relative) {
  const full = path.join(root, relative);
  if (!fs.existsSync(full)) return [];
  if (!fs.statSync(full).isDirectory()) return [relative];
  return fs
    .readdirSync(full, { withFileTypes: true })
    .filter((entry) => !SKIPPED.has(entry.name))
    .flatMap((entry) => filesUnder(root, path.join(relative, entry.name)));
}

/** Hex SHA-256 over the sorted paths (relative to root) and contents of the given inputs. */
export function sourceHash(root, inputs) {
  const hash = createHash("sha256");
  for (const file of inputs.flatMap((input) => filesUnder(root, input)).sort()) {
    hash.update(`${file.split(path.sep).join("/")}\0`);
    hash.update(fs.readFileSync(path.join(root, file)));
    hash.update("\0");
  }
  return hash.digest("hex");
}

/** The hash stored by the last successful build, or null. */
export function storedHash(file) {
  try {
    return fs.readFileSync(file, "utf8").trim();
  } catch {
    return null;
  }
}
