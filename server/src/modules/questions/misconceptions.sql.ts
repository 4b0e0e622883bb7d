import type { Queryable } from "../../core/database.js";

// The misconception catalogue: public content (what students may believe and how to reteach it),
// with no link to any item or choice. Which distractor encodes which misconception is an answer
// key and is read only by the teacher-only results (results/misconceptions.sql.ts).

export interface MisconceptionRow {
  /** The database id. */
  dbId: string;
  /** The authored id (kebab-case), the API's id. */
  id: string;
  name: string;
  belief: string;
  habit: string;
  reteach: string;
}

/** The published catalogue, in authored order. */
export async function selectMisconceptions(db: Queryable): Promise<MisconceptionRow[]> {
  const { rows } = await db.query<MisconceptionRow>(
    `SELECT m.id::text AS "dbId", m.content_key AS "id", m.name AS "name", m.belief AS "belief",
            m.habit AS "habit", m.reteach AS "reteach"
       FROM misconceptions m WHERE NOT m.retired ORDER BY m.position`,
  );
  return rows;
}
