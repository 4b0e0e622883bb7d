import crypto from "node:crypto";
import { withConnection } from "../../server/src/core/database.js";

/**
 * A new database beside the one an admin URL names (tests, the benchmark), empty or a copy of
 * `template`: its URL, and a function that drops it.
 */
export async function createScratchDatabase(
  adminUrl: string,
  prefix: string,
  options: { template?: string } = {},
): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `${prefix}_${crypto.randomBytes(6).toString("hex")}`;
  const copy = options.template ? ` TEMPLATE ${options.template}` : "";
  await withConnection(adminUrl, (admin) => admin.query(`CREATE DATABASE ${name}${copy}`));
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      await withConnection(adminUrl, (admin) =>
        admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
      );
    },
  };
}
