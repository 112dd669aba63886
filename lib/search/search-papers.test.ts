import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeTestPaper } from "@/lib/papers/make-test-paper";
import { MARK_END, MARK_START, searchPapers } from "@/lib/search/search-papers";
import { createTestDb } from "@/lib/testing/test-db";

const testDb = createTestDb();
const db = testDb.db;

beforeAll(async () => {
  await db.paper.createMany({
    data: [
      makeTestPaper({
        id: "2601.00001",
        title: "Sparse Attention for Long Documents",
        summary: "We make transformers read long documents with sparse attention patterns.",
        authors: ["Grace Hopper", "Alan Turing"],
        publishedAt: new Date("2026-01-05T00:00:00Z"),
        upvotes: 5,
      }),
      makeTestPaper({
        id: "2601.00002",
        title: "Graph Neural Networks at Scale",
        summary: "A study of message passing. Sparse attention is mentioned once in passing here.",
        authors: ["Ada Lovelace"],
        publishedAt: new Date("2026-01-20T00:00:00Z"),
        upvotes: 50,
      }),
      makeTestPaper({
        id: "2601.00003",
        title: "Optimizers Revisited",
        summary: "Learning rates, warmup and the sparse world of attention heads.",
        authors: ["Sparse Attention"],
        publishedAt: new Date("2026-01-10T00:00:00Z"),
        upvotes: 1,
      }),
    ],
  });
});
afterAll(() => testDb.cleanup());

const ids = (result: { hits: { paper: { id: string } }[] }) => result.hits.map((hit) => hit.paper.id);

describe("searchPapers", () => {
  it("ranks a match in the title above one in the authors above one in the abstract", async () => {
    const result = await searchPapers(db, { query: "sparse attention" });
    expect(ids(result)).toEqual(["2601.00001", "2601.00003", "2601.00002"]);
    expect(result.total).toBe(3);
  });

  it("finds an exact phrase from an abstract", async () => {
    expect(ids(await searchPapers(db, { query: '"message passing"' }))).toEqual(["2601.00002"]);
  });

  it("marks matched words in the title and the abstract snippet", async () => {
    const [hit] = (await searchPapers(db, { query: "documents" })).hits;
    expect(hit.titleHighlight).toBe(`Sparse Attention for Long ${MARK_START}Documents${MARK_END}`);
    expect(hit.snippet).toContain(`${MARK_START}documents${MARK_END}`);
  });

  it("filters by author and reports the names it filtered by", async () => {
    const result = await searchPapers(db, { query: 'author:"alan turing"' });
    expect(ids(result)).toEqual(["2601.00001"]);
    expect(result.authors).toEqual(["alan turing"]);
  });

  it("sorts by date or upvotes and pages through results with a stable total", async () => {
    expect(ids(await searchPapers(db, { query: "sparse", sort: "date" }))).toEqual([
      "2601.00002",
      "2601.00003",
      "2601.00001",
    ]);
    const page2 = await searchPapers(db, { query: "sparse", sort: "upvotes", limit: 2, offset: 2 });
    expect(ids(page2)).toEqual(["2601.00003"]);
    expect(page2.total).toBe(3);
  });

  it("keeps to a publication date range, both ends inclusive", async () => {
    const result = await searchPapers(db, { query: "sparse", from: "2026-01-05", to: "2026-01-10", sort: "date" });
    expect(ids(result)).toEqual(["2601.00003", "2601.00001"]);
    expect(result.total).toBe(2);
  });

  it("finds papers added after the index was built, and forgets deleted ones", async () => {
    await db.paper.create({ data: makeTestPaper({ id: "2601.00004", title: "Quokka behaviour" }) });
    expect(ids(await searchPapers(db, { query: "quokka" }))).toEqual(["2601.00004"]);
    await db.paper.update({ where: { id: "2601.00004" }, data: { title: "Wombat behaviour" } });
    expect(ids(await searchPapers(db, { query: "quokka" }))).toEqual([]);
    await db.paper.delete({ where: { id: "2601.00004" } });
    expect(ids(await searchPapers(db, { query: "wombat" }))).toEqual([]);
  });

  it("turns an unusable query into a 400 with a message", async () => {
    await expect(searchPapers(db, { query: "((( ***" })).rejects.toMatchObject({ status: 400 });
  });
});
