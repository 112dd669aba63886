import { describe, expect, it } from "vitest";
import { normalizeArxivId } from "@/lib/papers/arxiv-id";
import { importedPaperSchema } from "@/lib/papers/import/normalize";

const valid = {
  id: "2510.01234",
  title: "A Title",
  summary: "An abstract.",
  authors: ["Ada Lovelace"],
  publishedAt: "2026-10-01",
};

const problemsOf = (fields: Record<string, unknown>) => {
  const result = importedPaperSchema.safeParse({ ...valid, ...fields });
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
};

describe("normalizeArxivId", () => {
  it.each([
    ["arXiv:2401.12345v2", "2401.12345"],
    ["https://arxiv.org/abs/2401.12345v11", "2401.12345"],
    ["http://arxiv.org/pdf/2401.12345v1.pdf", "2401.12345"],
    ["  2401.1234  ", "2401.1234"],
    ["hep-th/9901001v3", "hep-th/9901001"],
  ])("%s -> %s", (raw, id) => expect(normalizeArxivId(raw)).toBe(id));
});

describe("importedPaperSchema", () => {
  it("folds whitespace and line breaks in titles, abstracts and names", () => {
    const paper = importedPaperSchema.parse({
      ...valid,
      title: "  Deep\n   Nets \t Again ",
      summary: "Line one.\r\nLine   two.",
      authors: [" Ada\nLovelace "],
    });
    expect([paper.title, paper.summary, paper.authors[0]]).toEqual([
      "Deep Nets Again",
      "Line one. Line two.",
      "Ada Lovelace",
    ]);
  });

  it("treats empty strings as absent", () => {
    const paper = importedPaperSchema.parse({ ...valid, githubRepo: "", dailyDate: "", aiSummary: "  " });
    expect(paper.githubRepo).toBeUndefined();
    expect(paper.dailyDate).toBeUndefined();
    expect(paper.aiSummary).toBeUndefined();
  });

  it("keeps the featured day of a date-time as its UTC calendar day", () => {
    expect(importedPaperSchema.parse({ ...valid, dailyDate: "2026-05-29T00:00:00.000Z" }).dailyDate).toBe("2026-05-29");
  });

  it.each([
    [{ publishedAt: "2026-02-30" }, "publishedAt: is not a real date"],
    [{ publishedAt: "2026-13-01T00:00:00Z" }, "publishedAt: is not a real date"],
    [{ publishedAt: "yesterday" }, "publishedAt: must be a date (YYYY-MM-DD)"],
    [{ publishedAt: undefined }, "publishedAt: is required"],
    [{ dailyDate: "2025-02-29" }, "dailyDate: is not a real date"],
    [{ title: "" }, "title: is required"],
    [{ title: 7 }, "title: must be a string"],
    [{ summary: undefined }, "summary: is required"],
    [{ authors: ["Ada", 42] }, "authors.1: must be a string"],
    [{ authors: [] }, "authors: must name at least one author"],
    [{ authors: "Ada Lovelace" }, "authors: must be a list of names"],
    [{ id: "not-an-id" }, "id: is not an arXiv id"],
    [{ upvotes: -1 }, "upvotes: must not be negative"],
    [{ upvotes: "12" }, "upvotes: must be a number"],
    [{ githubRepo: "javascript:alert(1)" }, "githubRepo: must be an http(s) URL"],
    [{ projectPage: "data:text/html,hi" }, "projectPage: must be an http(s) URL"],
  ])("rejects %o with %s", (fields, message) => {
    expect(problemsOf(fields)).toContain(message);
  });

  it("accepts a leap day that exists", () => {
    expect(problemsOf({ publishedAt: "2024-02-29" })).toEqual([]);
  });
});
