/** What a sync from the LMS changed, by student name (syncClassRoster). */
export interface RosterSyncChanges {
  added: readonly string[];
  updated: readonly string[];
  markedInactive: readonly string[];
  reactivated: readonly string[];
}

const students = (n: number) => (n === 1 ? "1 student" : `${n} students`);
const names = (list: readonly string[]) =>
  list.length <= 5 ? list.join(", ") : `${list.slice(0, 5).join(", ")} and ${list.length - 5} more`;

/** The sentence a teacher reads after syncing a class from the LMS. */
export function describeRosterSync(changes: RosterSyncChanges): string {
  const parts = [
    changes.added.length && `added ${students(changes.added.length)} (${names(changes.added)})`,
    changes.updated.length &&
      `updated the names of ${students(changes.updated.length)} (${names(changes.updated)})`,
    changes.markedInactive.length &&
      `marked ${students(changes.markedInactive.length)} inactive (${names(changes.markedInactive)}); their work stays`,
    changes.reactivated.length &&
      `marked ${students(changes.reactivated.length)} active again (${names(changes.reactivated)})`,
  ].filter((part): part is string => Boolean(part));
  if (parts.length === 0) return "The class already matches the LMS roster: nothing changed.";
  return `Synced from the LMS: ${parts.join("; ")}.`;
}
