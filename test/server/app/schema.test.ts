import fs from "node:fs";
import { buildSchema, findBreakingChanges, printSchema } from "graphql";
import { describe, expect, it } from "vitest";
import { buildAppSchema } from "../../../server/src/app/schema.js";
import { ROOT } from "../../support/server.js";

const read = (file: string) => fs.readFileSync(`${ROOT}${file}`, "utf8");

describe("the served schema", () => {
  it("is the committed server/schema.graphql (run `npm run schema:print` after changing types)", async () => {
    expect(printSchema(await buildAppSchema()) + "\n").toBe(read("server/schema.graphql"));
  });

  it("breaks nothing of the published contract", async () => {
    const contract = buildSchema(read("server/contract.graphql"));
    const changes = findBreakingChanges(contract, await buildAppSchema());
    expect(changes.map((change) => change.description)).toEqual([]);
  });
});

describe("the project's own copies of shared material", () => {
  const shared = `${ROOT}../shared`;
  const copies: Array<[string, string]> = [
    ["server/contract.graphql", "api/contract.graphql"],
    [
      "lessons/documents/puzanov-kim-il-sung-1957-11-13.txt",
      "source/puzanov-kim-il-sung-1957-11-13.txt",
    ],
    ...[
      "mikoyan-telegram-1956-09-17",
      "ponomarev-telegram-1956-09-26",
      "zhang-wentian-yudin-1958-01-23",
    ].map((slug): [string, string] => [`lessons/documents/${slug}.txt`, `sources/${slug}.txt`]),
  ];
  // A new user's clone has no ../shared; CI always has it, so there the check must run.
  it.runIf(fs.existsSync(shared) || process.env.CI === "true").each(copies)(
    "%s equals ../shared/%s",
    (copy, original) => {
      expect(fs.readFileSync(`${ROOT}${copy}`)).toEqual(fs.readFileSync(`${shared}/${original}`));
    },
  );
});
