import type { Pool } from "../db/database.js";
import { createDocumentLoaders, type DocumentLoaders } from "../modules/documents/documents.loaders.js";
import { type ContentLoaders, createContentLoaders } from "../modules/lessons/lessons.loaders.js";
import { type AttemptLoaders, createAttemptLoaders } from "../modules/attempts/attempts.loaders.js";
import { type ContentCache, createContentCache } from "../modules/lessons/content-cache.js";
import type { Viewer } from "../modules/users/sessions.service.js";

export interface Loaders {
  documents: DocumentLoaders;
  content: ContentLoaders;
  attempts: AttemptLoaders;
}

/** What the HTTP layer lets resolvers do to the response: the session cookie. */
export interface SessionCookies {
  set(token: string): void;
  clear(): void;
}

/** What every resolver gets: the database, the viewer, and DataLoaders made new for each request. */
export interface Context {
  /** The pool: queries go straight to it; a transaction takes one client from it. */
  db: Pool;
  loaders: Loaders;
  viewer: Viewer | null;
  /** The client's address, for rate limits. */
  clientAddress: string;
  cookies: SessionCookies;
  settings: ContextSettings;
  /** Public content cached across requests (per process, per content version). */
  contentCache: ContentCache;
}

export interface ContextSettings {
  sessionIdleSeconds: number;
}

export function createContext(
  db: Pool,
  viewer: Viewer | null = null,
  options: { clientAddress?: string; cookies?: SessionCookies; settings?: ContextSettings; contentCache?: ContentCache } = {},
): Context {
  return {
    db,
    viewer,
    clientAddress: options.clientAddress ?? "local",
    cookies: options.cookies ?? { set() {}, clear() {} },
    settings: options.settings ?? { sessionIdleSeconds: DEFAULT_SESSION_IDLE_SECONDS },
    contentCache: options.contentCache ?? createContentCache(db),
    loaders: { documents: createDocumentLoaders(db), content: createContentLoaders(db), attempts: createAttemptLoaders(db) },
  };
}

export const DEFAULT_SESSION_IDLE_SECONDS = 14 * 24 * 3600;
