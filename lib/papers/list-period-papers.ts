import type { PrismaClient } from "@/lib/generated/prisma/client";
import { listDailyPapers } from "@/lib/papers/list-daily-papers";
import { toPaper, type Paper } from "@/lib/papers/paper";

/** Papers featured in a span, by upvotes (the default) or newest publication first. */
export async function listPeriodPapers(
  db: PrismaClient,
  options: { from: string; to: string; limit: number; offset: number; sort: "upvotes" | "publishedAt" },
): Promise<Paper[]> {
  const { sort, ...range } = options;
  if (sort === "upvotes") return listDailyPapers(db, range);
  const rows = await db.paper.findMany({
    where: { dailyDate: { gte: range.from, lte: range.to } },
    orderBy: [{ publishedAt: "desc" }, { id: "asc" }],
    take: range.limit,
    skip: range.offset,
  });
  return rows.map(toPaper);
}
