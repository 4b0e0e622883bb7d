import type { Queryable } from "../../core/database.js";

/** The stored content hash, or null before the first sync. */
export async function selectContentHash(db: Queryable): Promise<string | null> {
  const { rows } = await db.query<{ contentHash: string }>(
    `SELECT content_hash AS "contentHash" FROM content_state`,
  );
  return rows[0]?.contentHash ?? null;
}

/** Records a sync and bumps the content version that caches compare against. */
export async function recordContentSync(db: Queryable, contentHash: string): Promise<void> {
  await db.query(
    `INSERT INTO content_state (content_hash) VALUES ($1)
     ON CONFLICT (singleton) DO UPDATE SET content_hash = EXCLUDED.content_hash, version = content_state.version + 1, synced_at = now()`,
    [contentHash],
  );
}

/** Marks all content retired; the sync then revives, in place, whatever the files still hold. */
export async function retireAllContent(db: Queryable): Promise<void> {
  await db.query("SET CONSTRAINTS ALL DEFERRED");
  // Teachers' published sets (authored, migration 0032) are not the files' to retire.
  await db.query(`UPDATE lessons SET retired = true, position = NULL WHERE NOT authored`);
  await db.query(
    `UPDATE lesson_steps SET position = NULL WHERE lesson_id IN (SELECT id FROM lessons WHERE NOT authored)`,
  );
  await db.query(`UPDATE question_sets SET retired = true WHERE NOT authored`);
  await db.query(`UPDATE items SET retired = true, position = NULL WHERE NOT authored`);
  await db.query(
    `UPDATE item_options SET retired = true WHERE item_id IN (SELECT id FROM items WHERE NOT authored)`,
  );
  await db.query(
    `UPDATE rubric_criteria SET retired = true, position = NULL WHERE item_id IN (SELECT id FROM items WHERE NOT authored)`,
  );
}

/** Adds the item kinds the server knows to those an item may have. */
export async function upsertItemKinds(db: Queryable, kinds: readonly string[]): Promise<void> {
  await db.query(
    `INSERT INTO item_kinds (kind) SELECT unnest($1::text[]) ON CONFLICT (kind) DO NOTHING`,
    [kinds],
  );
}

/** Document ids by slug. */
export async function selectDocumentIds(
  db: Queryable,
  slugs: readonly string[],
): Promise<Map<string, string>> {
  const { rows } = await db.query<{ id: string; slug: string }>(
    `SELECT id::text AS "id", slug AS "slug" FROM documents WHERE slug = ANY($1::text[])`,
    [slugs],
  );
  return new Map(rows.map((row) => [row.slug, row.id]));
}

/** Inserts or revives a question set (with a file's validated source, for copies); returns its id. */
export async function upsertQuestionSet(
  db: Queryable,
  set: { slug: string; documentId: string; title: string; source?: unknown; authored?: boolean },
): Promise<string> {
  const { rows } = await db.query<{ id: string }>(
    `INSERT INTO question_sets (slug, document_id, title, source, authored) VALUES ($1, $2, $3, $4::jsonb, $5)
     ON CONFLICT (slug) DO UPDATE SET document_id = EXCLUDED.document_id, title = EXCLUDED.title,
       source = EXCLUDED.source, retired = false
     RETURNING id::text AS "id"`,
    [
      set.slug,
      set.documentId,
      set.title,
      set.source === undefined ? null : JSON.stringify(set.source),
      set.authored ?? false,
    ],
  );
  return rows[0]!.id;
}

export interface ItemFields {
  contentKey: string;
  kind: string;
  documentId: string;
  questionSetId: string | null;
  position: number | null;
  slug: string | null;
  title: string | null;
  prompt: string;
  points: number;
  skill: string | null;
  paragraphNumbers: number[];
  explanation: string;
  maxLength: number | null;
  acceptedAnswers: string[];
  claim: string | null;
  stance: string | null;
  minSelections: number | null;
  maxSelections: number | null;
  guidance: string | null;
  /** A teacher-scored short answer's scoring guide (teachers only). */
  scoringGuide: string | null;
  evidencePoints: number | null;
  /** An exercise's extra answer slots (own claim, context facts). */
  answerSlots: object | null;
}

/** Inserts or revives an item by its authored key; returns its id. */
export async function upsertItem(db: Queryable, item: ItemFields): Promise<string> {
  const { rows } = await db.query<{ id: string }>(
    `INSERT INTO items (content_key, kind, document_id, question_set_id, position, slug, title, prompt, points, skill,
                        paragraph_numbers, explanation, max_length, accepted_answers, claim, stance, min_selections,
                        max_selections, guidance, evidence_points, answer_slots, scoring_guide)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11::int[], $12, $13, $14::text[], $15, $16, $17, $18, $19, $20, $21::jsonb, $22)
     ON CONFLICT (content_key) DO UPDATE SET
       kind = EXCLUDED.kind, document_id = EXCLUDED.document_id, question_set_id = EXCLUDED.question_set_id,
       position = EXCLUDED.position, slug = EXCLUDED.slug, title = EXCLUDED.title, prompt = EXCLUDED.prompt,
       points = EXCLUDED.points, skill = EXCLUDED.skill, paragraph_numbers = EXCLUDED.paragraph_numbers,
       explanation = EXCLUDED.explanation, max_length = EXCLUDED.max_length, accepted_answers = EXCLUDED.accepted_answers,
       claim = EXCLUDED.claim, stance = EXCLUDED.stance, min_selections = EXCLUDED.min_selections,
       max_selections = EXCLUDED.max_selections, guidance = EXCLUDED.guidance, evidence_points = EXCLUDED.evidence_points,
       answer_slots = EXCLUDED.answer_slots, scoring_guide = EXCLUDED.scoring_guide, retired = false
     RETURNING id::text AS "id"`,
    [
      item.contentKey,
      item.kind,
      item.documentId,
      item.questionSetId,
      item.position,
      item.slug,
      item.title,
      item.prompt,
      item.points,
      item.skill,
      item.paragraphNumbers,
      item.explanation,
      item.maxLength,
      item.acceptedAnswers,
      item.claim,
      item.stance,
      item.minSelections,
      item.maxSelections,
      item.guidance,
      item.evidencePoints,
      item.answerSlots === null ? null : JSON.stringify(item.answerSlots),
      item.scoringGuide,
    ],
  );
  return rows[0]!.id;
}

export interface OptionFields {
  role: "CHOICE" | "ORDER" | "LEFT" | "RIGHT" | "CLAIM" | "VOICE" | "SEGMENT";
  contentKey: string;
  displayPosition: number;
  text: string;
  correct: boolean | null;
  keyPosition: number | null;
  partnerKey: string | null;
  explanation: string | null;
  /** A segment's span (attribution questions); absent for every other role. */
  span?: { paragraphNumber: number; start: number; end: number } | null;
}

/** Inserts or revives an item's options in one statement; their public keys never change. */
export async function upsertOptions(
  db: Queryable,
  itemId: string,
  options: readonly OptionFields[],
): Promise<void> {
  if (options.length === 0) return;
  await db.query(
    `INSERT INTO item_options (item_id, role, content_key, display_position, text, correct, key_position, partner_key, explanation,
                               paragraph_number, start_offset, end_offset)
     SELECT $1, o.role, o.content_key, o.display_position, o.text, o.correct, o.key_position, o.partner_key, o.explanation,
            o.paragraph_number, o.start_offset, o.end_offset
       FROM unnest($2::text[], $3::text[], $4::int[], $5::text[], $6::boolean[], $7::int[], $8::text[], $9::text[],
                   $10::int[], $11::int[], $12::int[])
            AS o(role, content_key, display_position, text, correct, key_position, partner_key, explanation,
                 paragraph_number, start_offset, end_offset)
     ON CONFLICT (item_id, role, content_key) DO UPDATE SET
       display_position = EXCLUDED.display_position, text = EXCLUDED.text, correct = EXCLUDED.correct,
       key_position = EXCLUDED.key_position, partner_key = EXCLUDED.partner_key, explanation = EXCLUDED.explanation,
       paragraph_number = EXCLUDED.paragraph_number, start_offset = EXCLUDED.start_offset,
       end_offset = EXCLUDED.end_offset, retired = false`,
    [
      itemId,
      options.map((o) => o.role),
      options.map((o) => o.contentKey),
      options.map((o) => o.displayPosition),
      options.map((o) => o.text),
      options.map((o) => o.correct),
      options.map((o) => o.keyPosition),
      options.map((o) => o.partnerKey),
      options.map((o) => o.explanation),
      options.map((o) => o.span?.paragraphNumber ?? null),
      options.map((o) => o.span?.start ?? null),
      options.map((o) => o.span?.end ?? null),
    ],
  );
}

export interface LessonFields {
  slug: string;
  documentId: string;
  position: number;
  title: string;
  summary: string;
  estimatedMinutes: number;
  objectives: string[];
  skills: string[];
}

/** Inserts or revives a lesson; returns its id. */
export async function upsertLesson(db: Queryable, lesson: LessonFields): Promise<string> {
  const { rows } = await db.query<{ id: string }>(
    `INSERT INTO lessons (slug, document_id, position, title, summary, estimated_minutes, objectives, skills)
     VALUES ($1, $2, $3, $4, $5, $6, $7::text[], $8::text[])
     ON CONFLICT (slug) DO UPDATE SET
       document_id = EXCLUDED.document_id, position = EXCLUDED.position, title = EXCLUDED.title, summary = EXCLUDED.summary,
       estimated_minutes = EXCLUDED.estimated_minutes, objectives = EXCLUDED.objectives, skills = EXCLUDED.skills, retired = false
     RETURNING id::text AS "id"`,
    [
      lesson.slug,
      lesson.documentId,
      lesson.position,
      lesson.title,
      lesson.summary,
      lesson.estimatedMinutes,
      lesson.objectives,
      lesson.skills,
    ],
  );
  return rows[0]!.id;
}

export interface StepFields {
  contentKey: string;
  position: number;
  kind: string;
  title: string;
  body: string;
  paragraphNumbers: number[];
  questionSetId: string | null;
  exerciseItemId: string | null;
}

/** Inserts or updates a lesson's steps by their authored keys. */
export async function upsertSteps(
  db: Queryable,
  lessonId: string,
  steps: readonly StepFields[],
): Promise<void> {
  if (steps.length === 0) return;
  await db.query(
    `INSERT INTO lesson_steps (lesson_id, content_key, position, kind, title, body, paragraph_numbers, question_set_id, exercise_item_id)
     SELECT $1, s.content_key, s.position, s.kind, s.title, s.body,
            ARRAY(SELECT jsonb_array_elements_text(s.paragraph_numbers)::int), s.question_set_id, s.exercise_item_id
       FROM unnest($2::text[], $3::int[], $4::text[], $5::text[], $6::text[], $7::jsonb[], $8::bigint[], $9::bigint[])
            AS s(content_key, position, kind, title, body, paragraph_numbers, question_set_id, exercise_item_id)
     ON CONFLICT (content_key) DO UPDATE SET
       lesson_id = EXCLUDED.lesson_id, position = EXCLUDED.position, kind = EXCLUDED.kind, title = EXCLUDED.title,
       body = EXCLUDED.body, paragraph_numbers = EXCLUDED.paragraph_numbers, question_set_id = EXCLUDED.question_set_id,
       exercise_item_id = EXCLUDED.exercise_item_id`,
    [
      lessonId,
      steps.map((s) => s.contentKey),
      steps.map((s) => s.position),
      steps.map((s) => s.kind),
      steps.map((s) => s.title),
      steps.map((s) => s.body),
      steps.map((s) => JSON.stringify(s.paragraphNumbers)),
      steps.map((s) => s.questionSetId),
      steps.map((s) => s.exerciseItemId),
    ],
  );
}
