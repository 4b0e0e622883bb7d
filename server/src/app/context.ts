import type { TeacherSignup } from "../core/config.js";
import type { Pool } from "../core/database.js";
import { createDocumentLoaders, type DocumentLoaders } from "../modules/documents/documents.loaders.js";
import { type ContentLoaders, createContentLoaders } from "../modules/lessons/lessons.loaders.js";
import { type AttemptLoaders, createAttemptLoaders } from "../modules/attempts/attempts.loaders.js";
import { type ClassLoaders, createClassLoaders } from "../modules/classes/classes.loaders.js";
import { type ContentCache, createContentCache } from "../content/content-cache.js";
import type { Viewer } from "../modules/users/sessions.service.js";

export interface Loaders {
  documents: DocumentLoaders;
  content: ContentLoaders;
  attempts: AttemptLoaders;
  classes: ClassLoaders;
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
  /** The session token the request carried (to hand back when a signed-in student joins a class). */
  bearerToken: string | null;
  /** The client's address, for rate limits. */
  clientAddress: string;
  cookies: SessionCookies;
  settings: ContextSettings;
  /** Public content cached across requests (per process, per content version). */
  contentCache: ContentCache;
}

export interface ContextSettings {
  sessionIdleSeconds: number;
  teacherSignup: TeacherSignup;
}

export function createContext(
  db: Pool,
  viewer: Viewer | null = null,
  options: {
    clientAddress?: string;
    cookies?: SessionCookies;
    settings?: ContextSettings;
    contentCache?: ContentCache;
    bearerToken?: string | null;
  } = {},
): Context {
  return {
    db,
    viewer,
    bearerToken: viewer ? (options.bearerToken ?? null) : null,
    clientAddress: options.clientAddress ?? "local",
    cookies: options.cookies ?? { set() {}, clear() {} },
    settings: options.settings ?? DEFAULT_SETTINGS,
    contentCache: options.contentCache ?? createContentCache(db),
    loaders: { documents: createDocumentLoaders(db), content: createContentLoaders(db), attempts: createAttemptLoaders(db), classes: createClassLoaders(db) },
  };
}

export const DEFAULT_SETTINGS: ContextSettings = { sessionIdleSeconds: 14 * 24 * 3600, teacherSignup: { mode: "open" } };
