import type { Queryable } from "../../core/database.js";
import type { Listen } from "../../core/notifications.js";
import { sessionFromToken } from "./sessions.service.js";
import type { Viewer } from "./viewer.js";

/** The channel db/migrations/0030 notifies, with a user's id, when their sessions or row change. */
export const SESSION_CHANGES = "session_changes";
/** A looked-up session is trusted this long, unless a notification says otherwise sooner. */
const KEEP_MS = 30_000;
const MAX_ENTRIES = 20_000;

export interface SessionCache {
  /** As viewerFromToken, from memory when this token was looked up in the last 30 seconds. */
  viewerFromToken(token: string | null, idleSeconds: number): Promise<Viewer | null>;
  /** Drops one token's entry here at once (this server's own sign-out; others hear the NOTIFY). */
  forget(token: string | null): void;
  /** Drops every entry here at once (after a change to sessions or accounts on this server). */
  forgetAll(): void;
  /** Ends the subscription and empties the cache. */
  close(): Promise<void>;
}

interface Entry {
  viewer: Viewer;
  until: number;
}

/**
 * Session lookups kept in memory per server, so an autosave is one SQL statement, not two.
 * Every server LISTENs on the database: sign-out, revocation and any change to a user (triggers
 * of migration 0030) evict that user's entries on every server within the time a NOTIFY takes.
 * While the subscription is not in place (starting, connection lost) nothing is kept, and a
 * lookup that a notification overtook is not kept either.
 */
export function createSessionCache(db: Queryable, listen: Listen): SessionCache {
  const entries = new Map<string, Entry>();
  let listening = false;
  let generation = 0;
  const forgetAll = () => {
    generation++;
    entries.clear();
  };
  const unlisten = listen(SESSION_CHANGES, {
    onNotify(userId) {
      generation++;
      for (const [token, entry] of entries) if (entry.viewer.id === userId) entries.delete(token);
    },
    onListening: () => (listening = true),
    onLost() {
      listening = false;
      forgetAll();
    },
  });
  return {
    async viewerFromToken(token, idleSeconds) {
      const now = Date.now();
      const cached = token ? entries.get(token) : undefined;
      if (cached && cached.until > now) return cached.viewer;
      if (cached) entries.delete(token!);
      const seenGeneration = generation;
      const session = await sessionFromToken(db, token, idleSeconds);
      if (!session || !listening || generation !== seenGeneration) return session?.viewer ?? null;
      // Never past the moment the session would have expired unused.
      const idleLeftMs = (idleSeconds - session.idleSeconds) * 1000;
      if (entries.size >= MAX_ENTRIES) entries.delete(entries.keys().next().value!);
      entries.set(token!, { viewer: session.viewer, until: now + Math.min(KEEP_MS, idleLeftMs) });
      return session.viewer;
    },
    forgetAll,
    forget(token) {
      generation++;
      if (token) entries.delete(token);
    },
    async close() {
      await unlisten();
      forgetAll();
    },
  };
}
