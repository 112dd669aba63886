import { db } from "@/lib/db";
import { cacheByDataVersion } from "@/lib/papers/cache-by-data-version";
import { findLatestDailyDate } from "@/lib/papers/list-daily-papers";

/** The latest featured day, cached until papers change. */
export const loadLatestDay = () => cacheByDataVersion("latest-day", () => findLatestDailyDate(db()));
