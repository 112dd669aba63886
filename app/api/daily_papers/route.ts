import { db } from "@/lib/db";
import { errorResponse } from "@/lib/error-response";
import { API_CACHE_HEADERS } from "@/lib/papers/api-cache-headers";
import { cacheByDataVersion } from "@/lib/papers/cache-by-data-version";
import { parseDailyPapersParams } from "@/lib/papers/daily-papers-params";
import { loadLatestDay } from "@/lib/papers/latest-day";
import { listPeriodPapers } from "@/lib/papers/list-period-papers";
import { parseDay } from "@/lib/papers/periods";
import { toHfDailyItem } from "@/lib/papers/to-hf-api";

export const dynamic = "force-dynamic";

/** Hugging Face compatible: `?date=|week=|month=&limit=&p=&sort=`; no period means the latest day. */
export async function GET(request: Request) {
  try {
    const { period, limit, p, sort } = parseDailyPapersParams(new URL(request.url).searchParams);
    const latest = period ? null : await loadLatestDay();
    const span = period ?? (latest ? parseDay(latest) : null);
    if (!span) return Response.json([], { headers: API_CACHE_HEADERS });
    const order = sort === "publishedAt" ? "publishedAt" : "upvotes";
    const items = await cacheByDataVersion(`api:daily:${span.key}:${order}:${limit}:${p}`, async () =>
      (await listPeriodPapers(db(), { from: span.from, to: span.to, limit, offset: p * limit, sort: order })).map(
        toHfDailyItem,
      ),
    );
    return Response.json(items, { headers: API_CACHE_HEADERS });
  } catch (error) {
    return errorResponse(error);
  }
}
