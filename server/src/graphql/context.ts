import type { Queryable } from "../db/database.js";
import { createDocumentLoaders, type DocumentLoaders } from "../modules/documents/documents.loaders.js";
import { type ContentLoaders, createContentLoaders } from "../modules/lessons/lessons.loaders.js";

export interface Loaders {
  documents: DocumentLoaders;
  content: ContentLoaders;
}

/** What every resolver gets: the database, and DataLoaders made new for each request. */
export interface Context {
  db: Queryable;
  loaders: Loaders;
}

export function createContext(db: Queryable): Context {
  return { db, loaders: { documents: createDocumentLoaders(db), content: createContentLoaders(db) } };
}
