import { db } from "@/lib/db";
import { cacheByDataVersion } from "@/lib/papers/cache-by-data-version";
import { searchPapers, type SearchOptions } from "@/lib/search/search-papers";

/** Search results cached until papers change: a popular query runs once per import. */
export const loadSearch = (options: SearchOptions) =>
  cacheByDataVersion(`search:${JSON.stringify(options)}`, () => searchPapers(db(), options));
