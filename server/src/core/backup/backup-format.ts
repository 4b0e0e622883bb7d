// Pure: no I/O.
//
// A backup is one UTF-8 text file:
//
//   line 1      a JSON header: {"format":"puzanov-lesson-backup","formatVersion":1,
//               "migration":"0029","createdAt":"…","tables":[{"name","columns","rows"}…],
//               "sequences":[{"name","lastValue","isCalled"}…]}
//   then, for each table of the header in its order (parents before the tables that refer to them):
//               COPY "name" ("col", …) FROM stdin;
//               the table's rows in PostgreSQL's COPY text format, one line each
//               \.
//
// The same blocks as a pg_dump plain-text file, so a person can read them, and psql could load one.

export const BACKUP_FORMAT = "puzanov-lesson-backup";
export const BACKUP_FORMAT_VERSION = 1;
export const END_OF_TABLE = "\\.";

export interface BackupTable {
  name: string;
  columns: string[];
  rows: number;
}

export interface BackupSequence {
  name: string;
  /** As text: a bigint. */
  lastValue: string;
  isCalled: boolean;
}

export interface BackupHeader {
  format: typeof BACKUP_FORMAT;
  formatVersion: number;
  /** The newest migration applied to the database the backup came from. */
  migration: string;
  createdAt: string;
  tables: BackupTable[];
  sequences: BackupSequence[];
}

export class BackupFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "BackupFileError";
  }
}

export const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** The line that opens a table's block, and the statement that loads it. */
export function copyFromStatement(table: { name: string; columns: string[] }): string {
  return `COPY ${quoteIdent(table.name)} (${table.columns.map(quoteIdent).join(", ")}) FROM stdin;`;
}

/** The header line (no newline). */
export function headerLine(header: BackupHeader): string {
  return JSON.stringify(header);
}

/** Reads and checks the header line, naming what is wrong with a file that is not a backup. */
export function parseHeader(line: string | undefined): BackupHeader {
  let header: Partial<BackupHeader>;
  try {
    header = JSON.parse(line ?? "") as Partial<BackupHeader>;
  } catch {
    throw new BackupFileError("not a backup made by npm run backup (its first line is not JSON)");
  }
  if (header?.format !== BACKUP_FORMAT)
    throw new BackupFileError("not a backup made by npm run backup (no backup header)");
  if (header.formatVersion !== BACKUP_FORMAT_VERSION)
    throw new BackupFileError(
      `backup format ${header.formatVersion} is not one this version reads (${BACKUP_FORMAT_VERSION})`,
    );
  const tablesOk =
    Array.isArray(header.tables) &&
    header.tables.every(
      (t) =>
        typeof t?.name === "string" &&
        Array.isArray(t.columns) &&
        Number.isInteger(t.rows) &&
        t.rows >= 0,
    );
  if (!tablesOk || !Array.isArray(header.sequences) || typeof header.migration !== "string")
    throw new BackupFileError("the backup's header is damaged");
  return header as BackupHeader;
}
