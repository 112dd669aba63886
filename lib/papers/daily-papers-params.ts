import { z } from "zod";
import { DomainError } from "@/lib/errors";
import { wholeNumberParam } from "@/lib/query-params/whole-number-param";
import { parseDay, parseMonth, parseWeek, type Period } from "@/lib/papers/periods";

const schema = z.object({
  date: z.string().optional(),
  week: z.string().optional(),
  month: z.string().optional(),
  limit: wholeNumberParam("limit", 1, 100).default(50),
  p: wholeNumberParam("p", 0, 10_000).default(0),
  // "trending" is what Hugging Face clients send; here upvotes are the trend.
  sort: z
    .enum(["upvotes", "trending", "publishedAt"], "sort must be one of upvotes, trending, publishedAt")
    .default("upvotes"),
});

export type DailyPapersParams = Omit<z.output<typeof schema>, "date" | "week" | "month"> & { period: Period | null };

/** `/api/daily_papers` parameters; a bad one is a 400 whose message names it. */
export function parseDailyPapersParams(search: URLSearchParams): DailyPapersParams {
  const parsed = schema.safeParse(Object.fromEntries([...new Set(search.keys())].map((k) => [k, search.get(k)])));
  if (!parsed.success) throw new DomainError(parsed.error.issues[0].message, 400);
  const { date, week, month, ...rest } = parsed.data;
  const given = [date && "date", week && "week", month && "month"].filter(Boolean);
  if (given.length > 1) throw new DomainError(`give one of date, week or month, not ${given.join(" and ")}`, 400);
  try {
    const period = date ? parseDay(date) : week ? parseWeek(week) : month ? parseMonth(month) : null;
    return { ...rest, period };
  } catch (error) {
    throw new DomainError(`${given[0]}: ${(error as Error).message}`, 400);
  }
}
