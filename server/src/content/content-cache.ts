import type { Queryable } from "../core/database.js";
import { selectContentVersion } from "./content-version.sql.js";

/** How stale a server's view of the content may be after another process re-syncs it. */
const VERSION_CHECK_MS = 1_000;

export interface ContentCache {
  /** The value for a key, loaded once per content version (public content only, never personal data). */
  get<T>(key: string, load: () => Promise<T>): Promise<T>;
  /** The content version as this process last saw it (checked at most once a second). */
  version(): Promise<string>;
  /** The version without waiting: null when it is due for a check (then ask `version()`). */
  knownVersion(): string | null;
}

/**
 * A per-process cache of public content (item keys, options, paragraph texts), dropped whenever
 * the content version in the database changes: every server checks it at most once a second.
 */
export function createContentCache(db: Queryable): ContentCache {
  let version: string | null = null;
  let checkedAt = 0;
  let checking: Promise<void> | null = null;
  let store = new Map<string, Promise<unknown>>();

  const refresh = async () => {
    const current = await selectContentVersion(db);
    if (current !== version) {
      version = current;
      store = new Map();
    }
    checkedAt = Date.now();
  };

  const fresh = async () => {
    if (Date.now() - checkedAt >= VERSION_CHECK_MS) {
      checking ??= refresh().finally(() => (checking = null));
      await checking;
    }
  };

  return {
    async version() {
      await fresh();
      return version ?? "0";
    },
    knownVersion() {
      return Date.now() - checkedAt < VERSION_CHECK_MS ? (version ?? "0") : null;
    },
    async get<T>(key: string, load: () => Promise<T>): Promise<T> {
      await fresh();
      let value = store.get(key) as Promise<T> | undefined;
      if (!value) {
        value = load();
        store.set(key, value);
        const owner = store;
        value.catch(() => owner.delete(key));
      }
      return value;
    },
  };
}
