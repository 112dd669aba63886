import type { SearchParams } from "@/lib/search/search-params";

/** The full search form: query, sort and publication date range; a plain GET form that needs no JavaScript. */
export function SearchForm({ params }: { params: Partial<SearchParams> }) {
  return (
    <form action="/search" method="get" role="search" className="search-form" aria-label="Search papers">
      <div className="search-form__query">
        <label htmlFor="search-q">Search titles, abstracts and authors</label>
        <input id="search-q" name="q" type="search" defaultValue={params.q} maxLength={500} />
        <button type="submit">Search</button>
      </div>
      <div className="search-form__options">
        <label>
          Sort by{" "}
          <select name="sort" defaultValue={params.sort ?? "relevance"}>
            <option value="relevance">Relevance</option>
            <option value="date">Newest</option>
            <option value="upvotes">Upvotes</option>
          </select>
        </label>
        <label>
          Published from <input type="date" name="from" defaultValue={params.from} />
        </label>
        <label>
          to <input type="date" name="to" defaultValue={params.to} />
        </label>
      </div>
      <p className="search-form__help">
        All words must match, in any form (<i>rank</i> finds <i>ranking</i>), and the last one may be the start of a
        word (<i>transf</i> finds <i>transformer</i>). Use &quot;quotes&quot; for a phrase,{" "}
        <code>author:&quot;name&quot;</code> for an author, <code>-word</code> to leave a word out.
      </p>
    </form>
  );
}
