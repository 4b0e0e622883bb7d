import type { Queryable } from "../../core/database.js";

/** Records the hash of the cookie that binds a login's state to the browser that began it. */
export async function updateBinding(
  db: Queryable,
  stateHash: string,
  bindingHash: string,
): Promise<void> {
  await db.query(`UPDATE lti_logins SET browser_binding = $2 WHERE state = $1`, [
    stateHash,
    bindingHash,
  ]);
}

/** Records the platform storage a login's state was also put in (its window and origin). */
export async function updateStorage(
  db: Queryable,
  stateHash: string,
  target: string,
  origin: string,
): Promise<void> {
  await db.query(
    `UPDATE lti_logins SET storage_target = $2, storage_origin = $3 WHERE state = $1`,
    [stateHash, target, origin],
  );
}

export interface BindingRow {
  binding: string | null;
  storageTarget: string | null;
  storageOrigin: string | null;
}

/** The binding a login's state was given, if the login is still open; undefined when it is not. */
export async function selectBinding(
  db: Queryable,
  stateHash: string,
): Promise<BindingRow | undefined> {
  const { rows } = await db.query<BindingRow>(
    `SELECT browser_binding AS "binding", storage_target AS "storageTarget",
            storage_origin AS "storageOrigin"
       FROM lti_logins WHERE state = $1 AND used_at IS NULL AND expires_at > now()`,
    [stateHash],
  );
  return rows[0];
}

/** Records whether a launch came from the browser that began its login. */
export async function updateBound(db: Queryable, stateHash: string, bound: boolean): Promise<void> {
  await db.query(`UPDATE lti_logins SET browser_bound = $2 WHERE state = $1`, [stateHash, bound]);
}
