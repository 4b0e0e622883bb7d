import type { Request, Response } from "express";
import type { Pool } from "../core/database.js";
import { createDocumentLoaders } from "../modules/documents/documents.loaders.js";
import { exportDocument } from "../modules/documents/exports.service.js";

/** GET /api/documents/{slug}.tei.xml and /api/documents/{slug}.txt: public (documents.anyone). */
export const DOCUMENT_EXPORT_ROUTE = /^\/api\/documents\/([^/]+?)\.(tei\.xml|txt)$/;

/**
 * A document as TEI P5 XML (application/tei+xml) or as the author's words in plain text; 404 for
 * a slug no document has. Anyone may download either.
 */
export function documentExportHandler(pool: Pool) {
  return async (req: Request, res: Response) => {
    const match = DOCUMENT_EXPORT_ROUTE.exec(req.path);
    const format = match?.[2] === "tei.xml" ? "tei.xml" : "txt";
    const doc = match ? await exportDocument(createDocumentLoaders(pool), match[1], format) : null;
    if (!match || !doc) {
      res.status(404).type("text/plain").send("Not found");
      return;
    }
    const tei = format === "tei.xml";
    res
      .status(200)
      .type(tei ? "application/tei+xml; charset=utf-8" : "text/plain; charset=utf-8")
      .set("content-disposition", `inline; filename="${doc.slug}.${format}"`)
      .set("cache-control", "no-cache")
      .send(doc.body);
  };
}
