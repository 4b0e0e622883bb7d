// Who may do what with a teacher's own question set. Pure: no I/O.
import type { Viewer } from "../users/viewer.js";

/**
 * The set's draft, keys, problems, versions and share link: its owner only. A teacher who
 * copies it through a share link owns the copy, never this set.
 */
export const canEditQuestionSet = (viewer: Viewer | null, set: { ownerId: string }): boolean =>
  viewer?.role === "TEACHER" && viewer.id === set.ownerId;

/** Copying a built-in set: any teacher (its keys are in the public repository's files). */
export const canCopyBuiltInSet = (viewer: Viewer | null): boolean => viewer?.role === "TEACHER";

/** Copying through a share link: any teacher but the owner (who duplicates instead). */
export const canCopySharedSet = (viewer: Viewer | null, set: { ownerId: string }): boolean =>
  viewer?.role === "TEACHER" && viewer.id !== set.ownerId;
