import type { PrismaClient } from "@/lib/generated/prisma/client";
import { toPaper, type Paper } from "@/lib/papers/paper";

/** The most recent featured day that has papers, or null for an empty store. */
export async function findLatestDailyDate(db: PrismaClient): Promise<string | null> {
  const latest = await db.paper.findFirst({
    where: { dailyDate: { not: null } },
    orderBy: { dailyDate: "desc" },
    select: { dailyDate: true },
  });
  return latest?.dailyDate ?? null;
}

/** Papers featured from `from` to `to` (inclusive, YYYY-MM-DD), most upvoted first, ties newest first. */
export async function listDailyPapers(
  db: PrismaClient,
  { from, to = from, limit = 50, offset = 0 }: { from: string; to?: string; limit?: number; offset?: number },
): Promise<Paper[]> {
  const rows = await db.paper.findMany({
    where: { dailyDate: { gte: from, lte: to } },
    orderBy: [{ upvotes: "desc" }, { publishedAt: "desc" }, { id: "asc" }],
    take: limit,
    skip: offset,
  });
  return rows.map(toPaper);
}
