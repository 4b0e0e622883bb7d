// Teachers' own question sets: creating, copying, saving drafts (refusing stale saves),
// archiving, sharing by link, importing. Publishing and assigning are in publish.service.ts.
import crypto from "node:crypto";
import { GraphQLError } from "graphql";
import { parse as parseYaml } from "yaml";
import { badUserInput, conflict, notFound } from "../../core/errors.js";
import { decodeId } from "../../core/ids.js";
import type { AssignmentLoaders } from "../assignments/assignments.loaders.js";
import type { ClassLoaders } from "../classes/classes.loaders.js";
import type { RelationLoader } from "../classes/relations.js";
import type { DocumentLoaders } from "../documents/documents.loaders.js";
import type { LessonLoaders } from "../lessons/lessons.loaders.js";
import type { QuestionLoaders } from "../questions/questions.loaders.js";
import { requireTeacher } from "../users/users.policy.js";
import type { ServiceDeps } from "../users/viewer.js";
import type { AuthoringLoaders } from "./authoring.loaders.js";
import { canCopyBuiltInSet, canEditQuestionSet } from "./authoring.policy.js";
import * as sql from "./authoring.sql.js";
import { setSlug } from "./authoring.types.js";

export type AuthoringDeps = ServiceDeps<{
  authoring: AuthoringLoaders;
  documents: DocumentLoaders;
  questions: QuestionLoaders;
  lessons: LessonLoaders;
  assignments: AssignmentLoaders;
  classes: ClassLoaders;
  relations: RelationLoader;
}>;

/** A draft's JSON, a title and an imported file are bounded so one save cannot fill the disk. */
export const MAX_DRAFT_CHARS = 200_000;
const MAX_TITLE_CHARS = 200;

const NO_SUCH_SET = "There is no such question set of yours.";

const newStem = (): string => {
  const alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";
  return Array.from(crypto.randomBytes(12), (byte) => alphabet[byte % alphabet.length]).join("");
};

function checkTitle(title: string): string {
  const trimmed = title.trim();
  if (trimmed.length === 0 || trimmed.length > MAX_TITLE_CHARS)
    throw badUserInput(`A title has 1 to ${MAX_TITLE_CHARS} characters.`, "title");
  return trimmed;
}

function checkSize(draft: object, field: string): void {
  if (JSON.stringify(draft).length > MAX_DRAFT_CHARS)
    throw badUserInput(`A question set holds at most ${MAX_DRAFT_CHARS} characters.`, field);
}

/** The viewer's own set, or NOT_FOUND (another teacher's set is not revealed to exist). */
export async function ownSet(deps: AuthoringDeps, id: string): Promise<sql.AuthoredSetRow> {
  const teacher = requireTeacher(deps.viewer);
  const key = decodeId("AuthoredQuestionSet", id);
  const row = key ? await deps.loaders.authoring.setById.load(key) : null;
  if (!row || !canEditQuestionSet(teacher, row)) throw notFound(NO_SUCH_SET);
  return row;
}

/** The viewer's own set by id; null for anyone else's, a built-in set, or a caller not its owner. */
export async function readableSet(
  deps: AuthoringDeps,
  id: string,
): Promise<sql.AuthoredSetRow | null> {
  const key = decodeId("AuthoredQuestionSet", id);
  const row = key ? await deps.loaders.authoring.setById.load(key) : null;
  return row && canEditQuestionSet(deps.viewer, row) ? row : null;
}

/** The viewer's sets, most recently changed first (none for anyone but a teacher). */
export async function mySets(deps: AuthoringDeps): Promise<sql.AuthoredSetRow[]> {
  if (deps.viewer?.role !== "TEACHER") return [];
  return sql.selectSetsByOwner(deps.db, deps.viewer.id);
}

async function documentSlugOf(deps: AuthoringDeps, documentId: string): Promise<string> {
  return (await deps.loaders.documents.documentById.load(documentId))!.slug;
}

async function insertCopy(
  deps: AuthoringDeps,
  source: { documentSlug: string; title: string; draft: Record<string, unknown> },
  copiedFrom: string | null,
): Promise<sql.AuthoredSetRow> {
  const teacher = requireTeacher(deps.viewer);
  const doc = await deps.loaders.documents.documentBySlug.load(source.documentSlug);
  if (!doc) throw badUserInput(`There is no document "${source.documentSlug}".`, "document");
  checkSize(source.draft, "content");
  const stem = newStem();
  const title = checkTitle(source.title);
  return sql.insertSet(deps.db, {
    ownerId: teacher.id,
    stem,
    documentId: doc.id,
    title,
    draft: { ...source.draft, slug: setSlug({ stem }), title, document: doc.slug },
    copiedFrom,
  });
}

/** An empty set on any document the server holds (built-in, related or imported). */
export function createSet(
  deps: AuthoringDeps,
  input: { title: string; documentSlug: string },
): Promise<sql.AuthoredSetRow> {
  return insertCopy(
    deps,
    { documentSlug: input.documentSlug, title: input.title, draft: { questions: [] } },
    null,
  );
}

/**
 * A copy to adapt of any set the teacher can read: a built-in set (from its file, keys and
 * all), one of their own, or a version of one of their own.
 */
export async function duplicateSet(deps: AuthoringDeps, id: string): Promise<sql.AuthoredSetRow> {
  const teacher = requireTeacher(deps.viewer);
  const authoredKey = decodeId("AuthoredQuestionSet", id);
  if (authoredKey) {
    const row = await ownSet(deps, id);
    return insertCopy(
      deps,
      {
        documentSlug: await documentSlugOf(deps, row.documentId),
        title: row.title,
        draft: row.draft,
      },
      `a copy of "${row.title}"`,
    );
  }
  const setKey = decodeId("QuestionSet", id);
  if (!setKey) throw notFound(NO_SUCH_SET);
  const builtIn = await sql.selectBuiltInSource(deps.db, setKey);
  if (builtIn?.source && canCopyBuiltInSet(teacher)) {
    const source = builtIn.source as Record<string, unknown>;
    return insertCopy(
      deps,
      { documentSlug: String(source.document), title: builtIn.title, draft: source },
      `built-in: ${builtIn.slug}`,
    );
  }
  // A published version of one of the teacher's own sets.
  const [version] = await sql.selectVersionsByQuestionSetIds(deps.db, [setKey]);
  const owner = version ? await deps.loaders.authoring.setById.load(version.setId) : null;
  if (!version || !owner || !canEditQuestionSet(teacher, owner)) throw notFound(NO_SUCH_SET);
  return insertCopy(
    deps,
    {
      documentSlug: await documentSlugOf(deps, owner.documentId),
      title: owner.title,
      draft: version.content,
    },
    `version ${version.number} of "${owner.title}"`,
  );
}

/**
 * Saves a draft (problems and all: a draft need not be valid) if nobody saved since
 * `expectedVersion`; a stale save is refused with CONFLICT carrying the newer version.
 */
export async function updateSet(
  deps: AuthoringDeps,
  id: string,
  input: { title?: string | null; content?: Record<string, unknown> | null },
  expectedVersion: number,
): Promise<sql.AuthoredSetRow> {
  const row = await ownSet(deps, id);
  if (row.archived) throw conflict("This question set is archived: copy it to change it.");
  const content = input.content ?? row.draft;
  checkSize(content, "content");
  const fromContent = typeof content.title === "string" ? content.title : null;
  const title = checkTitle(input.title ?? fromContent ?? row.title);
  const draft = {
    ...content,
    // The set's identity is not the draft's to change.
    slug: setSlug(row),
    title,
    document: await documentSlugOf(deps, row.documentId),
  };
  const saved = await sql.updateDraft(deps.db, row.id, expectedVersion, { title, draft });
  if (saved) return saved;
  const [current] = await sql.selectSetsByIds(deps.db, [row.id]);
  throw new GraphQLError(
    `This question set was saved elsewhere (version ${current!.revision}); your version ${expectedVersion} is out of date.`,
    {
      extensions: {
        code: "CONFLICT",
        reason: "STALE_VERSION",
        currentVersion: current!.revision,
        current: { title: current!.title, draft: current!.draft },
      },
    },
  );
}

/** Archives the viewer's set: no more edits or assignments; versions and work stay. */
export async function archiveSet(deps: AuthoringDeps, id: string): Promise<sql.AuthoredSetRow> {
  const row = await ownSet(deps, id);
  return row.archived ? row : sql.archiveSet(deps.db, row.id);
}

/** Gives the viewer's set a share link's code (kept once made). */
export async function shareSet(deps: AuthoringDeps, id: string): Promise<sql.AuthoredSetRow> {
  const row = await ownSet(deps, id);
  return row.shareCode
    ? row
    : sql.setShareCode(deps.db, row.id, crypto.randomBytes(16).toString("base64url"));
}

/**
 * A copy, for the viewer, of the set a share link names: its latest published version (or its
 * draft before any). The owner's set itself stays out of reach.
 */
export async function copySharedSet(
  deps: AuthoringDeps,
  shareCode: string,
): Promise<sql.AuthoredSetRow> {
  requireTeacher(deps.viewer);
  const row =
    /^[A-Za-z0-9_-]{22}$/.test(shareCode) && (await sql.selectSetByShareCode(deps.db, shareCode));
  if (!row || row.archived) throw notFound("This share link names no question set.");
  const versions = await deps.loaders.authoring.versionsBySet.load(row.id);
  const latest = versions.at(-1);
  return insertCopy(
    deps,
    {
      documentSlug: await documentSlugOf(deps, row.documentId),
      title: row.title,
      draft: latest?.content ?? row.draft,
    },
    "a shared copy",
  );
}

/** A new set from a lessons/question-sets/ YAML file (its items as they are, checked as a draft). */
export async function importSet(deps: AuthoringDeps, yaml: string): Promise<sql.AuthoredSetRow> {
  requireTeacher(deps.viewer);
  if (yaml.length > MAX_DRAFT_CHARS)
    throw badUserInput(`A question set holds at most ${MAX_DRAFT_CHARS} characters.`, "yaml");
  let data: unknown;
  try {
    data = parseYaml(yaml, { maxAliasCount: 0, uniqueKeys: true });
  } catch (error) {
    throw badUserInput(`Not a YAML file: ${(error as Error).message.split("\n")[0]}`, "yaml");
  }
  if (data === null || typeof data !== "object" || Array.isArray(data))
    throw badUserInput(
      "A question-set file is a mapping (slug, title, document, questions).",
      "yaml",
    );
  const file = data as Record<string, unknown>;
  if (typeof file.document !== "string") throw badUserInput("The file names no document.", "yaml");
  return insertCopy(
    deps,
    {
      documentSlug: file.document,
      title: typeof file.title === "string" ? file.title : "Imported question set",
      draft: file,
    },
    typeof file.slug === "string" ? `imported: ${file.slug.slice(0, 100)}` : "imported",
  );
}
