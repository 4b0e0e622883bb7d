import path from "node:path";
import { InvalidContentError } from "../content/content-problems.js";
import { builtInDocumentDirs, loadBuiltInDocument } from "../content/documents/annotations.js";
import {
  type SaveResult,
  syncBuiltInDocument,
} from "../content/documents/document-import.service.js";
import { loadContent } from "../content/lessons/load-content.js";
import type { LoadedContent } from "../content/lessons/content.types.js";
import { type ContentSyncResult, syncContent } from "../content/lessons/content-sync.service.js";
import type { Pool } from "../core/database.js";
import { migrate } from "../core/migrate.js";
import { ensureToolKey } from "../modules/lti/tool-keys.service.js";

/** Every server (and CLI) takes this session-level lock for migrations and content sync. */
const STARTUP_LOCK_KEY = 7_120_113_957;

export interface StartupReport {
  migrations: string[];
  documents: SaveResult[];
  content: ContentSyncResult | null;
}

/**
 * Migrates the database and syncs the built-in content, under one advisory lock so servers
 * starting together on one database take turns. Content is validated before anything is
 * written; invalid content stops the start with every problem listed.
 */
export async function prepareDatabase(
  pool: Pool,
  options: { lessonsDir: string; syncContent?: boolean },
): Promise<StartupReport> {
  const sync = options.syncContent !== false;
  const builtIns = sync
    ? builtInDocumentDirs(path.join(options.lessonsDir, "documents")).map((dir) =>
        loadBuiltInDocument(dir),
      )
    : [];
  const content = sync ? await loadValidContent(options.lessonsDir) : null;
  const client = await pool.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [STARTUP_LOCK_KEY]);
    try {
      const migrations = await migrate(client);
      await client.query("BEGIN");
      try {
        const documents: SaveResult[] = [];
        for (const document of builtIns)
          documents.push(await syncBuiltInDocument(client, document));
        const contentResult = content ? await syncContent(client, content) : null;
        // The LTI tool's first signing key, made once under the lock.
        await ensureToolKey(client);
        await client.query("COMMIT");
        return { migrations, documents, content: contentResult };
      } catch (error) {
        await client.query("ROLLBACK").catch(() => {});
        throw error;
      }
    } finally {
      await client.query("SELECT pg_advisory_unlock($1)", [STARTUP_LOCK_KEY]).catch(() => {});
    }
  } finally {
    client.release();
  }
}

async function loadValidContent(lessonsDir: string): Promise<LoadedContent> {
  const { content, problems } = await loadContent(lessonsDir);
  if (problems.length > 0) throw new InvalidContentError(problems);
  return content;
}
