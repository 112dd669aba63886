import { DomainError } from "@/lib/errors";
import { errorResponse } from "@/lib/error-response";
import { API_CACHE_HEADERS } from "@/lib/papers/api-cache-headers";
import { toHfDailyItem } from "@/lib/papers/to-hf-api";
import { loadSearch } from "@/lib/search/load-search";
import { MAX_OFFSET, parseSearchParams } from "@/lib/search/search-params";

export const dynamic = "force-dynamic";

/** `?q=&limit=&p=&sort=&from=&to=`: matching papers as daily_papers items; the total is in X-Total-Count. */
export async function GET(request: Request) {
  try {
    const { q, sort, from, to, limit, p } = parseSearchParams(new URL(request.url).searchParams);
    if (!q.trim()) throw new DomainError("q is required: the words to search for", 400);
    if (p * limit > MAX_OFFSET) throw new DomainError(`p: results past ${MAX_OFFSET} cannot be paged to`, 400);
    const result = await loadSearch({ query: q, sort, from, to, limit, offset: p * limit }).catch((error) => {
      throw error instanceof DomainError ? new DomainError(`q: ${error.message}`, error.status) : error;
    });
    return Response.json(
      result.hits.map((hit) => toHfDailyItem(hit.paper)),
      { headers: { ...API_CACHE_HEADERS, "X-Total-Count": String(result.total) } },
    );
  } catch (error) {
    return errorResponse(error);
  }
}
