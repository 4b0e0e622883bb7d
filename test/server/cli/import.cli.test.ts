import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { withConnection } from "../../../server/src/core/database.js";
import { afterAll, describe, expect, it } from "vitest";
import { lockDataDir } from "../../../server/src/core/data-dir-lock.js";
import { createEmptyPostgresDatabase } from "../../support/databases.js";
import { runCli } from "../../support/cli.js";

/** Runs `npm run import -- args` as a user would. */
const importCli = (args: string[], env: Record<string, string>) => runCli("import", args, env);

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "import-cli-"));
const exportFile = path.join(tmp, "export.txt");
fs.writeFileSync(
  exportFile,
  [
    "Wilson Center Digital Archive",
    "",
    "February 14, 1958",
    "",
    "Journal of Soviet Ambassador to the DPRK A. M. Puzanov for 14 February 1958",
    "",
    "Citation:",
    "",
    '"Journal of Soviet Ambassador to the DPRK A. M. Puzanov for 14 February 1958", February 14, 1958, Wilson Center Digital Archive, AVPRF F. 0102, Op. 14, Delo 6. Translated for NKIDP by Gary Goldberg.',
    "<https://digitalarchive.wilsoncenter.org/document/115961>",
    "",
    "Contents:",
    "",
    "English Translation",
    "",
    "[TOP SECRET]",
    "",
    "Time: 10:00",
    "",
    "The Chinese government delegation headed by Cde. Zhou Enlai arrived [in] Pyongyang.",
  ].join("\r\n"),
);
const notAnExport = path.join(tmp, "notes.txt");
fs.writeFileSync(notAnExport, "just some notes\nwithout a date\n");

afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe("npm run import", () => {
  it("creates and migrates a PostgreSQL database, imports each file, and fails for a file that is not an export", async () => {
    const { url, drop } = await createEmptyPostgresDatabase();
    try {
      const result = await importCli([exportFile, notAnExport], { DATABASE_URL: url });
      expect(result.stdout).toContain(
        "imported journal-of-soviet-ambassador-to-the-dprk-a-m-puzanov-for-14-1958-02-14: 3 paragraphs, 2 notes",
      );
      expect(result.stderr).toContain(
        `${notAnExport}: not a Wilson Center Digital Archive export: missing date`,
      );
      expect(result.code).toBe(1);

      const { rows } = await withConnection(url, (db) =>
        db.query(`SELECT slug, archival_reference, built_in, origin FROM documents ORDER BY slug`),
      );
      const row = (slug: string, archival_reference: string | null, origin: string | null) => ({
        slug,
        archival_reference,
        built_in: origin !== null,
        origin,
      });
      // The imported export, then the built-in documents the import loads first.
      expect(rows).toEqual([
        row(
          "journal-of-soviet-ambassador-to-the-dprk-a-m-puzanov-for-14-1958-02-14",
          "AVPRF F. 0102, Op. 14, Delo 6",
          null,
        ),
        row("mikoyan-telegram-1956-09-17", "GARF, Fond 5446, Opis 98c", "SOVIET"),
        row("ponomarev-telegram-1956-09-26", null, "SOVIET"),
        row("puzanov-kim-il-sung-1957-11-13", "AVPRF F. 0102, Op. 13, Delo 5", "SOVIET"),
        row("zhang-wentian-yudin-1958-01-23", "PRC FMA 109-00828-05, 44-45", "CHINESE"),
      ]);

      const again = await importCli([exportFile], { DATABASE_URL: url });
      expect(again).toMatchObject({ code: 0, stdout: expect.stringContaining("(unchanged)") });
    } finally {
      await drop();
    }
  }, 120_000);

  it("uses the embedded database in DATA_DIR, and refuses while another process holds it", async () => {
    const dataDir = path.join(tmp, "data");
    const first = await importCli([exportFile], { DATA_DIR: dataDir });
    expect(first).toMatchObject({
      code: 0,
      stdout: expect.stringContaining("imported journal-of-soviet-ambassador"),
    });
    expect(fs.existsSync(path.join(dataDir, "pglite.lock"))).toBe(false);

    const release = lockDataDir(dataDir);
    try {
      const refused = await importCli([exportFile], { DATA_DIR: dataDir });
      expect(refused.code).toBe(1);
      expect(refused.stderr).toContain(
        `the embedded database in ${dataDir} is in use by process ${process.pid}`,
      );
    } finally {
      release();
    }
  }, 120_000);

  it("explains its usage when given no file", async () => {
    const result = await importCli([], {});
    expect(result).toMatchObject({
      code: 2,
      stderr: expect.stringContaining("usage: npm run import -- [--force] FILE..."),
    });
  });
});
