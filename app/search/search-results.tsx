import { Pagination } from "@/app/_components/pagination";
import { PaperList } from "@/app/_components/paper-list";
import type { SearchParams } from "@/lib/search/search-params";
import type { SearchResult } from "@/lib/search/search-papers";

const plural = (count: number) => (count === 1 ? "paper matches" : "papers match");

/** The count, the matching cards with marked words, and page links. */
export function SearchResults({
  params,
  result,
  perPage,
  pages,
  hrefFor,
}: {
  params: SearchParams;
  result: SearchResult;
  perPage: number;
  pages: number;
  hrefFor: (page: number) => string;
}) {
  const first = (params.page - 1) * perPage + 1;
  const last = first + result.hits.length - 1;
  return (
    <>
      <p className="search-count" role="status">
        {result.total === 0 ? (
          "No papers match. Try fewer words, or check the spelling."
        ) : (
          <>
            {result.total.toLocaleString("en-US")} {plural(result.total)}
            {result.hits.length > 0 && result.total > result.hits.length && ` · showing ${first}–${last}`} ·{" "}
            <a href={`/feed.xml?q=${encodeURIComponent(params.q)}`}>RSS feed of this search</a>
          </>
        )}
      </p>
      <PaperList
        papers={result.hits.map((hit) => hit.paper)}
        highlights={
          new Map(result.hits.map((hit) => [hit.paper.id, { title: hit.titleHighlight, snippet: hit.snippet }]))
        }
      />
      <Pagination page={params.page} pages={pages} hrefFor={hrefFor} />
    </>
  );
}
