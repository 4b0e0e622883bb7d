import "reflect-metadata";
import { loadConfig } from "../core/config.js";
import { openDatabase, withTransaction } from "../core/database.js";
import { prepareDatabase } from "../app/startup.js";
import { rotateToolKeys } from "../modules/lti/tool-keys.service.js";

/** Adds a new LTI signing key; the old ones stay in /lti/jwks for a day. */
async function main(): Promise<number> {
  const config = loadConfig();
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    await prepareDatabase(database.pool, { lessonsDir: "", syncContent: false });
    const { kid, retired, deleted } = await withTransaction(database.pool, rotateToolKeys);
    console.log(`new signing key ${kid}`);
    for (const old of retired) console.log(`retired ${old} (published until a day from now)`);
    for (const gone of deleted) console.log(`deleted ${gone} (retired over a day ago)`);
    return 0;
  } finally {
    await database.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`lti:rotate-keys: ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  },
);
