import type { Request, Response } from "express";
import type { ContentCache } from "../content/content-cache.js";
import type { Pool } from "../core/database.js";
import { createLoaders } from "../app/loaders.js";
import { misconceptionsTable } from "../modules/results/misconceptions-table.service.js";
import { classResultsTable, type ResultsTable } from "../modules/results/results-table.service.js";
import { viewerFromToken } from "../modules/users/sessions.service.js";
import { toCsv } from "./csv.js";
import { tokenFromRequest } from "./session-cookie.js";

/**
 * GET /api/assignments/:id/results.csv — the class's results for whom results.canSeeClassResults
 * allows (the assignment's teacher): one row per student who joined, including those who never
 * started. Anyone else gets 404. `?lesson=<slug>`: an earlier version of a teacher's set that
 * some of its attempts began on (404 for any other lesson).
 *
 * GET /api/assignments/:id/misconceptions.csv — the same gate and CSV rules, with the table of
 * the class's misconceptions (`resultsCsvHandler(…, misconceptionsTable)`).
 */
export function resultsCsvHandler(
  pool: Pool,
  settings: { sessionIdleSeconds: number; csvTimeZone: string },
  contentCache: ContentCache,
  /** Which table: the results (default) or the misconceptions (misconceptionsTable). */
  tableOf: typeof classResultsTable = classResultsTable,
) {
  return async (req: Request, res: Response) => {
    const viewer = await viewerFromToken(pool, tokenFromRequest(req), settings.sessionIdleSeconds);
    const table: ResultsTable | null = await tableOf(
      { db: pool, viewer, loaders: createLoaders(pool, viewer), contentCache },
      String(req.params.id),
      typeof req.query.lesson === "string" ? req.query.lesson : null,
    );
    if (!table) {
      res.status(404).type("text/plain").send("Not found");
      return;
    }
    res
      .status(200)
      .type("text/csv; charset=utf-8")
      .set("content-disposition", `attachment; filename="${table.name}.csv"`)
      .set("cache-control", "no-store")
      .send(toCsv([table.header, ...table.rows], { timeZone: settings.csvTimeZone }));
  };
}

export { misconceptionsTable };
