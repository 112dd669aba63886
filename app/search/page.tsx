import type { Metadata } from "next";
import { SearchForm } from "@/app/search/search-form";
import { SearchResults } from "@/app/search/search-results";
import { DomainError } from "@/lib/errors";
import { describeError } from "@/lib/error-response";
import { loadSearch } from "@/lib/search/load-search";
import type { SearchResult } from "@/lib/search/search-papers";
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

const MAX_PAGE = MAX_OFFSET / PER_PAGE + 1;

type Outcome =
  { ok: true; params: SearchParams; result: SearchResult | null } | { ok: false; q: string; error: string };

/** Parses and runs the search; anything wrong with the input becomes a message, never an error page. */
async function runSearch(raw: Record<string, string | string[] | undefined>): Promise<Outcome> {
  try {
    const params = parseSearchParams(raw);
    if (!params.q.trim()) return { ok: true, params, result: null };
    if (params.page > MAX_PAGE) {
      throw new DomainError(`page must be at most ${MAX_PAGE}: narrow the search to see later results.`);
    }
    const { q: query, sort, from, to } = params;
    const offset = (params.page - 1) * PER_PAGE;
    return { ok: true, params, result: await loadSearch({ query, sort, from, to, limit: PER_PAGE, offset }) };
  } catch (error) {
    return { ok: false, q: typeof raw.q === "string" ? raw.q : "", error: describeError(error).body.error };
  }
}

export default async function SearchPage({ searchParams }: Props) {
  const outcome = await runSearch(await searchParams);
  return (
    <>
      <h1>Search papers</h1>
      <SearchForm params={outcome.ok ? outcome.params : { q: outcome.q }} />
      {!outcome.ok && (
        <p className="notice notice--error" role="alert">
          {outcome.error}
        </p>
      )}
      {outcome.ok && outcome.result && (
        <SearchResults
          params={outcome.params}
          result={outcome.result}
          perPage={PER_PAGE}
          pages={Math.min(Math.ceil(outcome.result.total / PER_PAGE), MAX_PAGE)}
          hrefFor={(page) => hrefFor(outcome.params, page)}
        />
      )}
    </>
  );
}
