import type { Pool } from "../../core/database.js";

/** The signed-in user a request acts for, with the session it came with. */
export interface Viewer {
  id: string;
  role: "TEACHER" | "STUDENT";
  displayName: string;
  email: string | null;
  signInCode: string | null;
  guest: boolean;
  sessionId: string;
}

/**
 * What a service is given instead of the GraphQL context, so an HTTP route or a CLI calls it
 * the same way: the database, who asks (null when anonymous), and the per-request loaders it
 * reads through. Each service names the loaders it needs.
 */
export interface ServiceDeps<Loaders = unknown> {
  db: Pool;
  viewer: Viewer | null;
  loaders: Loaders;
}
