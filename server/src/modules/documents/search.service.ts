import type { Queryable } from "../../core/database.js";
import { badUserInput } from "../../core/errors.js";
import { decodeCursor, encodeCursor, matchRanges, positiveLexemes } from "./search-ranges.js";
import type { Range } from "./search-ranges.js";
import { selectQueryTree, selectSearchHits } from "./search.sql.js";

export const SEARCH_MAX_FIRST = 50;
export const SEARCH_MAX_QUERY_LENGTH = 200;

export interface SearchHitData {
  cursor: string;
  documentId: string;
  paragraph: { id: string; documentId: string; number: number; text: string };
  rank: number;
  ranges: Range[];
}

export interface SearchPage {
  hits: SearchHitData[];
  hasNextPage: boolean;
}

/**
 * Full-text search over every document's paragraphs (or one document's): English stemming,
 * websearch syntax ("quoted phrases", -excluded words, or). Two statements whatever the number of
 * hits: what the query looks for, then one page of hits with their tokens.
 */
export async function searchParagraphs(
  db: Queryable,
  input: { query: string; first: number; after: string | null; documentSlug: string | null },
): Promise<SearchPage> {
  const query = input.query.trim();
  if (query.length === 0) throw badUserInput("Type a word or phrase to search for.", "query");
  if (query.length > SEARCH_MAX_QUERY_LENGTH)
    throw badUserInput(`A search is at most ${SEARCH_MAX_QUERY_LENGTH} characters long.`, "query");
  if (!Number.isInteger(input.first) || input.first < 1 || input.first > SEARCH_MAX_FIRST)
    throw badUserInput(`first must be between 1 and ${SEARCH_MAX_FIRST}.`, "first");
  const after = input.after === null ? null : decodeCursor(input.after);
  if (input.after !== null && after === null)
    throw badUserInput("That cursor is not one this search gave out.", "after");

  const lexemes = positiveLexemes(await selectQueryTree(db, query));
  if (lexemes.length === 0)
    throw badUserInput(
      `“${query}” has no word to look for: only common words such as “the” or “of”, or only excluded words. Add a word that would be in the text.`,
      "query",
    );

  const rows = await selectSearchHits(db, {
    query,
    lexemes,
    documentSlug: input.documentSlug,
    after,
    limit: input.first + 1,
  });
  return {
    hasNextPage: rows.length > input.first,
    hits: rows.slice(0, input.first).map((row) => ({
      cursor: encodeCursor({ rank: row.rank, documentId: row.documentId, number: row.number }),
      documentId: row.documentId,
      paragraph: {
        id: row.paragraphId,
        documentId: row.documentId,
        number: row.number,
        text: row.text,
      },
      rank: row.rank,
      ranges: matchRanges(row.text, row.tokens, row.flags),
    })),
  };
}
