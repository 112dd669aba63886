/** Answers may be a minute stale in shared caches; the server's own cache follows imports at once. */
export const API_CACHE_HEADERS = { "Cache-Control": "public, max-age=60, stale-while-revalidate=300" };
