/** The address a student opens for an assignment (the player, which asks them to sign in or join). */
export function assignmentLink(origin: string, assignmentId: string): string {
  return `${origin.replace(/\/$/, "")}/assignments/${encodeURIComponent(assignmentId)}`;
}

/**
 * Google Classroom's public share URL (no script from Google on this page): it opens Classroom
 * with the link and title filled in, for the teacher to post to a class.
 */
export function classroomShareUrl(url: string, title: string): string {
  return `https://classroom.google.com/share?${new URLSearchParams({ url, title })}`;
}
