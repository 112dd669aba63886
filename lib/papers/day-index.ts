import type { PrismaClient } from "@/lib/generated/prisma/client";

export interface DayCount {
  date: string;
  count: number;
}

/** The nearest featured days with papers before `from` and after `to`, so navigation skips empty days. */
export async function findAdjacentDays(
  db: PrismaClient,
  { from, to = from }: { from: string; to?: string },
): Promise<{ previous: string | null; next: string | null }> {
  const [previous, next] = await Promise.all([
    db.paper.findFirst({
      where: { dailyDate: { lt: from } },
      orderBy: { dailyDate: "desc" },
      select: { dailyDate: true },
    }),
    db.paper.findFirst({
      where: { dailyDate: { gt: to } },
      orderBy: { dailyDate: "asc" },
      select: { dailyDate: true },
    }),
  ]);
  return { previous: previous?.dailyDate ?? null, next: next?.dailyDate ?? null };
}

/** How many papers each featured day from `from` to `to` has; days without papers are absent. */
export async function countPapersByDay(
  db: PrismaClient,
  { from, to = from }: { from: string; to?: string },
): Promise<DayCount[]> {
  const groups = await db.paper.groupBy({
    by: ["dailyDate"],
    where: { dailyDate: { gte: from, lte: to } },
    _count: { _all: true },
    orderBy: { dailyDate: "asc" },
  });
  return groups.map((group) => ({ date: group.dailyDate!, count: group._count._all }));
}
