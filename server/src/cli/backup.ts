// npm run backup -- FILE: writes a consistent snapshot of the configured database to FILE
// through the database connection itself (no pg_dump needed), in the format documented in
// server/src/core/backup/backup-format.ts. On the embedded database it refuses while a server
// holds DATA_DIR (stop the server first, or use DATABASE_URL).
import fs from "node:fs";
import path from "node:path";
import { writeBackup } from "../core/backup/backup.js";
import { loadConfig } from "../core/config.js";
import { openDatabase } from "../core/database.js";

const USAGE = "usage: npm run backup -- FILE";

async function main(argv: string[]): Promise<number> {
  if (argv.length !== 1 || argv[0]!.startsWith("--")) {
    console.error(USAGE);
    return 2;
  }
  const file = path.resolve(argv[0]!);
  const config = loadConfig();
  if (!config.databaseUrl && !fs.existsSync(config.dataDir))
    throw new Error(
      `there is no embedded database in ${config.dataDir} (set DATA_DIR or DATABASE_URL)`,
    );
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    const header = await writeBackup(database, file);
    const rows = header.tables.reduce((n, table) => n + table.rows, 0);
    console.log(
      `backed up ${header.tables.length} tables (${rows} rows) at migration ${header.migration} to ${file}`,
    );
    return 0;
  } finally {
    await database.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error) => {
    console.error(`backup: ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  },
);
