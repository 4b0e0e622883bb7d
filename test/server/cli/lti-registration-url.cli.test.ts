import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { lockDataDir } from "../../../server/src/core/data-dir-lock.js";
import { openDatabase } from "../../../server/src/core/database.js";
import { createEmptyPostgresDatabase } from "../../support/databases.js";
import { startPlatformSimulator } from "../../support/lti-platform.js";
import { addRegistration } from "../../support/lti-registration-platform.js";
import { runCli } from "../../support/cli.js";
import { startTestServer } from "../../support/server.js";

/** Runs `npm run lti-registration-url -- args` as a user would. */
const cli = (args: string[], env: Record<string, string>) =>
  runCli("lti-registration-url", args, env);

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "lti-registration-cli-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe("npm run lti:registration-url", () => {
  it("prints a single-use URL on PostgreSQL beside a running server, which registers an LMS once", async () => {
    const { url, drop } = await createEmptyPostgresDatabase();
    const database = await openDatabase({ databaseUrl: url, dataDir: "" });
    const server = await startTestServer(database.pool);
    const platform = await startPlatformSimulator({ clientId: "cli-client" });
    try {
      const printed = await cli([], {
        DATABASE_URL: url,
        PUBLIC_URL: "https://lessons.school.org",
      });
      expect(printed, printed.stderr).toMatchObject({ code: 0 });
      const registrationUrl = printed.stdout.trim();
      expect(registrationUrl).toMatch(
        /^https:\/\/lessons\.school\.org\/lti\/register\?tool_token=[\w-]{40,}$/,
      );
      expect(printed.stderr).toMatch(/single use, valid until \d{4}-/);
      const expires = new Date(/valid until (\S+):/.exec(printed.stderr)![1]!).getTime();
      expect(expires - Date.now()).toBeGreaterThan(6.9 * 24 * 3600_000);
      expect(expires - Date.now()).toBeLessThan(7.1 * 24 * 3600_000);

      const registration = addRegistration(platform);
      const local = `${server.url}/lti/register?${new URL(registrationUrl).searchParams}&${registration.query()}`;
      expect((await fetch(local)).status).toBe(200);
      expect((await fetch(local)).status).toBe(401);
    } finally {
      await platform.close();
      await server.close();
      await database.close();
      await drop();
    }
  }, 180_000);

  it("refuses while a server holds the embedded database, and explains its usage", async () => {
    const dataDir = path.join(tmp, "data");
    const usage = Promise.all([cli(["--days", "0"], {}), cli(["--colour"], {})]);
    const release = lockDataDir(dataDir);
    try {
      const refused = await cli([], { DATA_DIR: dataDir });
      expect(refused.code).toBe(1);
      expect(refused.stderr).toContain(
        `the embedded database in ${dataDir} is in use by process ${process.pid}`,
      );
      expect(refused.stdout).toBe("");
    } finally {
      release();
    }
    const printed = await cli(["--days", "2"], { DATA_DIR: dataDir });
    expect(printed, printed.stderr).toMatchObject({ code: 0 });
    expect(printed.stdout).toMatch(/^http:\/\/localhost:4000\/lti\/register\?tool_token=/);
    expect(printed.stderr).toContain("PUBLIC_URL is unset");
    const [zeroDays, unknownOption] = await usage;
    expect(zeroDays).toMatchObject({ code: 2 });
    expect(unknownOption).toMatchObject({
      code: 2,
      stderr: expect.stringContaining("usage: npm run lti:registration-url"),
    });
  }, 120_000);
});
