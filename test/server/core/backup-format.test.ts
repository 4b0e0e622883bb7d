import { describe, expect, it } from "vitest";
import {
  BACKUP_FORMAT,
  copyFromStatement,
  parseHeader,
} from "../../../server/src/core/backup/backup-format.js";
import { dependencyOrder } from "../../../server/src/core/backup/catalog.js";

const header = {
  format: BACKUP_FORMAT,
  formatVersion: 1,
  migration: "0029",
  createdAt: "2026-12-05T00:00:00.000Z",
  tables: [{ name: "users", columns: ["id", "display_name"], rows: 2 }],
  sequences: [{ name: "users_id_seq", lastValue: "2", isCalled: true }],
};

describe("backup format", () => {
  it("reads its own header back, and names what is wrong with anything else", () => {
    expect(parseHeader(JSON.stringify(header))).toEqual(header);
    expect(() => parseHeader("COPY users FROM stdin;")).toThrow(/first line is not JSON/);
    expect(() => parseHeader(undefined)).toThrow(/not a backup/);
    expect(() => parseHeader(JSON.stringify({ format: "other" }))).toThrow(/no backup header/);
    expect(() => parseHeader(JSON.stringify({ ...header, formatVersion: 2 }))).toThrow(
      /backup format 2 is not one this version reads/,
    );
    expect(() =>
      parseHeader(JSON.stringify({ ...header, tables: [{ name: "users", rows: -1 }] })),
    ).toThrow(/header is damaged/);
  });

  it("opens each table's block as pg_dump does, identifiers quoted", () => {
    expect(copyFromStatement({ name: "users", columns: ["id", 'odd"name'] })).toBe(
      'COPY "users" ("id", "odd""name") FROM stdin;',
    );
  });

  it("orders tables after the tables they refer to, ties by name, and names a cycle", () => {
    const tables = ["responses", "attempts", "users", "classes", "lessons"].map((name) => ({
      name,
    }));
    const edges = [
      { child: "responses", parent: "attempts" },
      { child: "attempts", parent: "users" },
      { child: "attempts", parent: "lessons" },
      { child: "classes", parent: "users" },
    ];
    expect(dependencyOrder(tables, edges).map((t) => t.name)).toEqual([
      "lessons",
      "users",
      "attempts",
      "classes",
      "responses",
    ]);
    expect(() =>
      dependencyOrder(
        [{ name: "a" }, { name: "b" }, { name: "c" }],
        [
          { child: "a", parent: "b" },
          { child: "b", parent: "a" },
        ],
      ),
    ).toThrow("foreign keys form a cycle among: a, b");
  });
});
