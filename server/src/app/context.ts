import type { TeacherSignup } from "../core/config.js";
import type { Pool } from "../core/database.js";
import { type ContentCache, createContentCache } from "../content/content-cache.js";
import type { AssignmentsContext } from "../modules/assignments/assignments.resolver.js";
import type { AttemptsContext } from "../modules/attempts/attempts.resolver.js";
import type { AuthoringContext } from "../modules/authoring/authoring.resolver.js";
import type { TeacherUndoContext } from "../modules/attempts/teacher-undo.resolver.js";
import type { ClassesContext } from "../modules/classes/classes.resolver.js";
import type { DocumentsContext } from "../modules/documents/documents.resolver.js";
import type { ExercisesContext } from "../modules/exercises/exercises.resolver.js";
import type { LessonsContext } from "../modules/lessons/lessons.resolver.js";
import type { LiveContext } from "../modules/live/live.resolver.js";
import type { QuestionsContext } from "../modules/questions/questions.context.js";
import type { ResultsContext } from "../modules/results/results.resolver.js";
import type { SessionCookies } from "../modules/users/sessions.service.js";
import type { UsersContext } from "../modules/users/users.resolver.js";
import type { Viewer } from "../modules/users/viewer.js";
import { createLoaders, type Loaders } from "./loaders.js";

/**
 * What every resolver gets: the database, the viewer, and DataLoaders made new for each request.
 * It extends what each feature's resolvers declare they need, so the compiler checks that it
 * gives every feature enough; features themselves never import this file.
 */
export interface Context
  extends
    UsersContext,
    ClassesContext,
    AssignmentsContext,
    AttemptsContext,
    TeacherUndoContext,
    ResultsContext,
    AuthoringContext,
    DocumentsContext,
    QuestionsContext,
    ExercisesContext,
    LessonsContext,
    LiveContext {
  /** The pool: queries go straight to it; a transaction takes one client from it. */
  db: Pool;
  loaders: Loaders;
  viewer: Viewer | null;
  /** The client's address, for rate limits. */
  clientAddress: string;
  cookies: SessionCookies;
  /** Marks the answer as depending on more than the content: the cache of anonymous reads never keeps it. */
  noStore: () => void;
  settings: ContextSettings;
  /** Public content cached across requests (per process, per content version). */
  contentCache: ContentCache;
}

export interface ContextSettings {
  sessionIdleSeconds: number;
  teacherSignup: TeacherSignup;
  /** The IANA time zone of the times in the results CSV (config CSV_TIME_ZONE). */
  csvTimeZone: string;
}

export function createContext(
  db: Pool,
  viewer: Viewer | null = null,
  options: {
    clientAddress?: string;
    cookies?: SessionCookies;
    noStore?: () => void;
    settings?: ContextSettings;
    contentCache?: ContentCache;
  } = {},
): Context {
  return {
    db,
    viewer,
    clientAddress: options.clientAddress ?? "local",
    cookies: options.cookies ?? { set() {}, clear() {} },
    noStore: options.noStore ?? (() => {}),
    settings: options.settings ?? DEFAULT_SETTINGS,
    contentCache: options.contentCache ?? createContentCache(db),
    loaders: createLoaders(db, viewer),
  };
}

export const DEFAULT_SETTINGS: ContextSettings = {
  sessionIdleSeconds: 14 * 24 * 3600,
  teacherSignup: { mode: "open" },
  csvTimeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
};
