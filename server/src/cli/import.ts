import "reflect-metadata";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { loadConfig } from "../core/config.js";
import { openDatabase, withTransaction } from "../core/database.js";
import { prepareDatabase } from "../app/startup.js";
import { importDocument } from "../content/documents/document-import.service.js";
import { parseExport } from "../content/documents/export-parser.js";

const USAGE =
  "usage: npm run import -- [--force] FILE...   (Wilson Center Digital Archive text exports)";
const ROOT = fileURLToPath(new URL("../../../", import.meta.url));

async function main(argv: string[]): Promise<number> {
  const force = argv.includes("--force");
  const files = argv.filter((arg) => arg !== "--force");
  const unknown = files.filter((arg) => arg.startsWith("--"));
  if (files.length === 0 || unknown.length > 0) {
    console.error(unknown.length > 0 ? `unknown option ${unknown.join(", ")}\n${USAGE}` : USAGE);
    return 2;
  }
  const config = loadConfig();
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  let failures = 0;
  try {
    await prepareDatabase(database.pool, { lessonsDir: path.join(ROOT, "lessons") });
    for (const file of files) {
      try {
        const parsed = parseExport(fs.readFileSync(file, "utf8"));
        const result = await withTransaction(database.pool, (client) =>
          importDocument(client, parsed, { force }),
        );
        const note =
          result.status === "unchanged"
            ? " (unchanged)"
            : result.status === "updated"
              ? " (updated)"
              : "";
        console.log(
          `imported ${result.slug}: ${result.paragraphs} paragraphs, ${result.notes} notes${note}`,
        );
      } catch (error) {
        failures++;
        console.error(`${file}: ${(error as Error).message}`);
      }
    }
  } finally {
    await database.close();
  }
  return failures > 0 ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error) => {
    console.error(`import: ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  },
);
