import { execFileSync } from "node:child_process";
import fs from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";

/**
 * The headless Chromium shipped inside @sparticuz/chromium, unpacked into the temp dir (no
 * download). Where the machine lacks the NSS libraries it links against (a bare Node image),
 * the ones the package also ships are unpacked beside it and a small launcher points at them.
 */
export async function bundledChromium(): Promise<string> {
  const { default: chromium } = await import("@sparticuz/chromium");
  const executable = await chromium.executablePath();
  return missingLibraries(executable) ? withBundledLibraries(executable) : executable;
}

function missingLibraries(executable: string): boolean {
  try {
    return execFileSync("ldd", [executable], { encoding: "utf8" }).includes("not found");
  } catch {
    return false;
  }
}

/** A launcher script that runs the executable with the package's own NSS libraries. */
export async function withBundledLibraries(executable: string): Promise<string> {
  const entry = createRequire(import.meta.url).resolve("@sparticuz/chromium");
  const lambdafs = pathToFileURL(path.join(path.dirname(entry), "lambdafs.js")).href;
  const { inflate } = (await import(lambdafs)) as { inflate: (file: string) => Promise<string> };
  const libs = path.join(
    await inflate(path.join(path.dirname(entry), "..", "bin", "al2023.tar.br")),
    "lib",
  );
  const launcher = path.join(os.tmpdir(), "chromium-with-bundled-libs");
  fs.writeFileSync(
    launcher,
    `#!/bin/sh\nLD_LIBRARY_PATH="${libs}\${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}" exec "${executable}" "$@"\n`,
    { mode: 0o755 },
  );
  return launcher;
}
