import type { PrismaClient } from "@/lib/generated/prisma/client";
import { DomainError } from "@/lib/errors";
import { toPaper, type Paper } from "@/lib/papers/paper";
import { buildFtsQuery } from "@/lib/search/build-fts-query";

export const SEARCH_SORTS = ["relevance", "date", "upvotes"] as const;
export type SearchSort = (typeof SEARCH_SORTS)[number];

export interface SearchOptions {
  query: string;
  sort?: SearchSort;
  /** Publication dates, inclusive, YYYY-MM-DD. */
  from?: string;
  to?: string;
  limit?: number;
  offset?: number;
}

/** Marks around matched words in `titleHighlight` and `snippet`: control characters no paper text uses. */
export const MARK_START = "\u0002";
export const MARK_END = "\u0003";

export interface SearchHit {
  paper: Paper;
  titleHighlight: string;
  /** A stretch of the abstract around the matches. */
  snippet: string;
}

export interface SearchResult {
  total: number;
  hits: SearchHit[];
  /** Author names from `author:` filters, for highlighting in author lists. */
  authors: string[];
}

// bm25 column weights: a word in the title counts most, then authors, then the abstract.
// The unary + keeps SQLite from walking the publishedAt index and probing the full-text
// index once per paper, which is many times slower than sorting the matches.
const ORDER_BY: Record<SearchSort, string> = {
  relevance: `bm25("paper_fts", 10.0, 4.0, 1.0), "paper_fts".rowid DESC`,
  date: `+p."publishedAt" DESC, p."id" DESC`,
  upvotes: `p."upvotes" DESC, +p."publishedAt" DESC`,
};

interface HitRow {
  id: string;
  titleHighlight: string;
  snippet: string;
}

/**
 * Full-text search over titles, authors and abstracts (see buildFtsQuery for the syntax).
 * An unusable query throws a DomainError (400) with a message for the person who typed it.
 */
export async function searchPapers(db: PrismaClient, options: SearchOptions): Promise<SearchResult> {
  const { sort = "relevance", from, to, limit = 20, offset = 0 } = options;
  const query = buildFtsQuery(options.query);
  if (!query.ok) throw new DomainError(query.error, 400);
  const where = [`"paper_fts" MATCH ?`];
  const params: unknown[] = [query.match];
  // Publication dates are stored as ISO timestamps in UTC; compare by their date part.
  if (from) {
    where.push(`p."publishedAt" >= ?`);
    params.push(from);
  }
  if (to) {
    where.push(`p."publishedAt" < ?`);
    params.push(`${to}T99`);
  }
  // Relevance without a date range needs nothing from "Paper": leaving out the join saves a
  // row lookup per match, which is most of the cost for common words.
  const join = from || to || sort !== "relevance" ? `JOIN "Paper" p ON p.rowid = "paper_fts".rowid` : "";
  const countJoin = from || to ? `JOIN "Paper" p ON p.rowid = "paper_fts".rowid` : "";
  const filter = `WHERE ${where.join(" AND ")}`;
  // Rank first, then highlight only the page: SQLite would otherwise build highlights and
  // snippets for every match before sorting them.
  const [counted, ranked] = await Promise.all([
    db.$queryRawUnsafe<{ total: number | bigint }[]>(
      `SELECT count(*) AS total FROM "paper_fts" ${countJoin} ${filter}`,
      ...params,
    ),
    db.$queryRawUnsafe<{ rowid: number | bigint }[]>(
      `SELECT "paper_fts".rowid AS rowid FROM "paper_fts" ${join} ${filter} ORDER BY ${ORDER_BY[sort]} LIMIT ? OFFSET ?`,
      ...params,
      limit,
      offset,
    ),
  ]);
  const rowids = ranked.map((row) => Number(row.rowid));
  const marked = rowids.length
    ? await db.$queryRawUnsafe<(HitRow & { rowid: number | bigint })[]>(
        `SELECT "paper_fts".rowid AS rowid, p."id" AS id,
                highlight("paper_fts", 0, char(2), char(3)) AS titleHighlight,
                snippet("paper_fts", 2, char(2), char(3), '…', 40) AS snippet
         FROM "paper_fts" JOIN "Paper" p ON p.rowid = "paper_fts".rowid
         WHERE "paper_fts" MATCH ? AND "paper_fts".rowid IN (${rowids.map(() => "?").join(",")})`,
        query.match,
        ...rowids,
      )
    : [];
  const byRowid = new Map(marked.map((row) => [Number(row.rowid), row]));
  const rows = rowids.flatMap((rowid) => byRowid.get(rowid) ?? []);
  const papers = await db.paper.findMany({ where: { id: { in: rows.map((row) => row.id) } } });
  const byId = new Map(papers.map((row) => [row.id, toPaper(row)]));
  const hits = rows.flatMap((row) => {
    const paper = byId.get(row.id);
    return paper ? [{ paper, titleHighlight: row.titleHighlight, snippet: row.snippet }] : [];
  });
  return { total: Number(counted[0]?.total ?? 0), hits, authors: query.authors };
}
