import type { Request, Response } from "express";
import type { Pool } from "../core/database.js";
import { createContext, type ContextSettings } from "../app/context.js";
import { encodeId } from "../core/ids.js";
import { visibleAssignment } from "../modules/assignments/assignments.service.js";
import { attemptScore, responseScore } from "../modules/attempts/response-score.js";
import { loadClassResults } from "../modules/grading/class-results.service.js";
import type { ContentCache } from "../content/content-cache.js";
import { viewerFromToken } from "../modules/users/sessions.service.js";
import { type CsvCell, toCsv } from "./csv.js";
import { tokenFromRequest } from "./session-cookie.js";

/** "Q3 Who kept this copy of the" — the item's number and the first words of its prompt, on one line. */
export function columnTitle(index: number, prompt: string): string {
  const words = prompt.replace(/\s+/g, " ").trim().split(" ");
  const head = words.slice(0, 6).join(" ");
  return `Q${index + 1} ${words.length > 6 ? `${head}…` : head}`;
}

/**
 * GET /api/assignments/:id/results.csv — the class's results for the assignment's teacher:
 * one row per student who joined, including those who never started. Anyone else gets 404.
 */
export function resultsCsvHandler(pool: Pool, settings: ContextSettings, contentCache: ContentCache) {
  return async (req: Request, res: Response) => {
    const viewer = await viewerFromToken(pool, tokenFromRequest(req), settings.sessionIdleSeconds);
    const context = createContext(pool, viewer, { settings, contentCache });
    const found = await visibleAssignment(context, String(req.params.id));
    if (!found || found.relation !== "teacher") {
      res.status(404).type("text/plain").send("Not found");
      return;
    }
    const [results, students, lesson] = await Promise.all([
      loadClassResults(context, found.assignment),
      context.loaders.classes.studentsByClass.load(found.classRow.id),
      context.loaders.content.lessonById.load(found.assignment.lessonId),
    ]);
    const maxScore = results.items.reduce((sum, item) => sum + item.points, 0);
    const header = ["Student", "Student ID", "Status", "Started", "Submitted", ...results.items.map((item, i) => columnTitle(i, results.prompts.get(item.itemId) ?? "")), "Total", "Max"];
    const rows: CsvCell[][] = students.map((student) => {
      const attempt = results.attempts.find((a) => a.studentId === student.id);
      const responses = attempt ? (results.responses.get(attempt.id) ?? []) : [];
      const byItem = new Map(responses.map((r) => [r.itemId, r]));
      const submitted = attempt?.status === "SUBMITTED";
      const status = !attempt ? "not started" : !submitted ? "in progress" : attempt.late ? "late" : "submitted";
      const cells = results.items.map((item) => {
        const response = byItem.get(item.itemId);
        return response ? responseScore(response) : submitted ? 0 : null;
      });
      const total = attempt ? attemptScore(submitted, results.items.map((i) => i.itemId), responses) : null;
      return [student.displayName, encodeId("User", student.id), status, attempt?.startedAt.toISOString() ?? null, attempt?.submittedAt?.toISOString() ?? null, ...cells, total, maxScore];
    });
    const filename = `${lesson?.slug ?? "lesson"}-${found.classRow.name}`.replace(/[^A-Za-z0-9-]+/g, "-").replace(/^-|-$/g, "") || "results";
    res
      .status(200)
      .type("text/csv; charset=utf-8")
      .set("content-disposition", `attachment; filename="${filename}.csv"`)
      .set("cache-control", "no-store")
      .send(toCsv([header, ...rows]));
  };
}
