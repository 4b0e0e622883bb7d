import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createRemoteJWKSet, decodeProtectedHeader, jwtVerify } from "jose";
import { afterAll, describe, expect, it } from "vitest";
import { lockDataDir } from "../../../server/src/core/data-dir-lock.js";
import { openDatabase } from "../../../server/src/core/database.js";
import { signToolJwt } from "../../../server/src/modules/lti/tool-keys.service.js";
import { createEmptyPostgresDatabase } from "../../support/databases.js";
import { runCli } from "../../support/cli.js";
import { startTestServer } from "../../support/server.js";

const cli = runCli;

const platformArgs = (issuer: string, overrides: Record<string, string> = {}) => {
  const options: Record<string, string> = {
    "--issuer": issuer,
    "--client-id": "client-7",
    "--auth-url": `${issuer}/auth`,
    "--token-url": `${issuer}/token`,
    "--jwks-url": `${issuer}/jwks`,
    "--deployment-id": "dep-1",
    ...overrides,
  };
  return ["add", ...Object.entries(options).flat()];
};

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "lti-cli-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe("npm run lti:platform", () => {
  it("adds, lists and removes platforms on PostgreSQL, refusing a non-HTTPS URL", async () => {
    const { url, drop } = await createEmptyPostgresDatabase();
    const env = { DATABASE_URL: url };
    try {
      const added = await cli("lti-platform", platformArgs("https://lms.school.org"), env);
      expect(added, added.stderr).toMatchObject({ code: 0 });
      expect(added.stdout).toContain(
        "added https://lms.school.org (client client-7); deployments: dep-1",
      );
      // Independent of each other: run side by side.
      const refusals = [
        ["--auth-url", "http://lms.school.org/auth"],
        ["--jwks-url", "http://10.0.0.5/jwks"],
        ["--token-url", "ftp://lms.school.org/token"],
      ] as const;
      const [more, local, insecureIssuer, ...refused] = await Promise.all([
        cli(
          "lti-platform",
          [...platformArgs("https://lms.school.org"), "--deployment-id", "dep-2"],
          env,
        ),
        cli("lti-platform", platformArgs("http://localhost:8080"), env),
        cli("lti-platform", platformArgs("http://other.school.org"), env),
        ...refusals.map(([option, value]) =>
          cli("lti-platform", platformArgs("https://other.school.org", { [option]: value }), env),
        ),
      ]);
      expect(more!.stdout).toContain(
        "updated https://lms.school.org (client client-7); deployments: dep-1, dep-2",
      );
      expect(local!.code).toBe(0);
      refusals.forEach(([option, value], i) => {
        expect(refused[i]!.code).toBe(1);
        expect(refused[i]!.stderr).toContain(
          `${option} must be an https:// URL (plain http:// only for localhost or 127.0.0.1): ${value}`,
        );
      });
      expect(insecureIssuer!.stderr).toContain("--issuer must be an https:// URL");

      const list = await cli("lti-platform", ["list"], env);
      expect(list.code).toBe(0);
      expect(list.stdout).toContain(
        "https://lms.school.org  client client-7  deployments dep-1, dep-2",
      );
      expect(list.stdout).toContain("jwks https://lms.school.org/jwks");
      expect(list.stdout).toContain("http://localhost:8080  client client-7");
      expect(list.stdout).not.toContain("other.school.org");

      const removed = await cli(
        "lti-platform",
        ["remove", "--issuer", "https://lms.school.org"],
        env,
      );
      expect(removed.stdout).toContain("removed 1 platform registration of https://lms.school.org");
      const again = await cli(
        "lti-platform",
        ["remove", "--issuer", "https://lms.school.org"],
        env,
      );
      expect(again).toMatchObject({
        code: 1,
        stderr: expect.stringContaining("no platform https://lms.school.org"),
      });
      const after = await cli("lti-platform", ["list"], env);
      expect(after.stdout).not.toContain("https://lms.school.org");
      expect(after.stdout).toContain("http://localhost:8080");
    } finally {
      await drop();
    }
  }, 180_000);

  it("uses the embedded database in DATA_DIR, and refuses while a server holds it", async () => {
    const dataDir = path.join(tmp, "data");
    const added = await cli("lti-platform", platformArgs("https://lms.school.org"), {
      DATA_DIR: dataDir,
    });
    expect(added, added.stderr).toMatchObject({ code: 0 });
    expect(fs.existsSync(path.join(dataDir, "pglite.lock"))).toBe(false);
    const release = lockDataDir(dataDir);
    try {
      const refused = await cli("lti-platform", ["list"], { DATA_DIR: dataDir });
      expect(refused.code).toBe(1);
      expect(refused.stderr).toContain(
        `the embedded database in ${dataDir} is in use by process ${process.pid}`,
      );
    } finally {
      release();
    }
    const list = await cli("lti-platform", ["list"], { DATA_DIR: dataDir });
    expect(list.stdout).toContain("https://lms.school.org  client client-7  deployments dep-1");
  }, 120_000);

  it("explains its usage", async () => {
    const [usage, unknownOption] = await Promise.all([
      cli("lti-platform", [], {}),
      cli("lti-platform", ["add", "--colour", "red"], {}),
    ]);
    expect(usage).toMatchObject({
      code: 2,
      stderr: expect.stringContaining("npm run lti:platform -- add --issuer URL"),
    });
    expect(unknownOption).toMatchObject({ code: 2 });
  });
});

describe("npm run lti:rotate-keys", () => {
  it("adds a signing key and keeps the old one published for a day", async () => {
    const { url, drop } = await createEmptyPostgresDatabase();
    const database = await openDatabase({ databaseUrl: url, dataDir: "" });
    const server = await startTestServer(database.pool);
    try {
      const jwks = async () =>
        ((await (await fetch(`${server.url}/lti/jwks`)).json()) as { keys: Array<{ kid: string }> })
          .keys;
      const [first] = await jwks();
      const rotated = await cli("lti-rotate-keys", [], { DATABASE_URL: url });
      expect(rotated, rotated.stderr).toMatchObject({ code: 0 });
      const newKid = /new signing key (\S+)/.exec(rotated.stdout)![1];
      expect(rotated.stdout).toContain(`retired ${first!.kid}`);
      expect((await jwks()).map((key) => key.kid)).toEqual([newKid, first!.kid]);

      const token = await signToolJwt(
        database.pool,
        { purpose: "test" },
        {
          issuer: server.url,
          audience: "https://lms.school.org",
          expiresInSeconds: 60,
        },
      );
      expect(decodeProtectedHeader(token).kid).toBe(newKid);
      const { payload } = await jwtVerify(
        token,
        createRemoteJWKSet(new URL(`${server.url}/lti/jwks`)),
        {
          issuer: server.url,
          audience: "https://lms.school.org",
        },
      );
      expect(payload.purpose).toBe("test");

      // A day later the old key is no longer published, and the next rotation deletes it.
      await database.pool.query(
        `UPDATE lti_keys SET retired_at = now() - interval '25 hours' WHERE kid = $1`,
        [first!.kid],
      );
      expect((await jwks()).map((key) => key.kid)).toEqual([newKid]);
      const next = await cli("lti-rotate-keys", [], { DATABASE_URL: url });
      expect(next.stdout).toContain(`deleted ${first!.kid}`);
      expect(next.stdout).toContain(`retired ${newKid}`);
      expect(await jwks()).toHaveLength(2);
    } finally {
      await server.close();
      await database.close();
      await drop();
    }
  }, 180_000);
});
