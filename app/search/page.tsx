import type { Metadata } from "next";
import { SearchForm } from "@/app/search/search-form";
import { SearchResults } from "@/app/search/search-results";
import { describeError, DomainError } from "@/lib/errors";
import { loadSearch } from "@/lib/search/load-search";
import { MAX_OFFSET, parseSearchParams, type SearchParams } from "@/lib/search/search-params";

const PER_PAGE = 20;

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const q = (await searchParams).q;
  const query = typeof q === "string" ? q.trim() : "";
  return {
    title: query ? `Search: ${query.slice(0, 80)}` : "Search",
    robots: { index: false },
    ...(query && { alternates: { types: { "application/rss+xml": `/feed.xml?q=${encodeURIComponent(query)}` } } }),
  };
}

function hrefFor(params: SearchParams, page: number): string {
  const query = new URLSearchParams({ q: params.q });
  if (params.sort !== "relevance") query.set("sort", params.sort);
  if (params.from) query.set("from", params.from);
  if (params.to) query.set("to", params.to);
  if (page > 1) query.set("page", String(page));
  return `/search?${query}`;
}

async function runSearch(raw: Record<string, string | string[] | undefined>) {
  const params = parseSearchParams(raw);
  if (!params.q.trim()) return { params, result: null };
  if ((params.page - 1) * PER_PAGE > MAX_OFFSET) {
    throw new DomainError(`page must be at most ${MAX_OFFSET / PER_PAGE + 1}: narrow the search to see later results.`);
  }
  const { q: query, sort, from, to } = params;
  const result = await loadSearch({ query, sort, from, to, limit: PER_PAGE, offset: (params.page - 1) * PER_PAGE });
  return { params, result };
}

export default async function SearchPage({ searchParams }: Props) {
  const raw = await searchParams;
  const outcome = await runSearch(raw).catch((error: unknown) => ({ error: describeError(error).body.error }));
  const params = "params" in outcome ? outcome.params : { q: typeof raw.q === "string" ? raw.q : "" };
  const result = "result" in outcome ? outcome.result : null;
  const pages = result ? Math.min(Math.ceil(result.total / PER_PAGE), MAX_OFFSET / PER_PAGE + 1) : 0;
  return (
    <>
      <h1>Search papers</h1>
      <SearchForm params={params} />
      {"error" in outcome && (
        <p className="notice notice--error" role="alert">
          {outcome.error}
        </p>
      )}
      {result && "params" in outcome && (
        <SearchResults
          params={outcome.params}
          result={result}
          perPage={PER_PAGE}
          pages={pages}
          hrefFor={(page) => hrefFor(outcome.params, page)}
        />
      )}
    </>
  );
}
