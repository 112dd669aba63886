import type { Prisma } from "@/lib/generated/prisma/client";
import type { Paper } from "@/lib/papers/paper";

let serial = 0;

/** A valid paper row for tests; pass only what the test is about. */
export function makeTestPaper(overrides: Partial<Prisma.PaperCreateManyInput> = {}): Prisma.PaperCreateManyInput {
  serial++;
  return {
    id: `2601.${String(10_000 + serial)}`,
    title: `Untitled study number ${serial}`,
    summary: "We study something and report results.",
    authors: ["Ada Lovelace"],
    publishedAt: new Date("2026-01-01T00:00:00Z"),
    dailyDate: "2026-01-02",
    upvotes: 0,
    ...overrides,
  };
}

/** A complete paper as pages, the API and emails see it, every optional field empty. */
export function makeTestPaperView(overrides: Partial<Paper> = {}): Paper {
  const { authors, dailyDate, upvotes, ...row } = makeTestPaper();
  return {
    ...row,
    publishedAt: new Date(row.publishedAt),
    authors: authors as string[],
    dailyDate: dailyDate ?? null,
    upvotes: upvotes ?? 0,
    githubRepo: null,
    githubStars: null,
    projectPage: null,
    thumbnail: null,
    submittedBy: null,
    submitterFullname: null,
    numComments: null,
    aiSummary: null,
    aiKeywords: null,
    createdAt: new Date("2026-01-02T00:00:00Z"),
    updatedAt: new Date("2026-01-02T00:00:00Z"),
    ...overrides,
  };
}
