// `npm start` in a copy of the project: the client is rebuilt only when its sources changed, the
// server is compiled only when its sources changed, and the compiled server answers.
import { execFile, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort } from "../../support/server-process.js";
import { ROOT } from "../../support/server.js";

const run = promisify(execFile);
let copy: string;

/** A copy with the real scripts, server sources and dependencies, and a client whose "build" only counts. */
function makeCopy(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "start-command-"));
  for (const part of ["scripts", "server/src", "client/scripts"])
    fs.cpSync(path.join(ROOT, part), path.join(dir, part), { recursive: true });
  for (const file of ["tsconfig.json", "package-lock.json"])
    fs.copyFileSync(path.join(ROOT, file), path.join(dir, file));
  for (const linked of ["node_modules", "lessons", "db"])
    fs.symlinkSync(path.join(ROOT, linked), path.join(dir, linked));
  fs.mkdirSync(path.join(dir, "client/src"));
  fs.writeFileSync(path.join(dir, "client/src/main.ts"), "export const version = 1;\n");
  fs.writeFileSync(
    path.join(dir, "count-build.mjs"),
    `import fs from "node:fs";
fs.mkdirSync("client/dist", { recursive: true });
fs.writeFileSync("client/dist/index.html", "<title>built</title>");
fs.appendFileSync("builds.txt", "build\\n");`,
  );
  const pkg = {
    name: "copy",
    private: true,
    type: "module",
    scripts: {} as Record<string, string>,
  };
  pkg.scripts = { start: "node scripts/start.mjs", build: "node count-build.mjs" };
  fs.writeFileSync(path.join(dir, "package.json"), JSON.stringify(pkg));
  return dir;
}

const builds = () =>
  fs.existsSync(path.join(copy, "builds.txt"))
    ? fs.readFileSync(path.join(copy, "builds.txt"), "utf8").split("\n").filter(Boolean).length
    : 0;

const node = (script: string) => run(process.execPath, [script], { cwd: copy, timeout: 60_000 });

beforeAll(() => {
  copy = makeCopy();
});
afterAll(() => fs.rmSync(copy, { recursive: true, force: true }));

describe("the client build check", () => {
  it("builds a missing client, then not again until a client source changes", async () => {
    const first = await node("client/scripts/build-if-stale.mjs");
    expect(first.stdout).toContain("building the client");
    expect(builds()).toBe(1);

    const warm = await node("client/scripts/build-if-stale.mjs");
    expect(warm.stdout).not.toContain("building the client");
    expect(builds()).toBe(1);

    fs.writeFileSync(path.join(copy, "client/src/main.ts"), "export const version = 2;\n");
    await node("client/scripts/build-if-stale.mjs");
    expect(builds()).toBe(2);

    // Same bytes, new modification time (a checkout): still current.
    fs.utimesSync(path.join(copy, "client/src/main.ts"), new Date(), new Date());
    await node("client/scripts/build-if-stale.mjs");
    expect(builds()).toBe(2);
  });
});

describe("the server compile check", () => {
  it("compiles when server sources change and not otherwise", async () => {
    expect((await node("scripts/build-server.mjs")).stdout).toContain("compiling the server");
    expect(fs.existsSync(path.join(copy, "server/dist/main.js"))).toBe(true);
    expect((await node("scripts/build-server.mjs")).stdout).not.toContain("compiling");

    const source = path.join(copy, "server/src/core/errors.ts");
    fs.appendFileSync(source, "\nexport const EDITED = true;\n");
    expect((await node("scripts/build-server.mjs")).stdout).toContain("compiling the server");
    expect(fs.readFileSync(path.join(copy, "server/dist/core/errors.js"), "utf8")).toContain(
      "EDITED",
    );
  });
});

describe("npm start", () => {
  it("serves the API and the built client from the compiled server", async () => {
    const port = await freePort();
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "start-command-data-"));
    const child = spawn("npm", ["start"], {
      cwd: copy,
      env: {
        ...process.env,
        PORT: String(port),
        HOST: "127.0.0.1",
        DATA_DIR: dataDir,
        DATABASE_URL: "",
      },
      stdio: ["ignore", "pipe", "pipe"],
      detached: true,
    });
    let log = "";
    child.stdout!.on("data", (chunk: Buffer) => (log += chunk.toString()));
    child.stderr!.on("data", (chunk: Buffer) => (log += chunk.toString()));
    try {
      await new Promise<void>((resolve, reject) => {
        child.stdout!.on("data", () => log.includes("serving http") && resolve());
        child.once("exit", (code) => reject(new Error(`npm start exited (${code}):\n${log}`)));
      });
      expect(log).not.toContain("running its sources");
      const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: "{ lessons { slug } }" }),
      });
      const body = (await response.json()) as { data: { lessons: Array<{ slug: string }> } };
      expect(body.data.lessons.map((l) => l.slug)).toContain("sourcing-the-record");
      expect(await (await fetch(`http://127.0.0.1:${port}/`)).text()).toContain("built");
    } finally {
      const exited = new Promise((resolve) => child.once("exit", resolve));
      process.kill(-child.pid!, "SIGTERM");
      await exited;
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  }, 180_000);
});
