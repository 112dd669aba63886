import type { Prisma } from "@/lib/generated/prisma/client";

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
