import { once } from "node:events";
import { Readable, type Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { from as copyFrom, to as copyTo } from "pg-copy-streams";
import type { Database, Queryable } from "../database.js";

/** One connection that runs SQL and moves a table's rows in and out with COPY. */
export interface CopyConnection {
  query: Queryable["query"];
  /** Runs `COPY … TO STDOUT` and writes its text into `sink` (left open). */
  copyOut(table: string, columns: string, sink: Writable): Promise<void>;
  /** Runs `COPY … FROM STDIN` with the rows `lines` yields (COPY text format, one row each). */
  copyIn(table: string, columns: string, lines: AsyncIterable<string>): Promise<void>;
  release(): Promise<void>;
}

/** Begins the transaction, with no time limit: a large table takes what it takes. */
export async function begin(connection: CopyConnection, mode = ""): Promise<void> {
  await connection.query(`BEGIN${mode ? ` ${mode}` : ""}`);
  await connection.query("SET LOCAL statement_timeout = 0");
  await connection.query("SET LOCAL idle_in_transaction_session_timeout = 0");
}

/**
 * PostgreSQL: a pool client and pg-copy-streams, rows streamed straight through both ways.
 * PGlite: the instance itself (its pool does not carry COPY), through its `/dev/blob` device,
 * which takes a whole table at once: one table's rows are in memory at a time.
 */
export async function openCopyConnection(database: Database): Promise<CopyConnection> {
  if (database.pglite) {
    const pglite = database.pglite;
    const query = (async (
      text: string | { text: string; values?: unknown[] },
      values?: unknown[],
    ) => {
      const statement = typeof text === "string" ? { text, values } : text;
      const result = await pglite.query(statement.text, statement.values ?? []);
      return { rows: result.rows, rowCount: result.affectedRows ?? result.rows.length };
    }) as Queryable["query"];
    return {
      query,
      async copyOut(table, columns, sink) {
        const result = await pglite.query(`COPY ${table} (${columns}) TO '/dev/blob'`);
        const text = result.blob ? await result.blob.text() : "";
        if (text && !sink.write(text)) await once(sink, "drain");
      },
      async copyIn(table, columns, lines) {
        const rows: string[] = [];
        for await (const line of lines) rows.push(`${line}\n`);
        if (rows.length === 0) return;
        await pglite.query(`COPY ${table} (${columns}) FROM '/dev/blob'`, [], {
          blob: new Blob(rows),
        });
      },
      release: async () => {},
    };
  }
  const client = await database.pool.connect();
  return {
    query: client.query.bind(client) as Queryable["query"],
    async copyOut(table, columns, sink) {
      for await (const chunk of client.query(copyTo(`COPY ${table} (${columns}) TO STDOUT`)))
        if (!sink.write(chunk)) await once(sink, "drain");
    },
    async copyIn(table, columns, lines) {
      const rows = Readable.from(withNewlines(lines));
      await pipeline(rows, client.query(copyFrom(`COPY ${table} (${columns}) FROM STDIN`)));
    },
    release: async () => client.release(),
  };
}

async function* withNewlines(lines: AsyncIterable<string>) {
  for await (const line of lines) yield `${line}\n`;
}
