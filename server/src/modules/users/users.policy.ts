// Who may see or do what about user accounts. Pure: no I/O.
import { forbidden, unauthenticated } from "../../core/errors.js";
import type { Viewer } from "./viewer.js";

/** Query.viewer: anyone signed in sees their own account; anonymous callers see nothing. */
export function isSignedIn(viewer: Viewer | null): viewer is Viewer {
  return viewer !== null;
}

/** A student's sign-in code: the student themself, or a teacher of one of their classes. */
export function canSeeSignInCode(
  viewer: Pick<Viewer, "id" | "role"> | null,
  user: { id: string },
  viewerTeachesUser: boolean,
): boolean {
  return (
    viewer !== null && (viewer.id === user.id || (viewer.role === "TEACHER" && viewerTeachesUser))
  );
}

/** The signed-in teacher, or UNAUTHENTICATED / FORBIDDEN. */
export function requireTeacher(viewer: Viewer | null): Viewer {
  if (!viewer) throw unauthenticated("Log in as a teacher to do this.");
  if (viewer.role !== "TEACHER") throw forbidden("Only teachers can do this.");
  return viewer;
}
