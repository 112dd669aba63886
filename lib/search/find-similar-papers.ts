import type { PrismaClient } from "@/lib/generated/prisma/client";
import { toPaper, type Paper } from "@/lib/papers/paper";
import { porterStem, tokenize } from "@/lib/search/porter-stem";
import { toFtsPhrase } from "@/lib/search/fts-phrase";
import { STOP_WORDS } from "@/lib/search/stop-words";

/** How many of the paper's most telling terms fetch candidates from the index. */
const QUERY_TERMS = 12;
/** Candidates re-ranked by exact cosine. */
const CANDIDATES = 40;
/** Title words say more about a paper than abstract words. */
const TITLE_WEIGHT = 2;

interface TermCounts {
  counts: Map<string, number>;
  /** A word as written for each stem, to query the index with (it stems it back). */
  surface: Map<string, string>;
}

/** Stemmed term frequencies over title and abstract, stop words left out. */
export function countTerms(title: string, summary: string): TermCounts {
  const counts = new Map<string, number>();
  const surface = new Map<string, string>();
  const add = (text: string, weight: number) => {
    for (const word of tokenize(text)) {
      if (word.length < 3 || STOP_WORDS.has(word) || /^\d+$/.test(word)) continue;
      const stem = porterStem(word);
      counts.set(stem, (counts.get(stem) ?? 0) + weight);
      if (!surface.has(stem)) surface.set(stem, word);
    }
  };
  add(title, TITLE_WEIGHT);
  add(summary, 1);
  return { counts, surface };
}

/** Document frequencies from the index's vocabulary, through a cache that callers keep per data version. */
async function loadDocumentFrequencies(db: PrismaClient, terms: string[], cache: Map<string, number>) {
  const missing = terms.filter((term) => !cache.has(term));
  for (let i = 0; i < missing.length; i += 500) {
    const batch = missing.slice(i, i + 500);
    const rows = await db.$queryRawUnsafe<{ term: string; doc: number | bigint }[]>(
      `SELECT term, doc FROM "paper_fts_vocab" WHERE term IN (${batch.map(() => "?").join(",")})`,
      ...batch,
    );
    for (const term of batch) cache.set(term, 0);
    for (const row of rows) cache.set(row.term, Number(row.doc));
  }
  return cache;
}

/** TF-IDF weights ((1 + ln tf) · ln(N / df)), unit length. */
function weigh(counts: Map<string, number>, df: Map<string, number>, total: number): Map<string, number> {
  const weights = new Map<string, number>();
  let norm = 0;
  for (const [term, tf] of counts) {
    const docs = df.get(term) ?? 0;
    if (docs === 0) continue;
    const weight = (1 + Math.log(tf)) * Math.log(total / docs);
    weights.set(term, weight);
    norm += weight * weight;
  }
  norm = Math.sqrt(norm) || 1;
  for (const [term, weight] of weights) weights.set(term, weight / norm);
  return weights;
}

const cosine = (a: Map<string, number>, b: Map<string, number>) =>
  [...a].reduce((sum, [term, weight]) => sum + weight * (b.get(term) ?? 0), 0);

/**
 * The papers most similar to one by TF-IDF cosine over title and abstract. The paper's
 * most telling terms fetch candidates from the full-text index (one indexed query, so it
 * stays fast at any size), then candidates are ranked by exact cosine.
 */
export async function findSimilarPapers(
  db: PrismaClient,
  paper: Paper,
  { limit = 5, dfCache = new Map<string, number>() }: { limit?: number; dfCache?: Map<string, number> } = {},
): Promise<Paper[]> {
  const own = countTerms(paper.title, paper.summary);
  const [total] = await Promise.all([db.paper.count(), loadDocumentFrequencies(db, [...own.counts.keys()], dfCache)]);
  const weights = weigh(own.counts, dfCache, total);
  const telling = [...weights]
    .filter(([term]) => (dfCache.get(term) ?? 0) > 1)
    .sort((a, b) => b[1] - a[1])
    .slice(0, QUERY_TERMS)
    .flatMap(([term]) => toFtsPhrase(own.surface.get(term)!) ?? []);
  if (telling.length === 0) return [];
  const rows = await db.$queryRawUnsafe<{ id: string }[]>(
    `SELECT p."id" AS id FROM "paper_fts" JOIN "Paper" p ON p.rowid = "paper_fts".rowid
     WHERE "paper_fts" MATCH ? AND p."id" <> ? ORDER BY rank LIMIT ?`,
    `{title summary} : (${telling.join(" OR ")})`,
    paper.id,
    CANDIDATES,
  );
  const candidates = (await db.paper.findMany({ where: { id: { in: rows.map((row) => row.id) } } })).map(toPaper);
  const counted = candidates.map((candidate) => ({ candidate, ...countTerms(candidate.title, candidate.summary) }));
  await loadDocumentFrequencies(db, [...new Set(counted.flatMap((c) => [...c.counts.keys()]))], dfCache);
  return counted
    .map(({ candidate, counts }) => ({ candidate, score: cosine(weights, weigh(counts, dfCache, total)) }))
    .filter(({ score }) => score > 0)
    .sort((a, b) => b.score - a.score || a.candidate.id.localeCompare(b.candidate.id))
    .slice(0, limit)
    .map(({ candidate }) => candidate);
}
