import type { PrismaClient } from "@/lib/generated/prisma/client";
import { toPaper, type Paper } from "@/lib/papers/paper";
import { toFtsPhrase } from "@/lib/search/fts-phrase";
import { STOP_WORDS } from "@/lib/search/stop-words";

const QUERY_TERMS = 30;
const TITLE_BOOST = 3;

/** The words that say most about a paper: title words count triple, stop words not at all. */
export function pickCharacteristicWords(title: string, summary: string, count = QUERY_TERMS): string[] {
  const weights = new Map<string, number>();
  const add = (text: string, weight: number) => {
    for (const word of text
      .toLowerCase()
      .normalize("NFKD")
      .match(/[\p{L}\p{N}]{3,}/gu) ?? []) {
      if (STOP_WORDS.has(word) || /^\d+$/.test(word)) continue;
      weights.set(word, (weights.get(word) ?? 0) + weight);
    }
  };
  add(title, TITLE_BOOST);
  add(summary, 1);
  // Ties go to longer words, which tend to be rarer and more telling.
  return [...weights.entries()]
    .sort((a, b) => b[1] - a[1] || b[0].length - a[0].length)
    .slice(0, count)
    .map(([word]) => word);
}

/**
 * "More like this": the paper's characteristic words as one OR query over titles and
 * abstracts, ranked by the index's BM25 (TF-IDF with length normalisation, IDF from the
 * whole store), title matches weighted above abstract ones. One indexed query, so it stays
 * fast however many papers there are.
 */
export async function findSimilarPapers(db: PrismaClient, paper: Paper, { limit = 5 } = {}): Promise<Paper[]> {
  const phrases = pickCharacteristicWords(paper.title, paper.summary).flatMap((word) => toFtsPhrase(word) ?? []);
  if (phrases.length === 0) return [];
  const rows = await db.$queryRawUnsafe<{ id: string }[]>(
    `SELECT p."id" AS id FROM "paper_fts" JOIN "Paper" p ON p.rowid = "paper_fts".rowid
     WHERE "paper_fts" MATCH ? AND p."id" <> ?
     ORDER BY bm25("paper_fts", 2.0, 0.0, 1.0) LIMIT ?`,
    `{title summary} : (${phrases.join(" OR ")})`,
    paper.id,
    limit,
  );
  const papers = await db.paper.findMany({ where: { id: { in: rows.map((row) => row.id) } } });
  const byId = new Map(papers.map((row) => [row.id, toPaper(row)]));
  return rows.flatMap((row) => byId.get(row.id) ?? []);
}
