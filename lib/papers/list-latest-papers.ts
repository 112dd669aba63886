import type { PrismaClient } from "@/lib/generated/prisma/client";
import { toPaper, type Paper } from "@/lib/papers/paper";

/** The papers of the latest `days` featured days, newest day first, most upvoted first within a day. */
export async function listLatestPapers(db: PrismaClient, { days = 3, limit = 100 } = {}): Promise<Paper[]> {
  const recent = await db.paper.findMany({
    where: { dailyDate: { not: null } },
    distinct: ["dailyDate"],
    orderBy: { dailyDate: "desc" },
    select: { dailyDate: true },
    take: days,
  });
  if (recent.length === 0) return [];
  const rows = await db.paper.findMany({
    where: { dailyDate: { gte: recent.at(-1)!.dailyDate! } },
    orderBy: [{ dailyDate: "desc" }, { upvotes: "desc" }, { publishedAt: "desc" }],
    take: limit,
  });
  return rows.map(toPaper);
}
