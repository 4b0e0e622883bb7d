import type { Request, Response } from "express";
import { createLoaders } from "../app/loaders.js";
import type { Pool } from "../core/database.js";
import {
  exportMyData,
  exportStudentOfClass,
  type StudentExport,
} from "../modules/privacy/export.service.js";
import { viewerFromToken } from "../modules/users/sessions.service.js";
import { tokenFromRequest } from "./session-cookie.js";

/**
 * GET /api/me/export.json — everything held about the signed-in user (401 when anonymous).
 * GET /api/classes/:classId/students/:studentId/export.json — what a class holds about one of its
 * students, for its teacher or that student (privacy.canExportStudent); anyone else gets 404.
 * Both are attachments and never cached.
 */
export function studentExportHandler(
  pool: Pool,
  settings: { sessionIdleSeconds: number },
  which: "me" | "student",
) {
  return async (req: Request, res: Response) => {
    const viewer = await viewerFromToken(pool, tokenFromRequest(req), settings.sessionIdleSeconds);
    const deps = { db: pool, viewer, loaders: createLoaders(pool, viewer) };
    const data: StudentExport | null =
      which === "me"
        ? await exportMyData(deps)
        : await exportStudentOfClass(
            deps,
            String(req.params.classId),
            String(req.params.studentId),
          );
    res.set("cache-control", "no-store");
    if (!data) {
      res
        .status(which === "me" && !viewer ? 401 : 404)
        .type("text/plain")
        .send(which === "me" ? "Sign in to download your data." : "Not found");
      return;
    }
    const name = `student-data-${data.profile.id as string}.json`;
    res
      .status(200)
      .type("application/json; charset=utf-8")
      .set("content-disposition", `attachment; filename="${name}"`)
      .send(JSON.stringify(data, null, 2));
  };
}
