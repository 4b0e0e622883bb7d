import type { Queryable } from "../../core/database.js";
import type { AgsEndpoint } from "./ags-claims.js";

/**
 * Keeps a link's AGS endpoint (and the platform registration whose token posts to it) from its
 * latest launch; returns whether the line item changed (its scores then go to the new one).
 */
export async function updateLinkEndpoint(
  db: Queryable,
  link: { issuer: string; deploymentId: string; resourceLinkId: string; platformId: string },
  endpoint: AgsEndpoint | null,
): Promise<
  { assignmentId: string; lineitem: string | null; lineitemChanged: boolean } | undefined
> {
  const { rows } = await db.query<{
    assignmentId: string;
    lineitem: string | null;
    lineitemChanged: boolean;
  }>(
    `UPDATE lti_resource_links l
        SET ags_platform_id = $4, ags_lineitems = $6, ags_scopes = $7,
            -- A line item the tool made for a link whose launches name only the container stays.
            ags_lineitem = COALESCE($5, CASE WHEN old.ags_lineitems = $6 THEN old.ags_lineitem END)
       FROM lti_resource_links old
      WHERE l.issuer = $1 AND l.deployment_id = $2 AND l.resource_link_id = $3
        AND old.issuer = l.issuer AND old.deployment_id = l.deployment_id
        AND old.resource_link_id = l.resource_link_id
  RETURNING l.assignment_id::text AS "assignmentId", l.ags_lineitem AS "lineitem",
            (old.ags_lineitem IS DISTINCT FROM l.ags_lineitem
             OR old.ags_scopes IS DISTINCT FROM l.ags_scopes) AS "lineitemChanged"`,
    [
      link.issuer,
      link.deploymentId,
      link.resourceLinkId,
      endpoint ? link.platformId : null,
      endpoint?.lineitem ?? null,
      endpoint?.lineitems ?? null,
      endpoint?.scopes ?? [],
    ],
  );
  return rows[0];
}

/** A link that takes scores but names no line item of its own: where to make one. */
export interface LinkWithoutLineItem {
  assignmentId: string;
  platformId: string;
  lineitems: string;
  scopes: string[];
}

export async function selectLinkWithoutLineItem(
  db: Queryable,
  link: { issuer: string; deploymentId: string; resourceLinkId: string },
): Promise<LinkWithoutLineItem | undefined> {
  const { rows } = await db.query<LinkWithoutLineItem>(
    `SELECT assignment_id::text AS "assignmentId", ags_platform_id::text AS "platformId",
            ags_lineitems AS "lineitems", ags_scopes AS "scopes"
       FROM lti_resource_links
      WHERE issuer = $1 AND deployment_id = $2 AND resource_link_id = $3
        AND ags_lineitem IS NULL AND ags_lineitems IS NOT NULL AND ags_platform_id IS NOT NULL`,
    [link.issuer, link.deploymentId, link.resourceLinkId],
  );
  return rows[0];
}

/** Gives a link the line item made or found for it (unless it has one by now); returns whether it took. */
export async function setLinkLineItem(
  db: Queryable,
  link: { issuer: string; deploymentId: string; resourceLinkId: string },
  lineitem: string,
): Promise<boolean> {
  const { rowCount } = await db.query(
    `UPDATE lti_resource_links SET ags_lineitem = $4
      WHERE issuer = $1 AND deployment_id = $2 AND resource_link_id = $3 AND ags_lineitem IS NULL`,
    [link.issuer, link.deploymentId, link.resourceLinkId, lineitem],
  );
  return rowCount === 1;
}

/** Queues the scores of work at assignments, by (assignment, student) pairs. */
export async function enqueueScores(
  db: Queryable,
  work: ReadonlyArray<{ assignmentId: string; studentId: string }>,
): Promise<void> {
  if (work.length === 0) return;
  await db.query(
    `SELECT lti_enqueue_score(w.assignment_id, w.student_id)
       FROM unnest($1::bigint[], $2::bigint[]) AS w (assignment_id, student_id)`,
    [work.map((w) => w.assignmentId), work.map((w) => w.studentId)],
  );
}

/** A claimed outbox row: the version being posted and the time the score is stamped with. */
export interface ClaimedScore {
  id: string;
  lineitem: string;
  sub: string;
  platformId: string;
  assignmentId: string;
  studentId: string | null;
  version: number;
  tries: number;
  claimedAt: Date;
}

/**
 * Claims up to `limit` due rows for this server for `leaseSeconds` (rows another server holds are
 * skipped, never waited for); a server that dies mid-post leaves its rows to others after the lease.
 */
export async function claimDueScores(
  db: Queryable,
  limit: number,
  leaseSeconds: number,
): Promise<ClaimedScore[]> {
  const { rows } = await db.query<ClaimedScore>(
    `UPDATE lti_score_outbox o SET lease_until = clock_timestamp() + make_interval(secs => $2)
      WHERE o.id IN (SELECT d.id FROM lti_score_outbox d
                      WHERE d.status = 'pending' AND d.next_attempt_at <= now()
                        AND (d.lease_until IS NULL OR d.lease_until < now())
                      ORDER BY d.next_attempt_at, d.id LIMIT $1 FOR UPDATE SKIP LOCKED)
  RETURNING o.id::text AS "id", o.lineitem, o.sub, o.platform_id::text AS "platformId",
            o.assignment_id::text AS "assignmentId", o.student_id::text AS "studentId",
            o.version, o.tries, clock_timestamp() AS "claimedAt"`,
    [limit, leaseSeconds],
  );
  return rows;
}

/**
 * The version posted: sent, unless a newer one arrived meanwhile (that one stays pending). With
 * `resendAt`, the same work is posted again then (a due date that closes it or opens its feedback).
 */
export async function markSent(
  db: Queryable,
  row: Pick<ClaimedScore, "id" | "version">,
  resendAt: Date | null,
): Promise<void> {
  await db.query(
    `UPDATE lti_score_outbox
        SET status = CASE WHEN version = $2 AND $3::timestamptz IS NULL THEN 'sent' ELSE 'pending' END,
            version = CASE WHEN version = $2 AND $3::timestamptz IS NOT NULL THEN version + 1 ELSE version END,
            next_attempt_at = CASE WHEN version = $2 AND $3::timestamptz IS NOT NULL THEN $3 ELSE next_attempt_at END,
            tries = CASE WHEN version = $2 THEN 0 ELSE tries END,
            sent_at = now(), sent_version = $2, last_error = NULL, lease_until = NULL
      WHERE id = $1`,
    [row.id, row.version, resendAt],
  );
}

/**
 * The post failed: the row waits `waitMs` for its next try, or is failed after `maxTries`; a newer
 * version that arrived meanwhile keeps its own fresh start.
 */
export async function markFailed(
  db: Queryable,
  row: Pick<ClaimedScore, "id" | "version">,
  error: string,
  waitMs: number,
  maxTries: number,
): Promise<void> {
  await db.query(
    `UPDATE lti_score_outbox
        SET tries = CASE WHEN version = $2 THEN tries + 1 ELSE tries END,
            status = CASE WHEN version = $2 AND tries + 1 >= $5 THEN 'failed' ELSE status END,
            next_attempt_at = CASE WHEN version = $2 THEN now() + make_interval(secs => $4 / 1000.0)
                                   ELSE next_attempt_at END,
            last_error = $3, lease_until = NULL
      WHERE id = $1`,
    [row.id, row.version, error.slice(0, 1000), waitMs, maxTries],
  );
}

/** Gives a claimed row back untried (the server is stopping). */
export async function releaseClaim(db: Queryable, id: string): Promise<void> {
  await db.query(`UPDATE lti_score_outbox SET lease_until = NULL WHERE id = $1`, [id]);
}

export interface GradeSyncRow {
  linked: boolean;
  pending: number;
  failed: number;
  sent: number;
  lastError: string | null;
  lastSentAt: Date | null;
}

/**
 * How an assignment's scores stand with its platforms. Scores scheduled for a due date that has
 * not come (nothing wrong, nothing to do yet) count as sent.
 */
export async function selectGradeSync(db: Queryable, assignmentId: string): Promise<GradeSyncRow> {
  const { rows } = await db.query<GradeSyncRow>(
    `SELECT EXISTS (SELECT 1 FROM lti_resource_links l WHERE l.assignment_id = $1
                       AND l.ags_lineitem IS NOT NULL
                       AND 'https://purl.imsglobal.org/spec/lti-ags/scope/score' = ANY (l.ags_scopes)) AS "linked",
            count(*) FILTER (WHERE o.status = 'pending' AND NOT (o.tries = 0 AND o.next_attempt_at > now() AND o.sent_version IS NOT NULL))::int AS "pending",
            count(*) FILTER (WHERE o.status = 'failed')::int AS "failed",
            count(*) FILTER (WHERE o.sent_version IS NOT NULL)::int AS "sent",
            (array_agg(o.last_error ORDER BY o.changed_at DESC) FILTER (WHERE o.last_error IS NOT NULL))[1] AS "lastError",
            max(o.sent_at) AS "lastSentAt"
       FROM lti_score_outbox o WHERE o.assignment_id = $1`,
    [assignmentId],
  );
  return rows[0]!;
}

/** The teacher's "retry now": the assignment's failed and waiting scores are due at once, tries afresh. */
export async function retryNow(db: Queryable, assignmentId: string): Promise<number> {
  const { rowCount } = await db.query(
    `UPDATE lti_score_outbox SET status = 'pending', tries = 0, next_attempt_at = now()
      WHERE assignment_id = $1 AND (status = 'failed' OR (status = 'pending' AND tries > 0))`,
    [assignmentId],
  );
  return rowCount ?? 0;
}
