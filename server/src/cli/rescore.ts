// npm run rescore -- --lesson SLUG: re-scores the stored answers to a lesson's items with the
// current keys (content is synced first), in one transaction, and reports what changed.
// Idempotent: a second run reports nothing changed. On the embedded database it refuses while a
// server holds DATA_DIR (stop the server first, or use DATABASE_URL).
import "reflect-metadata";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { prepareDatabase } from "../app/startup.js";
import { createLoaders } from "../app/loaders.js";
import { createContentCache } from "../content/content-cache.js";
import { loadConfig } from "../core/config.js";
import { openDatabase, withTransaction } from "../core/database.js";
import { rescoreLesson } from "../modules/attempts/rescore.service.js";

const USAGE = "usage: npm run rescore -- --lesson SLUG";
const ROOT = fileURLToPath(new URL("../../../", import.meta.url));

function lessonArg(argv: string[]): string | null {
  const at = argv.indexOf("--lesson");
  const rest = argv.filter((_, i) => i !== at && i !== at + 1);
  if (at < 0 || !argv[at + 1] || argv[at + 1]!.startsWith("--") || rest.length > 0) return null;
  return argv[at + 1]!;
}

async function main(argv: string[]): Promise<number> {
  const slug = lessonArg(argv);
  if (slug === null) {
    console.error(USAGE);
    return 2;
  }
  const config = loadConfig();
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    await prepareDatabase(database.pool, { lessonsDir: path.join(ROOT, "lessons") });
    const result = await withTransaction(database.pool, (client) =>
      rescoreLesson(
        {
          db: client,
          loaders: createLoaders(client, null),
          contentCache: createContentCache(client),
        },
        slug,
      ),
    );
    let changed = 0;
    for (const item of result.items) {
      changed += item.changed;
      if (item.changed || item.reworded)
        console.log(
          `${item.label}: ${item.changed} of ${item.responses} responses changed score` +
            (item.reworded ? `, ${item.reworded} changed feedback only` : ""),
        );
    }
    const responses = result.items.reduce((n, item) => n + item.responses, 0);
    console.log(
      changed || result.items.some((item) => item.reworded)
        ? `rescored ${slug}: ${changed} responses changed score in ${result.changedAttemptIds.length} attempts (${responses} responses checked)`
        : `rescored ${slug}: nothing changed (${responses} responses checked)`,
    );
    return 0;
  } finally {
    await database.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error) => {
    console.error(`rescore: ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  },
);
