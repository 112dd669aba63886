import { z } from "zod";
import { DomainError } from "@/lib/errors";
import { wholeNumberParam } from "@/lib/query-params/whole-number-param";
import { SEARCH_SORTS } from "@/lib/search/search-papers";

/** Deep pages cost a scan each; nobody reads past result 10 000. */
export const MAX_OFFSET = 10_000;

const day = (name: string) =>
  z.iso
    .date(`${name} must be a real date, YYYY-MM-DD`)
    .optional()
    .or(z.literal("").transform(() => undefined));

/** Query parameters shared by /search, /api/papers/search and /feed.xml; the first of repeated values counts. */
export const searchParamsSchema = z
  .object({
    q: z.string().default(""),
    sort: z.enum(SEARCH_SORTS, `sort must be one of ${SEARCH_SORTS.join(", ")}`).default("relevance"),
    from: day("from"),
    to: day("to"),
    page: wholeNumberParam("page", 1, 1_000).default(1),
    p: wholeNumberParam("p", 0, MAX_OFFSET).default(0),
    limit: wholeNumberParam("limit", 1, 100).default(20),
  })
  .refine((v) => !v.from || !v.to || v.from <= v.to, { message: "from must not be after to", path: ["from"] });

export type SearchParams = z.output<typeof searchParamsSchema>;

/** Reads URL query parameters (URLSearchParams or Next's searchParams object); throws a 400 naming the parameter. */
export function parseSearchParams(source: URLSearchParams | Record<string, string | string[] | undefined>) {
  const entries =
    source instanceof URLSearchParams
      ? [...new Set(source.keys())].map((key) => [key, source.get(key)])
      : Object.entries(source).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]);
  const parsed = searchParamsSchema.safeParse(Object.fromEntries(entries.filter(([, v]) => v !== undefined)));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new DomainError(issue.message, 400);
  }
  return parsed.data;
}
