import type { Queryable } from "../../core/database.js";

/** One row of activity_events (migration 0035), with what its GraphQL shape needs. */
export interface ActivityRow {
  id: string;
  assignmentId: string;
  attemptId: string | null;
  studentId: string | null;
  itemId: string | null;
  itemKind: string | null;
  kind: string;
  correct: boolean | null;
  at: Date;
}

const COLUMNS = `e.id::text AS "id", e.assignment_id::text AS "assignmentId", e.attempt_id::text AS "attemptId",
  e.student_id::text AS "studentId", e.item_id::text AS "itemId", i.kind AS "itemKind", e.kind AS "kind",
  e.correct AS "correct", e.at AS "at"`;
const FROM = `activity_events e LEFT JOIN items i ON i.id = e.item_id`;

/** Events by id (the ids a NOTIFY carried), oldest first. */
export async function selectEventsByIds(
  db: Queryable,
  ids: readonly string[],
): Promise<ActivityRow[]> {
  const { rows } = await db.query<ActivityRow>({
    name: "live-events-by-ids",
    text: `SELECT ${COLUMNS} FROM ${FROM} WHERE e.id = ANY($1::bigint[]) ORDER BY e.id`,
    values: [ids],
  });
  return rows;
}

/**
 * An assignment's events after `afterId`, and also those of the last `windowSeconds` before it
 * (a transaction that took its id earlier may commit later: the client drops ids it has seen),
 * oldest first, at most `limit`; `attemptId` narrows them to one student's attempt and what
 * concerns the whole assignment or that student.
 */
export async function selectEventsAfter(
  db: Queryable,
  args: {
    assignmentId: string;
    afterId: string | null;
    windowSeconds: number;
    limit: number;
    attempt?: { id: string; studentId: string };
  },
): Promise<ActivityRow[]> {
  const { rows } = await db.query<ActivityRow>(
    `SELECT ${COLUMNS} FROM ${FROM}
      WHERE e.assignment_id = $1
        AND ($2::bigint IS NULL OR e.id > $2::bigint
             OR e.at >= (SELECT s.at FROM activity_events s WHERE s.id = $2::bigint) - make_interval(secs => $3))
        AND ($5::bigint IS NULL OR e.attempt_id = $5::bigint OR e.student_id = $6::bigint
             OR (e.attempt_id IS NULL AND e.student_id IS NULL))
      ORDER BY e.id DESC LIMIT $4`,
    [
      args.assignmentId,
      args.afterId,
      args.windowSeconds,
      args.limit,
      args.attempt?.id ?? null,
      args.attempt?.studentId ?? null,
    ],
  );
  return rows.reverse();
}

/** The latest save, check or score of each student's each item: the live grid's cells. */
export async function selectLatestCells(
  db: Queryable,
  assignmentId: string,
): Promise<ActivityRow[]> {
  const { rows } = await db.query<ActivityRow>(
    `SELECT DISTINCT ON (e.student_id, e.item_id) ${COLUMNS} FROM ${FROM}
      WHERE e.assignment_id = $1 AND e.item_id IS NOT NULL
      ORDER BY e.student_id, e.item_id, e.id DESC`,
    [assignmentId],
  );
  return rows;
}

/** Each student's latest event that says where they are (started, idle, back, submitted). */
export async function selectLatestStates(
  db: Queryable,
  assignmentId: string,
): Promise<ActivityRow[]> {
  const { rows } = await db.query<ActivityRow>(
    `SELECT DISTINCT ON (e.student_id) ${COLUMNS} FROM ${FROM}
      WHERE e.assignment_id = $1 AND e.student_id IS NOT NULL AND e.kind <> 'DUE_MOVED'
      ORDER BY e.student_id, e.id DESC`,
    [assignmentId],
  );
  return rows;
}

/** Whether the assignment's class is paused now. */
export async function selectPaused(db: Queryable, assignmentId: string): Promise<boolean> {
  const { rows } = await db.query<{ paused: boolean }>(
    `SELECT c.paused_at IS NOT NULL AS "paused" FROM assignments g JOIN classes c ON c.id = g.class_id WHERE g.id = $1`,
    [assignmentId],
  );
  return rows[0]?.paused ?? false;
}

/** Pauses (a time) or resumes (null) a class; its trigger records the events. True if it changed. */
export async function updatePaused(db: Queryable, classId: string, paused: boolean) {
  const { rowCount } = await db.query(
    `UPDATE classes SET paused_at = CASE WHEN $2 THEN now() END
      WHERE id = $1 AND (paused_at IS NOT NULL) <> $2`,
    [classId, paused],
  );
  return (rowCount ?? 0) > 0;
}

/**
 * Records IDLE for each open assigned attempt whose latest event is older than `idleSeconds` and
 * not already IDLE, SUBMITTED or a pause. Answers how many.
 */
export async function insertIdleEvents(db: Queryable, idleSeconds: number): Promise<number> {
  const { rows } = await db.query<{ n: number }>(
    `WITH latest AS (
       SELECT DISTINCT ON (e.attempt_id) e.attempt_id, e.assignment_id, e.student_id, e.kind, e.at
         FROM activity_events e JOIN attempts a ON a.id = e.attempt_id AND a.status = 'IN_PROGRESS'
        WHERE e.attempt_id IS NOT NULL
        ORDER BY e.attempt_id, e.id DESC),
     recorded AS (
       SELECT record_activity(l.assignment_id, l.attempt_id, l.student_id, NULL, 'IDLE', NULL) AS done
         FROM latest l
        WHERE l.kind NOT IN ('IDLE', 'SUBMITTED') AND l.at < now() - make_interval(secs => $1))
     SELECT count(*)::int AS "n" FROM recorded`,
    [idleSeconds],
  );
  return rows[0]?.n ?? 0;
}
