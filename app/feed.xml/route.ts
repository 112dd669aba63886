import { db } from "@/lib/db";
import { describeError } from "@/lib/error-response";
import { env } from "@/lib/env";
import { cacheByDataVersion } from "@/lib/papers/cache-by-data-version";
import { renderRss } from "@/lib/papers/feed/render-rss";
import { listLatestPapers } from "@/lib/papers/list-latest-papers";
import { loadSearch } from "@/lib/search/load-search";

export const dynamic = "force-dynamic";

const HEADERS = {
  "Content-Type": "application/rss+xml; charset=utf-8",
  "Cache-Control": "public, max-age=300",
};

/** RSS of the latest featured days, or with `?q=` of a saved search (newest matches first). */
export async function GET(request: Request) {
  const url = new URL(request.url);
  const q = url.searchParams.get("q")?.trim() ?? "";
  const siteUrl = env().SITE_URL;
  const self = new URL(`/feed.xml${q ? `?q=${encodeURIComponent(q)}` : ""}`, siteUrl).toString();
  try {
    const papers = q
      ? (await loadSearch({ query: q, sort: "date", limit: 50 })).hits.map((hit) => hit.paper)
      : await cacheByDataVersion("feed:latest", () => listLatestPapers(db()));
    const channel = q
      ? {
          title: `Daily Papers: ${q}`,
          description: `New papers matching ${q}`,
          link: new URL(`/search?q=${encodeURIComponent(q)}&sort=date`, siteUrl).toString(),
        }
      : { title: "Daily Papers", description: "Each day's new research papers", link: siteUrl };
    return new Response(renderRss({ ...channel, self, siteUrl }, papers), { headers: HEADERS });
  } catch (error) {
    const { status, body } = describeError(error);
    return new Response(`q: ${body.error}\n`, { status, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  }
}
