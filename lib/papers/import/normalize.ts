import { z } from "zod";
import { ARXIV_ID, normalizeArxivId } from "@/lib/papers/arxiv-id";

const foldWhitespace = (value: unknown) => (typeof value === "string" ? value.replace(/\s+/g, " ").trim() : value);

/** Empty strings and nulls count as absent, so a blank field never overwrites a stored value. */
const blankToUndefined = (value: unknown) => (value === null || value === "" ? undefined : value);

const requiredMessage = (kind: string) => ({
  error: (issue: { input: unknown }) => (issue.input === undefined ? "is required" : `must be ${kind}`),
});

/** Whitespace and line breaks folded to single spaces; blank means absent. */
const text = () => z.preprocess((v) => blankToUndefined(foldWhitespace(v)), z.string(requiredMessage("a string")));
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => blankToUndefined(foldWhitespace(v)), schema.optional());

/** A real calendar date or date-time: `2026-02-30` is refused, not rolled over to March. */
const dateString = z
  .string(requiredMessage("a date string"))
  .regex(/^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/, "must be a date (YYYY-MM-DD)")
  .refine((value) => {
    const [y, m, d] = value.slice(0, 10).split("-").map(Number);
    const date = new Date(Date.UTC(y, m - 1, d));
    return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
  }, "is not a real date");

/** Links end up in href attributes: only http(s), never `javascript:` or `data:`. */
const webUrl = z.url({ protocol: /^https?$/, error: "must be an http(s) URL" });

const count = z.number("must be a number").int("must be a whole number").min(0, "must not be negative");

/** One paper record from any import format, as the format adapters hand it over. */
export const importedPaperSchema = z.strictObject({
  id: z.preprocess(
    blankToUndefined,
    z
      .string(requiredMessage("a string"))
      .transform(normalizeArxivId)
      .refine((id) => ARXIV_ID.test(id), "is not an arXiv id"),
  ),
  title: text().pipe(z.string().max(1_000, "is longer than 1000 characters")),
  summary: text().pipe(z.string().max(20_000, "is longer than 20000 characters")),
  authors: z
    .array(text(), "must be a list of names")
    .min(1, "must name at least one author")
    .max(5_000, "has more than 5000 names"),
  publishedAt: z
    .preprocess(blankToUndefined, dateString)
    .transform((value) => new Date(value.length === 10 ? `${value}T00:00:00Z` : value)),
  /** The featured day; absent means featured on no day. */
  dailyDate: optional(
    dateString.transform((value) =>
      new Date(value.length === 10 ? `${value}T00:00:00Z` : value).toISOString().slice(0, 10),
    ),
  ),
  upvotes: optional(count),
  githubRepo: optional(webUrl),
  githubStars: optional(count),
  projectPage: optional(webUrl),
  thumbnail: optional(webUrl),
  submittedBy: optional(z.string("must be a string")),
  submitterFullname: optional(z.string("must be a string")),
  numComments: optional(count),
  aiSummary: optional(z.string("must be a string")),
  aiKeywords: optional(z.array(z.string("must be a string"), "must be a list of strings")),
});

export type ImportedPaper = z.output<typeof importedPaperSchema>;
