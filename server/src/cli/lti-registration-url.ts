import "reflect-metadata";
import { parseArgs } from "node:util";
import { prepareDatabase } from "../app/startup.js";
import { loadConfig } from "../core/config.js";
import { openDatabase } from "../core/database.js";
import { newRegistrationUrl, REGISTRATION_URL_DAYS } from "../modules/lti/registration.service.js";

const USAGE = `usage: npm run lti:registration-url [-- --days N]
  prints a single-use LTI Dynamic Registration URL for an LMS administrator
  (PUBLIC_URL/lti/register?tool_token=…), valid for ${REGISTRATION_URL_DAYS} days unless --days says otherwise`;

async function main(argv: string[]): Promise<number> {
  let days = REGISTRATION_URL_DAYS;
  try {
    const { values } = parseArgs({
      args: argv,
      options: { days: { type: "string" } },
      strict: true,
    });
    if (values.days !== undefined) {
      days = Number(values.days);
      if (!Number.isInteger(days) || days < 1 || days > 90)
        throw new Error(`--days must be a whole number from 1 to 90, got "${values.days}"`);
    }
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const config = loadConfig();
  const origin = config.publicUrl ?? `http://localhost:${config.port}`;
  // The embedded database refuses here (DataDirLockedError) while a server holds it.
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    await prepareDatabase(database.pool, { lessonsDir: "", syncContent: false });
    const { url, expiresAt } = await newRegistrationUrl(database.pool, origin, days);
    console.log(url);
    console.error(
      `single use, valid until ${expiresAt.toISOString()}: paste it as the tool URL in the LMS's dynamic registration` +
        (config.publicUrl ? "" : " (PUBLIC_URL is unset: the URL names localhost)"),
    );
    return 0;
  } finally {
    await database.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error) => {
    console.error(`lti:registration-url: ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  },
);
