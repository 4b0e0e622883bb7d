import fs from "node:fs";
import readline from "node:readline";
import type { Database, Queryable } from "../database.js";
import {
  BackupFileError,
  type BackupHeader,
  copyFromStatement,
  END_OF_TABLE,
  parseHeader,
  quoteIdent,
} from "./backup-format.js";
import { MIGRATIONS_TABLE, migrationVersion, tablesInDependencyOrder } from "./catalog.js";
import { begin, type CopyConnection, openCopyConnection } from "./copy-connection.js";

/** Tables a migration fills by itself: a database holding only these counts as empty. */
const FILLED_BY_MIGRATIONS = new Set([MIGRATIONS_TABLE, "item_kinds"]);

export class RestoreRefusedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "RestoreRefusedError";
  }
}

/** The file's lines, one at a time. */
const linesOf = (file: string) =>
  readline.createInterface({ input: fs.createReadStream(file, "utf8"), crlfDelay: Infinity });

export async function readBackupHeader(file: string): Promise<BackupHeader> {
  const lines = linesOf(file);
  try {
    for await (const line of lines) return parseHeader(line);
    return parseHeader(undefined);
  } finally {
    lines.close();
  }
}

/**
 * Refuses a database at another migration than the backup's, and (without `force`) one that
 * already holds data, naming its tables.
 */
export async function checkRestoreTarget(
  db: Queryable,
  header: BackupHeader,
  options: { force: boolean },
): Promise<void> {
  const version = await migrationVersion(db);
  if (version !== header.migration)
    throw new RestoreRefusedError(
      `the backup is at migration ${header.migration} but the database is at ${version ?? "none"}: ` +
        `restore with the version of this software that made the backup (a server started afterwards migrates it)`,
    );
  if (options.force) return;
  const holding: string[] = [];
  for (const table of await tablesInDependencyOrder(db)) {
    if (FILLED_BY_MIGRATIONS.has(table.name)) continue;
    const { rows } = await db.query(`SELECT 1 FROM ${quoteIdent(table.name)} LIMIT 1`);
    if (rows.length > 0) holding.push(table.name);
  }
  if (holding.length > 0)
    throw new RestoreRefusedError(
      `the database is not empty (${holding.slice(0, 5).join(", ")}${holding.length > 5 ? ", …" : ""} hold rows): ` +
        `restore into a new database, or add --force to replace everything in it`,
    );
}

/**
 * Replaces every table's rows with the backup's in one transaction: all tables emptied, each
 * loaded with COPY in the file's order (triggers of the application held off, so loading
 * attempts queues no grade passback), every row count checked against the header, and every
 * sequence set where it stood. Anything wrong rolls it all back.
 */
export async function loadBackup(database: Database, file: string): Promise<BackupHeader> {
  const header = await readBackupHeader(file);
  const connection = await openCopyConnection(database);
  try {
    await begin(connection);
    const present = await tablesInDependencyOrder(connection);
    const names = (tables: Array<{ name: string }>) =>
      tables
        .map((t) => t.name)
        .sort()
        .join(", ");
    if (names(present) !== names(header.tables))
      throw new RestoreRefusedError(
        `the backup's tables (${names(header.tables)}) are not the database's (${names(present)})`,
      );
    const triggered = await tablesWithTriggers(connection);
    for (const table of triggered)
      await connection.query(`ALTER TABLE ${quoteIdent(table)} DISABLE TRIGGER USER`);
    await connection.query(`TRUNCATE ${present.map((t) => quoteIdent(t.name)).join(", ")}`);
    await loadTables(connection, file, header);
    for (const sequence of header.sequences)
      await connection.query(`SELECT setval($1::regclass, $2::bigint, $3)`, [
        quoteIdent(sequence.name),
        sequence.lastValue,
        sequence.isCalled,
      ]);
    for (const table of triggered)
      await connection.query(`ALTER TABLE ${quoteIdent(table)} ENABLE TRIGGER USER`);
    await connection.query("COMMIT");
    return header;
  } catch (error) {
    await connection.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    await connection.release();
  }
}

/**
 * Streams each table's block of the file into its COPY, a line at a time (PostgreSQL holds none
 * of it in memory here), checking the blocks' order and each table's row count.
 */
async function loadTables(connection: CopyConnection, file: string, header: BackupHeader) {
  const lines = linesOf(file);
  const reader = lines[Symbol.asyncIterator]();
  const next = async () => {
    const line = await reader.next();
    return line.done ? null : line.value;
  };
  try {
    await next(); // the header, read already
    for (const table of header.tables) {
      if ((await next()) !== copyFromStatement(table))
        throw new BackupFileError(`the backup is damaged: expected the block of ${table.name}`);
      let count = 0;
      let ended = false;
      const rows = async function* () {
        for (let line = await next(); line !== null; line = await next()) {
          if (line === END_OF_TABLE) return void (ended = true);
          count++;
          yield line;
        }
      };
      await connection.copyIn(
        quoteIdent(table.name),
        table.columns.map(quoteIdent).join(", "),
        rows(),
      );
      if (!ended) throw new BackupFileError("the backup is damaged: it ends before its last table");
      if (count !== table.rows)
        throw new BackupFileError(
          `the backup is damaged: ${table.name} has ${count} rows, its header says ${table.rows}`,
        );
    }
    if ((await next()) !== null)
      throw new BackupFileError("the backup is damaged: expected the block of no table");
  } finally {
    lines.close();
  }
}

async function tablesWithTriggers(db: Queryable): Promise<string[]> {
  const { rows } = await db.query<{ name: string }>(
    `SELECT DISTINCT c.relname AS "name" FROM pg_trigger t
       JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND NOT t.tgisinternal ORDER BY 1`,
  );
  return rows.map((row) => row.name);
}
