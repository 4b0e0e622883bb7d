import "reflect-metadata";
import { parseArgs } from "node:util";
import { loadConfig } from "../core/config.js";
import { openDatabase, withTransaction } from "../core/database.js";
import { prepareDatabase } from "../app/startup.js";
import {
  addPlatform,
  listPlatforms,
  PlatformInputError,
  removePlatform,
} from "../modules/lti/platforms.service.js";

const USAGE = `usage:
  npm run lti:platform -- add --issuer URL --client-id ID --auth-url URL --token-url URL --jwks-url URL --deployment-id ID [--deployment-id ID …]
  npm run lti:platform -- list
  npm run lti:platform -- remove --issuer URL [--client-id ID]`;

const OPTIONS = {
  issuer: { type: "string" },
  "client-id": { type: "string" },
  "auth-url": { type: "string" },
  "token-url": { type: "string" },
  "jwks-url": { type: "string" },
  "deployment-id": { type: "string", multiple: true },
} as const;

async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const command = positionals[0];
  if (positionals.length !== 1 || !["add", "list", "remove"].includes(command!)) {
    console.error(USAGE);
    return 2;
  }
  if (command === "remove" && !values.issuer) {
    console.error(`remove needs --issuer\n${USAGE}`);
    return 2;
  }
  const config = loadConfig();
  // The embedded database refuses here (DataDirLockedError) while a server holds it.
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    await prepareDatabase(database.pool, { lessonsDir: "", syncContent: false });
    if (command === "list") {
      const platforms = await listPlatforms(database.pool);
      if (platforms.length === 0) console.log("no platforms registered");
      for (const p of platforms)
        console.log(
          `${p.issuer}  client ${p.clientId}  deployments ${p.deploymentIds.join(", ")}\n` +
            `  auth ${p.authLoginUrl}\n  token ${p.tokenUrl}\n  jwks ${p.jwksUrl}`,
        );
      return 0;
    }
    if (command === "remove") {
      const removed = await removePlatform(
        database.pool,
        values.issuer!,
        values["client-id"] ?? null,
      );
      if (removed === 0) {
        console.error(
          `no platform ${values.issuer}${values["client-id"] ? ` with client id ${values["client-id"]}` : ""} is registered`,
        );
        return 1;
      }
      console.log(
        `removed ${removed} platform registration${removed === 1 ? "" : "s"} of ${values.issuer}`,
      );
      return 0;
    }
    const { platform, created } = await withTransaction(database.pool, (client) =>
      addPlatform(client, {
        issuer: values.issuer,
        clientId: values["client-id"],
        authLoginUrl: values["auth-url"],
        tokenUrl: values["token-url"],
        jwksUrl: values["jwks-url"],
        deploymentIds: values["deployment-id"] ?? [],
      }),
    );
    console.log(
      `${created ? "added" : "updated"} ${platform.issuer} (client ${platform.clientId}); deployments: ${platform.deploymentIds.join(", ")}`,
    );
    return 0;
  } catch (error) {
    if (error instanceof PlatformInputError) {
      console.error(`lti:platform: ${error.message}`);
      return 1;
    }
    throw error;
  } finally {
    await database.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error) => {
    console.error(`lti:platform: ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  },
);
