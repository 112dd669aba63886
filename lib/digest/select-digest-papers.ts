import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import type { DigestPeriod } from "@/lib/digest/digest-period";
import { listDailyPapers } from "@/lib/papers/list-daily-papers";
import { toPaper, type Paper } from "@/lib/papers/paper";
import { buildFtsQuery } from "@/lib/search/build-fts-query";

/**
 * One MATCH expression for "any of these topics, in the title or the abstract", built
 * with the search box's own parser so a topic matches exactly what searching for it
 * would (stemming, phrases, exclusions). Topics the parser refuses are left out.
 */
export function topicsMatchExpression(topics: string[]): string | null {
  const matches = topics.map((topic) => buildFtsQuery(topic)).flatMap((query) => (query.ok ? [query.match] : []));
  if (matches.length === 0) return null;
  return `{title summary} : (${matches.map((match) => `(${match})`).join(" OR ")})`;
}

/**
 * The period's papers, most upvoted first (ties: newest, then id), top `topN`; with
 * topics, the top `topN` of those matching one of them.
 */
export async function selectDigestPapers(
  db: PrismaClient,
  { period, topN, topics = [] }: { period: DigestPeriod; topN: number; topics?: string[] },
): Promise<Paper[]> {
  const match = topicsMatchExpression(topics);
  if (!match) return listDailyPapers(db, { from: period.from, to: period.to, limit: topN });
  const rows = await db.$queryRaw<{ id: string }[]>(Prisma.sql`
    SELECT p."id" FROM "paper_fts" JOIN "Paper" p ON p.rowid = "paper_fts".rowid
    WHERE "paper_fts" MATCH ${match} AND p."dailyDate" BETWEEN ${period.from} AND ${period.to}
    ORDER BY p."upvotes" DESC, p."publishedAt" DESC, p."id" ASC
    LIMIT ${topN}`);
  return loadPapersInOrder(
    db,
    rows.map((row) => row.id),
  );
}

/** Papers by id, in the order given; ids no longer stored are dropped. */
export async function loadPapersInOrder(db: PrismaClient, ids: string[]): Promise<Paper[]> {
  const rows = await db.paper.findMany({ where: { id: { in: ids } } });
  const byId = new Map(rows.map((row) => [row.id, toPaper(row)]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}
