import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  launchLighthouseChrome,
  lighthouseTable,
  type LighthouseChrome,
  type LighthouseFigures,
  measureRoute,
  publicRoutes,
} from "../support/lighthouse.js";
import { createScratchDatabase } from "../support/scratch-database.js";
import { type ServerProcess, startServerProcess } from "../support/server-process.js";
import { ROOT } from "../support/server.js";

const ADMIN_URL = process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";

/** What every public route must reach in Lighthouse's mobile run (median of three). */
const TARGET = { score: 98, others: 100, lcp: 1800, cls: 0.02, tbt: 50 };

function shortfalls(f: LighthouseFigures): string[] {
  return [
    f.performance < TARGET.score && `performance ${f.performance}`,
    f.accessibility < TARGET.others && `accessibility ${f.accessibility}`,
    f.bestPractices < TARGET.others && `best practices ${f.bestPractices}`,
    f.seo < TARGET.others && `SEO ${f.seo}`,
    f.lcp > TARGET.lcp && `LCP ${Math.round(f.lcp)} ms`,
    f.cls > TARGET.cls && `CLS ${f.cls.toFixed(3)}`,
    f.tbt > TARGET.tbt && `TBT ${Math.round(f.tbt)} ms`,
    ...f.bfcacheBlockers.map((reason) => `kept out of the back/forward cache: ${reason}`),
  ].filter((s): s is string => typeof s === "string");
}

describe("Lighthouse on every public route and the player (mobile, simulated throttling)", () => {
  let server: ServerProcess;
  let chrome: LighthouseChrome;
  let drop: () => Promise<void>;
  beforeAll(async () => {
    if (!fs.existsSync(`${ROOT}client/dist/.vite/manifest.json`))
      throw new Error("the client is not built: run `npm run build` first");
    const database = await createScratchDatabase(ADMIN_URL, "lighthouse");
    drop = database.drop;
    server = await startServerProcess({ DATABASE_URL: database.url, NODE_ENV: "production" });
    chrome = await launchLighthouseChrome();
  });
  afterAll(async () => {
    await chrome?.close();
    await server?.stop();
    await drop?.();
  });

  it(`scores ≥ ${TARGET.score} for performance and 100 for the rest, LCP ≤ 1.8 s, CLS ≤ 0.02, TBT ≤ 50 ms`, async () => {
    const rows: Array<{ route: string } & LighthouseFigures> = [];
    const failures: string[] = [];
    for (const route of await publicRoutes(server.url)) {
      const figures = await measureRoute(chrome, server.url, route);
      rows.push({ route: route.name, ...figures });
      const short = shortfalls(figures);
      if (short.length > 0)
        failures.push(`${route.name}: ${short.join(", ")} (losing: ${figures.failing.join("; ")})`);
    }
    console.log(lighthouseTable(rows));
    expect(rows.length).toBeGreaterThanOrEqual(8);
    expect(failures).toEqual([]);
  });
});
