import fs from "node:fs";
import { once } from "node:events";
import type { Database } from "../database.js";
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  type BackupHeader,
  copyFromStatement,
  END_OF_TABLE,
  headerLine,
  quoteIdent,
} from "./backup-format.js";
import { migrationVersion, sequences, tablesInDependencyOrder } from "./catalog.js";
import { begin, openCopyConnection } from "./copy-connection.js";

/**
 * Writes a consistent snapshot of the whole database to `file` (see backup-format.ts): one
 * REPEATABLE READ, READ ONLY transaction sees every table as of one moment while servers go on
 * writing. Written beside the file and renamed into place, so a failed backup leaves no file
 * that looks whole. Returns the header.
 */
export async function writeBackup(database: Database, file: string): Promise<BackupHeader> {
  const connection = await openCopyConnection(database);
  const partial = `${file}.partial`;
  const out = fs.createWriteStream(partial, { encoding: "utf8" });
  try {
    await begin(connection, "ISOLATION LEVEL REPEATABLE READ READ ONLY");
    const migration = await migrationVersion(connection);
    if (migration === null) throw new Error("the database has no schema yet: nothing to back up");
    const tables = [];
    for (const table of await tablesInDependencyOrder(connection)) {
      const { rows } = await connection.query<{ n: string }>(
        `SELECT count(*)::text AS "n" FROM ${quoteIdent(table.name)}`,
      );
      tables.push({ ...table, rows: Number(rows[0]!.n) });
    }
    // Sequences stand outside transactions: read last, each is at least as far as the rows.
    const header: BackupHeader = {
      format: BACKUP_FORMAT,
      formatVersion: BACKUP_FORMAT_VERSION,
      migration,
      createdAt: new Date().toISOString(),
      tables,
      sequences: await sequences(connection),
    };
    out.write(`${headerLine(header)}\n`);
    for (const table of tables) {
      out.write(`${copyFromStatement(table)}\n`);
      await connection.copyOut(
        quoteIdent(table.name),
        table.columns.map(quoteIdent).join(", "),
        out,
      );
      out.write(`${END_OF_TABLE}\n`);
    }
    await connection.query("COMMIT");
    out.end();
    await once(out, "finish");
    fs.renameSync(partial, file);
    return header;
  } catch (error) {
    await connection.query("ROLLBACK").catch(() => {});
    out.destroy();
    fs.rmSync(partial, { force: true });
    throw error;
  } finally {
    await connection.release();
  }
}
