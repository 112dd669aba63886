import type { PrismaClient } from "@/lib/generated/prisma/client";
import { countPapersByDay, findAdjacentDays, type DayCount } from "@/lib/papers/day-index";
import { listDailyPapers } from "@/lib/papers/list-daily-papers";
import type { Paper } from "@/lib/papers/paper";
import { parseMonth, type Period } from "@/lib/papers/periods";

export interface PeriodView {
  period: Period;
  /** The top papers, most upvoted first. */
  papers: Paper[];
  /** All papers in the period, of which `papers` is the top. */
  total: number;
  /** The nearest days with papers outside the period. */
  previous: string | null;
  next: string | null;
  /** Papers per day over the calendar month the period starts in, for the jump-to-day calendar. */
  calendar: DayCount[];
}

/** Everything a day, week or month page shows, in one read. */
export async function browsePeriod(db: PrismaClient, period: Period, { limit = 100 } = {}): Promise<PeriodView> {
  const month = parseMonth(period.from.slice(0, 7));
  const range = { from: period.from, to: period.to };
  const [papers, adjacent, calendar, periodCounts] = await Promise.all([
    listDailyPapers(db, { ...range, limit }),
    findAdjacentDays(db, range),
    countPapersByDay(db, { from: month.from, to: month.to }),
    period.kind === "month" ? null : countPapersByDay(db, range),
  ]);
  const total = (periodCounts ?? calendar).reduce((sum, day) => sum + day.count, 0);
  return { period, papers, total, ...adjacent, calendar };
}
