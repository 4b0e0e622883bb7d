import type { Queryable } from "../../core/database.js";
import {
  KINDS,
  type ItemKey,
  type Kind,
  type OptionRole,
  type StoredItem,
  type StoredOption,
  type Target,
} from "../../grading/index.js";

// The answer keys, which attempts grade against. Only grading and teacher-only paths read them.

type KeyItemRow = Omit<StoredItem, "options" | "targets" | "criteria"> & {
  id: string;
  kind: Kind;
};

type KeyOptionRow = Omit<StoredOption, "span"> & {
  itemId: string;
  role: OptionRole;
  paragraphNumber: number | null;
  start: number | null;
  end: number | null;
};

type TargetRow = Omit<Target, "role" | "countsForRecall" | "claims"> & {
  itemId: string;
  role: "KEY" | "ACCEPTABLE";
  countsForRecall: boolean;
  claims: string[] | null;
};

/** A stored passage as a key's target: role, recall flag and claims only where they say something. */
function toTarget({ role, countsForRecall, claims, ...t }: Omit<TargetRow, "itemId">): Target {
  return {
    ...t,
    ...(role === "ACCEPTABLE" ? { role } : {}),
    ...(countsForRecall ? { countsForRecall } : {}),
    ...(claims?.length ? { claims } : {}),
  };
}

/** The answer keys of several items, by item id (one round trip per table, whatever the count). */
export async function selectItemKeys(
  db: Queryable,
  itemIds: readonly string[],
): Promise<Map<string, ItemKey>> {
  const [items, optionRows, targets, criteria] = await Promise.all([
    db.query<KeyItemRow>(
      `SELECT i.id::text AS "id", i.kind AS "kind", i.points AS "points", i.explanation AS "explanation",
              i.accepted_answers AS "acceptedAnswers", i.claim AS "claim", i.min_selections AS "minSelections",
              i.max_selections AS "maxSelections", i.evidence_points AS "evidencePoints",
              i.scoring_guide AS "scoringGuide"
         FROM items i WHERE i.id = ANY($1::bigint[])`,
      [itemIds],
    ),
    db.query<KeyOptionRow>(
      `SELECT o.item_id::text AS "itemId", o.role AS "role", o.public_key::text AS "id", o.content_key AS "contentKey",
              o.text AS "text", o.correct AS "correct", o.key_position AS "keyPosition", o.partner_key AS "partnerKey",
              o.explanation AS "explanation", o.paragraph_number AS "paragraphNumber",
              o.start_offset AS "start", o.end_offset AS "end"
         FROM item_options o WHERE o.item_id = ANY($1::bigint[]) AND NOT o.retired
        ORDER BY o.item_id, o.role, o.display_position`,
      [itemIds],
    ),
    db.query<TargetRow>(
      `SELECT t.item_id::text AS "itemId", d.slug AS "documentSlug", t.paragraph_number AS "paragraphNumber",
              t.start_offset AS "start", t.end_offset AS "end", t.quote AS "quote", t.note AS "note",
              t.role AS "role", t.counts_for_recall AS "countsForRecall", t.claims AS "claims"
         FROM item_targets t LEFT JOIN documents d ON d.id = t.document_id
        WHERE t.item_id = ANY($1::bigint[]) ORDER BY t.item_id, t.position`,
      [itemIds],
    ),
    db.query<{ itemId: string; id: string; title: string; maxScore: number }>(
      `SELECT c.item_id::text AS "itemId", c.id::text AS "id", c.title AS "title", c.max_score AS "maxScore"
         FROM rubric_criteria c WHERE c.item_id = ANY($1::bigint[]) AND NOT c.retired ORDER BY c.item_id, c.position`,
      [itemIds],
    ),
  ]);
  const of = <T extends { itemId: string }>(rows: T[], itemId: string) =>
    rows.filter((row) => row.itemId === itemId).map(({ itemId: _, ...rest }) => rest);
  return new Map(
    items.rows.map(({ id, kind, ...item }) => {
      const options = of(optionRows.rows, id);
      const role = (r: OptionRole): StoredOption[] =>
        options
          .filter((o) => o.role === r)
          .map(({ role: _, paragraphNumber, start, end, ...o }) => ({
            ...o,
            span: paragraphNumber === null ? null : { paragraphNumber, start: start!, end: end! },
          }));
      const stored: StoredItem = {
        ...item,
        options: {
          CHOICE: role("CHOICE"),
          ORDER: role("ORDER"),
          LEFT: role("LEFT"),
          RIGHT: role("RIGHT"),
          CLAIM: role("CLAIM"),
          VOICE: role("VOICE"),
          SEGMENT: role("SEGMENT"),
        },
        targets: of(targets.rows, id).map(toTarget),
        criteria: of(criteria.rows, id),
      };
      return [id, KINDS[kind].fromStored(stored)];
    }),
  );
}
