import { createEmptyPostgresDatabase } from "./databases.js";
import { type ServerProcess, startServerProcess } from "./server-process.js";

export interface TwoServers {
  a: ServerProcess;
  b: ServerProcess;
  /** The fresh PostgreSQL database both serve. */
  url: string;
  /** Stops both servers and drops the database. */
  stop(): Promise<void>;
}

/** Two real server processes sharing one fresh PostgreSQL database, as a school might run them. */
export async function startTwoServers(): Promise<TwoServers> {
  const db = await createEmptyPostgresDatabase();
  const [a, b] = await Promise.all([
    startServerProcess({ DATABASE_URL: db.url }),
    startServerProcess({ DATABASE_URL: db.url }),
  ]);
  return {
    a,
    b,
    url: db.url,
    async stop() {
      await Promise.all([a.stop(), b.stop()]);
      await db.drop();
    },
  };
}
