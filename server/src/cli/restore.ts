// npm run restore -- FILE [--force]: loads a backup made by `npm run backup` into the configured
// database in one transaction. An empty database (no schema yet) is migrated first; the database
// must be at the backup's migration, and one that already holds data is refused without --force
// (which replaces everything in it). On the embedded database it refuses while a server holds
// DATA_DIR.
import "reflect-metadata";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { prepareDatabase } from "../app/startup.js";
import { migrationVersion } from "../core/backup/catalog.js";
import { checkRestoreTarget, loadBackup, readBackupHeader } from "../core/backup/restore.js";
import { loadConfig } from "../core/config.js";
import { openDatabase } from "../core/database.js";

const USAGE = "usage: npm run restore -- FILE [--force]";
const ROOT = fileURLToPath(new URL("../../../", import.meta.url));

function parseArgs(argv: string[]): { file: string; force: boolean } | null {
  const force = argv.includes("--force");
  const rest = argv.filter((arg) => arg !== "--force");
  if (rest.length !== 1 || rest[0]!.startsWith("--")) return null;
  return { file: path.resolve(rest[0]!), force };
}

async function main(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  if (!args) {
    console.error(USAGE);
    return 2;
  }
  if (!fs.existsSync(args.file)) throw new Error(`there is no file ${args.file}`);
  const header = await readBackupHeader(args.file);
  const config = loadConfig();
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    let force = args.force;
    if ((await migrationVersion(database.pool)) === null) {
      // A new database: its schema first (what start-up writes besides is replaced below).
      await prepareDatabase(database.pool, {
        lessonsDir: path.join(ROOT, "lessons"),
        syncContent: false,
      });
      force = true;
    }
    await checkRestoreTarget(database.pool, header, { force });
    await loadBackup(database, args.file);
    const rows = header.tables.reduce((n, table) => n + table.rows, 0);
    console.log(
      `restored ${header.tables.length} tables (${rows} rows) at migration ${header.migration} from ${args.file}`,
    );
    return 0;
  } finally {
    await database.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error) => {
    console.error(`restore: ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  },
);
