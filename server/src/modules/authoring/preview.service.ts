// A teacher's preview of a draft as a student gets it, before publishing: the draft compiled as
// publishing compiles it, into a private lesson of its owner's (lessons.preview) that nobody
// else may read, start, assign or link, and that no result counts. One per set, of the draft's
// current revision: a changed draft gets a new preview in place of the stale one.
import { withTransaction } from "../../core/database.js";
import { conflict } from "../../core/errors.js";
import {
  materialiseAuthoredVersion,
  removeAuthoredPreview,
} from "../../content/lessons/authored-sync.js";
import { type AuthoringDeps, ownSet } from "./authoring.service.js";
import * as sql from "./authoring.sql.js";
import { previewSlug } from "./authoring.types.js";
import { checkDraft } from "./draft-check.js";
import * as previews from "./preview.sql.js";
import { draftProblems } from "./publish.service.js";

export interface PreviewView {
  lessonSlug: string;
  draftVersion: number;
}

/**
 * The preview lesson of the owner's current draft, made (or remade, when the draft changed since
 * the last one) if the draft compiles; BAD_USER_INPUT with extensions.problems if it does not.
 */
export async function previewSet(deps: AuthoringDeps, id: string): Promise<PreviewView> {
  const row = await ownSet(deps, id);
  const view = { lessonSlug: previewSlug(row, row.revision), draftVersion: row.revision };
  if ((await previews.selectPreview(deps.db, row.id))?.revision === row.revision) return view;
  const check = await checkDraft(deps.loaders, row.draft);
  if (check.problems.length > 0 || !check.set) throw draftProblems(check, "previewed");
  const set = check.set;
  await withTransaction(deps.db, async (tx) => {
    const locked = await sql.lockSet(tx, row.id);
    if (!locked || locked.revision !== row.revision)
      throw conflict("The set was saved while its preview was being made: preview it again.");
    const stale = await previews.selectPreview(tx, row.id);
    if (stale?.revision === row.revision) return;
    if (stale) {
      await previews.deletePreview(tx, row.id);
      await removeAuthoredPreview(tx, stale);
    }
    const { lessonId, questionSetId } = await materialiseAuthoredVersion(tx, {
      slug: view.lessonSlug,
      ownerId: row.ownerId,
      documentId: row.documentId,
      title: row.title,
      set,
      preview: true,
    });
    await previews.insertPreview(tx, {
      setId: row.id,
      revision: row.revision,
      lessonId,
      questionSetId,
    });
  });
  deps.loaders.lessons.lessonBySlug.clear(view.lessonSlug);
  return view;
}
