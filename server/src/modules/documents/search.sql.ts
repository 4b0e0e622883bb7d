import type { Queryable } from "../../core/database.js";

/** What websearch_to_tsquery makes of a query, negated words left out (querytree's text). */
export async function selectQueryTree(db: Queryable, query: string): Promise<string> {
  const { rows } = await db.query<{ tree: string }>(
    `SELECT querytree(websearch_to_tsquery('english', $1)) AS "tree"`,
    [query],
  );
  return rows[0].tree;
}

export interface SearchHitRow {
  paragraphId: string;
  documentId: string;
  number: number;
  text: string;
  /** ts_rank as float8, exact through JSON and back. */
  rank: number;
  /** The paragraph as the English parser splits it, in order, blanks included. */
  tokens: string[];
  /** Per token: "c" a compound whose parts follow (hyphenated word, URL), "m" a match, "" other. */
  flags: string[];
}

export interface SearchPosition {
  rank: number;
  documentId: string;
  number: number;
}

/**
 * One page of paragraphs matching the query, best first (rank, then document, then paragraph
 * number), after the given position: one statement whatever the number of hits. Each hit carries
 * its tokens, those whose lexemes are among `lexemes` flagged, for exact offsets.
 */
export async function selectSearchHits(
  db: Queryable,
  options: {
    query: string;
    lexemes: readonly string[];
    documentSlug: string | null;
    after: SearchPosition | null;
    limit: number;
  },
): Promise<SearchHitRow[]> {
  const { query, lexemes, documentSlug, after, limit } = options;
  const { rows } = await db.query<SearchHitRow>(
    `WITH q AS (SELECT websearch_to_tsquery('english', $1) AS q),
     hits AS (
       SELECT p.id, p.document_id, p.number, p.text, ts_rank(p.search_vector, q.q)::float8 AS rank
         FROM paragraphs p CROSS JOIN q
        WHERE p.search_vector @@ q.q
          AND ($2::text IS NULL OR p.document_id = (SELECT d.id FROM documents d WHERE d.slug = $2))
     ),
     page AS (
       SELECT hits.id, hits.document_id, hits.number, hits.text, hits.rank FROM hits
        WHERE $3::float8 IS NULL
           OR hits.rank < $3::float8
           OR (hits.rank = $3::float8
               AND (hits.document_id > $4::bigint OR (hits.document_id = $4::bigint AND hits.number > $5::int)))
        ORDER BY hits.rank DESC, hits.document_id, hits.number
        LIMIT $6
     )
     SELECT page.id::text AS "paragraphId", page.document_id::text AS "documentId", page.number AS "number",
            page.text AS "text", page.rank AS "rank", t.tokens AS "tokens", t.flags AS "flags"
       FROM page
       CROSS JOIN LATERAL (
         SELECT coalesce(array_agg(d.token ORDER BY d.n), '{}') AS tokens,
                coalesce(array_agg(CASE
                  WHEN d.alias IN ('asciihword', 'hword', 'numhword', 'url') THEN
                    CASE WHEN d.lexemes && $7::text[] THEN 'cm' ELSE 'c' END
                  WHEN d.lexemes && $7::text[] THEN 'm'
                  ELSE '' END ORDER BY d.n), '{}') AS flags
           FROM ts_debug('english', page.text) WITH ORDINALITY
                AS d(alias, description, token, dictionaries, dictionary, lexemes, n)
       ) t
      ORDER BY page.rank DESC, page.document_id, page.number`,
    [
      query,
      documentSlug,
      after?.rank ?? null,
      after?.documentId ?? null,
      after?.number ?? null,
      limit,
      lexemes,
    ],
  );
  return rows;
}
