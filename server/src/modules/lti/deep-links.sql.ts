import type { Queryable } from "../../core/database.js";

/** A deep-linking request waiting for its teacher's pick. */
export interface DeepLinkRow {
  /** The session the launch opened; none for a frame-bound request. */
  sessionId: string | null;
  /** Begun by a launch in the platform's frame: the picker's token alone answers it. */
  frameBound: boolean;
  userId: string;
  classId: string;
  platformId: string;
  deploymentId: string;
  returnUrl: string;
  data: unknown;
  acceptLineItem: boolean;
  acceptWindow: boolean;
}

const COLUMNS = `session_id::text AS "sessionId", user_id::text AS "userId", class_id::text AS "classId",
  platform_id::text AS "platformId", deployment_id AS "deploymentId", return_url AS "returnUrl",
  data AS "data", accept_line_item AS "acceptLineItem", accept_window AS "acceptWindow",
  frame_bound AS "frameBound"`;

/**
 * Stores a request under its token's hash for `seconds`. Requests that expired an hour ago
 * without creating an assignment are swept; a pick's row stays, the record that its assignment
 * came from this course's deep link.
 */
export async function insertDeepLink(
  db: Queryable,
  tokenHash: string,
  row: DeepLinkRow,
  seconds: number,
): Promise<void> {
  await db.query(
    `DELETE FROM lti_deep_links WHERE expires_at < now() - interval '1 hour' AND assignment_id IS NULL`,
  );
  await db.query(
    `INSERT INTO lti_deep_links (token_hash, session_id, user_id, class_id, platform_id, deployment_id,
       return_url, data, accept_line_item, accept_window, frame_bound, expires_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8::jsonb, $9, $10, $11, now() + make_interval(secs => $12))`,
    [
      tokenHash,
      row.sessionId,
      row.userId,
      row.classId,
      row.platformId,
      row.deploymentId,
      row.returnUrl,
      row.data === undefined ? null : JSON.stringify(row.data),
      row.acceptLineItem,
      row.acceptWindow,
      row.frameBound,
      seconds,
    ],
  );
}

/**
 * The unused, unexpired request with this token hash, if this session holds it or it is
 * frame-bound; with `lock`, locked until the caller's transaction ends (the pick that uses it up).
 */
export async function selectOpenDeepLink(
  db: Queryable,
  tokenHash: string,
  sessionId: string | null,
  lock = false,
): Promise<DeepLinkRow | undefined> {
  const { rows } = await db.query<DeepLinkRow>(
    `SELECT ${COLUMNS} FROM lti_deep_links
      WHERE token_hash = $1 AND (frame_bound OR session_id = $2)
        AND used_at IS NULL AND expires_at > now()
      ${lock ? "FOR UPDATE" : ""}`,
    [tokenHash, sessionId],
  );
  return rows[0];
}

/** Marks a request used, with the assignment its pick created (null for a cancel). */
export async function useDeepLink(
  db: Queryable,
  tokenHash: string,
  assignmentId: string | null,
): Promise<void> {
  await db.query(
    `UPDATE lti_deep_links SET used_at = now(), assignment_id = $2 WHERE token_hash = $1`,
    [tokenHash, assignmentId],
  );
}

/** Whether a deep link of this class created this assignment (a later launch may bind to it). */
export async function isDeepLinkedAssignment(
  db: Queryable,
  assignmentId: string,
  classId: string,
): Promise<boolean> {
  const { rows } = await db.query(
    `SELECT 1 FROM lti_deep_links WHERE assignment_id = $1 AND class_id = $2 AND used_at IS NOT NULL`,
    [assignmentId, classId],
  );
  return rows.length > 0;
}
