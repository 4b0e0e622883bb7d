import type { Queryable } from "../../core/database.js";
import type { AnswerSlots } from "../../grading/index.js";

// Student-facing reads: no column of the answer key (correct, key_position, partner_key,
// accepted_answers, explanations, targets, exemplars, a short answer's scoring guide) is ever
// selected here.
// A segment's span is not its key: partner_key names its voice.

export interface ItemRow {
  id: string;
  kind: string;
  documentId: string;
  questionSetId: string | null;
  slug: string | null;
  title: string | null;
  prompt: string;
  points: number;
  skill: string | null;
  paragraphNumbers: number[];
  maxLength: number | null;
  claim: string | null;
  minSelections: number | null;
  maxSelections: number | null;
  guidance: string | null;
  /** An exercise's extra answer slots (own claim, context facts); null for everything else. */
  answerSlots: AnswerSlots | null;
  /** The item's own tries in tries mode; null: its kind's default. */
  tries: number | null;
}

/** Another document an item offers evidence from, with the paragraphs it shows of it. */
export interface SourceRow {
  itemId: string;
  documentId: string;
  paragraphNumbers: number[];
}

export interface OptionRow {
  id: string;
  itemId: string;
  role: "CHOICE" | "ORDER" | "LEFT" | "RIGHT" | "CLAIM" | "VOICE" | "SEGMENT";
  text: string;
  /** A segment's span (attribution questions: the words to mark, not their voice); null otherwise. */
  paragraphNumber: number | null;
  start: number | null;
  end: number | null;
}

const ITEM_COLUMNS = `i.id::text AS "id", i.kind AS "kind", i.document_id::text AS "documentId",
  i.question_set_id::text AS "questionSetId", i.slug AS "slug", i.title AS "title", i.prompt AS "prompt",
  i.points AS "points", i.skill AS "skill", i.paragraph_numbers AS "paragraphNumbers", i.max_length AS "maxLength",
  i.claim AS "claim", i.min_selections AS "minSelections", i.max_selections AS "maxSelections",
  CASE WHEN i.kind = 'EXERCISE' THEN i.guidance END AS "guidance",
  i.answer_slots AS "answerSlots", i.tries AS "tries"`;

/** The published questions of several sets, in order. */
export async function selectQuestionsBySetIds(
  db: Queryable,
  setIds: readonly string[],
): Promise<ItemRow[]> {
  const { rows } = await db.query<ItemRow>(
    `SELECT ${ITEM_COLUMNS} FROM items i WHERE i.question_set_id = ANY($1::bigint[]) AND NOT i.retired ORDER BY i.question_set_id, i.position`,
    [setIds],
  );
  return rows;
}

/** Items (questions or exercises) by id, retired ones included: attempts still point at them. */
export async function selectItemsByIds(db: Queryable, ids: readonly string[]): Promise<ItemRow[]> {
  const { rows } = await db.query<ItemRow>(
    `SELECT ${ITEM_COLUMNS} FROM items i WHERE i.id = ANY($1::bigint[])`,
    [ids],
  );
  return rows;
}

/** The options of several items in display order (a fixed shuffle where order could give the key away). */
export async function selectOptionsByItemIds(
  db: Queryable,
  itemIds: readonly string[],
): Promise<OptionRow[]> {
  const { rows } = await db.query<OptionRow>(
    `SELECT o.public_key::text AS "id", o.item_id::text AS "itemId", o.role AS "role", o.text AS "text",
            o.paragraph_number AS "paragraphNumber", o.start_offset AS "start", o.end_offset AS "end"
       FROM item_options o WHERE o.item_id = ANY($1::bigint[]) AND NOT o.retired
      ORDER BY o.item_id, o.role, o.display_position`,
    [itemIds],
  );
  return rows;
}

/** The other documents several items offer evidence from, each item's in order. */
export async function selectSourcesByItemIds(
  db: Queryable,
  itemIds: readonly string[],
): Promise<SourceRow[]> {
  const { rows } = await db.query<SourceRow>(
    `SELECT s.item_id::text AS "itemId", s.document_id::text AS "documentId", s.paragraph_numbers AS "paragraphNumbers"
       FROM item_sources s WHERE s.item_id = ANY($1::bigint[]) ORDER BY s.item_id, s.position`,
    [itemIds],
  );
  return rows;
}
