import type { Queryable } from "../../core/database.js";
import type { ItemKey, Target } from "../../grading/index.js";

// The answer keys, which attempts grade against. Only grading and teacher-only paths read them.

interface KeyItemRow {
  id: string;
  kind: ItemKey["kind"];
  points: number;
  explanation: string;
  acceptedAnswers: string[];
  claim: string | null;
  minSelections: number | null;
  maxSelections: number | null;
  evidencePoints: number | null;
}

interface KeyOptionRow {
  itemId: string;
  role: "CHOICE" | "ORDER" | "LEFT" | "RIGHT" | "CLAIM";
  id: string;
  contentKey: string;
  text: string;
  correct: boolean | null;
  keyPosition: number | null;
  partnerKey: string | null;
  explanation: string | null;
}

/** The answer keys of several items, by item id (one round trip per table, whatever the count). */
export async function selectItemKeys(
  db: Queryable,
  itemIds: readonly string[],
): Promise<Map<string, ItemKey>> {
  const [items, options, targets, criteria] = await Promise.all([
    db.query<KeyItemRow>(
      `SELECT i.id::text AS "id", i.kind AS "kind", i.points AS "points", i.explanation AS "explanation",
              i.accepted_answers AS "acceptedAnswers", i.claim AS "claim", i.min_selections AS "minSelections",
              i.max_selections AS "maxSelections", i.evidence_points AS "evidencePoints"
         FROM items i WHERE i.id = ANY($1::bigint[])`,
      [itemIds],
    ),
    db.query<KeyOptionRow>(
      `SELECT o.item_id::text AS "itemId", o.role AS "role", o.public_key::text AS "id", o.content_key AS "contentKey",
              o.text AS "text", o.correct AS "correct", o.key_position AS "keyPosition", o.partner_key AS "partnerKey",
              o.explanation AS "explanation"
         FROM item_options o WHERE o.item_id = ANY($1::bigint[]) AND NOT o.retired
        ORDER BY o.item_id, o.role, o.display_position`,
      [itemIds],
    ),
    db.query<Target & { itemId: string }>(
      `SELECT t.item_id::text AS "itemId", t.paragraph_number AS "paragraphNumber", t.start_offset AS "start",
              t.end_offset AS "end", t.quote AS "quote", t.note AS "note"
         FROM item_targets t WHERE t.item_id = ANY($1::bigint[]) ORDER BY t.item_id, t.position`,
      [itemIds],
    ),
    db.query<{ itemId: string; id: string; title: string; maxScore: number }>(
      `SELECT c.item_id::text AS "itemId", c.id::text AS "id", c.title AS "title", c.max_score AS "maxScore"
         FROM rubric_criteria c WHERE c.item_id = ANY($1::bigint[]) AND NOT c.retired ORDER BY c.item_id, c.position`,
      [itemIds],
    ),
  ]);
  const of = <T extends { itemId: string }>(rows: T[], itemId: string) =>
    rows.filter((row) => row.itemId === itemId);
  return new Map(
    items.rows.map((item) => {
      const opts = of(options.rows, item.id);
      const role = (r: KeyOptionRow["role"]) => opts.filter((o) => o.role === r);
      return [item.id, toKey(item, role, of(targets.rows, item.id), of(criteria.rows, item.id))];
    }),
  );
}

function toKey(
  item: KeyItemRow,
  role: (r: KeyOptionRow["role"]) => KeyOptionRow[],
  targets: Target[],
  criteria: Array<{ id: string; title: string; maxScore: number }>,
): ItemKey {
  const base = { points: item.points, explanation: item.explanation };
  const plainTargets = targets.map(({ paragraphNumber, start, end, quote, note }) => ({
    paragraphNumber,
    start,
    end,
    quote,
    note,
  }));
  switch (item.kind) {
    case "SINGLE_CHOICE":
    case "MULTIPLE_CHOICE":
      return {
        ...base,
        kind: item.kind,
        choices: role("CHOICE").map((o) => ({
          id: o.id,
          text: o.text,
          correct: o.correct!,
          explanation: o.explanation ?? "",
        })),
      };
    case "SHORT_ANSWER":
      return { ...base, kind: item.kind, acceptedAnswers: item.acceptedAnswers };
    case "ORDERING":
      return {
        ...base,
        kind: item.kind,
        items: role("ORDER")
          .sort((a, b) => a.keyPosition! - b.keyPosition!)
          .map((o) => ({ id: o.id, text: o.text, explanation: o.explanation })),
      };
    case "MATCHING": {
      const right = role("RIGHT");
      const rightByKey = new Map(right.map((o) => [o.contentKey, o.id]));
      const left = role("LEFT");
      return {
        ...base,
        kind: item.kind,
        left: left.map((o) => ({ id: o.id, text: o.text })),
        right: right.map((o) => ({ id: o.id, text: o.text })),
        pairs: left.map((o) => ({
          leftId: o.id,
          rightId: rightByKey.get(o.partnerKey!)!,
          explanation: o.explanation,
        })),
      };
    }
    case "EVIDENCE":
      return {
        ...base,
        kind: item.kind,
        claim: item.claim!,
        minSelections: item.minSelections!,
        maxSelections: item.maxSelections!,
        targets: plainTargets,
      };
    case "EXERCISE":
      return {
        kind: "EXERCISE",
        points: item.points,
        evidencePoints: item.evidencePoints!,
        minEvidence: item.minSelections!,
        targets: plainTargets,
        rubric: criteria.map(({ id, title, maxScore }) => ({ id, title, maxScore })),
      };
  }
}
