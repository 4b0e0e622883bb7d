import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DataDirLockedError, lockDataDir } from "../../../server/src/core/data-dir-lock.js";

describe("lockDataDir", () => {
  const dir = () => fs.mkdtempSync(path.join(os.tmpdir(), "lock-"));

  it("refuses a directory that a live process holds, and frees it on release", () => {
    const dataDir = dir();
    fs.writeFileSync(path.join(dataDir, "pglite.lock"), String(process.ppid));
    expect(() => lockDataDir(dataDir)).toThrow(DataDirLockedError);
    fs.rmSync(path.join(dataDir, "pglite.lock"));
    const release = lockDataDir(dataDir);
    expect(fs.readFileSync(path.join(dataDir, "pglite.lock"), "utf8")).toBe(String(process.pid));
    release();
    expect(fs.existsSync(path.join(dataDir, "pglite.lock"))).toBe(false);
  });

  it("takes over a lock left by a process that is gone", () => {
    const dataDir = dir();
    fs.writeFileSync(path.join(dataDir, "pglite.lock"), "999999999");
    const release = lockDataDir(dataDir);
    expect(fs.readFileSync(path.join(dataDir, "pglite.lock"), "utf8")).toBe(String(process.pid));
    release();
  });
});
