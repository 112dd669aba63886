import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { importFile } from "@/lib/papers/import/import-file";
import { formatProblem } from "@/lib/papers/import/validate-records";
import { createTestDb, type TestDb } from "@/lib/testing/test-db";

const fixture = (name: string) => path.resolve("lib/papers/import/fixtures", name);
const demo = (name: string) => path.resolve("prisma/demo", name);
const options = { dailyDate: "2026-10-03" };

let t: TestDb;
beforeEach(() => {
  t = createTestDb();
});
afterEach(() => t.cleanup());

function writeTemp(name: string, content: string): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "import-")), name);
  fs.writeFileSync(file, content);
  return file;
}

describe("importFile, by format", () => {
  it("reads the Hugging Face daily_papers API response", async () => {
    const result = await importFile(t.db, fixture("hf-api.json"), options);
    expect(result).toMatchObject({ format: "hf-api", records: 2, inserted: 2, rejected: 0, applied: true });
    const paper = await t.db.paper.findUniqueOrThrow({ where: { id: "2510.01234" } });
    expect(paper).toMatchObject({
      title: "Analytical Engines for Sparse Attention",
      summary: "We revisit the analytical engine. It computes sparse attention in linear time.",
      authors: ["Ada Lovelace", "Charles Babbage"],
      dailyDate: "2026-10-02",
      upvotes: 42,
      githubStars: 310,
      projectPage: "https://example.org/engines",
      thumbnail: "https://cdn.example.org/thumbs/2510.01234.png",
      numComments: 3,
      submittedBy: "ada",
      submitterFullname: "Ada Lovelace",
      aiSummary: "An old machine computes attention sparsely.",
      aiKeywords: ["sparse attention", "analytical engine"],
    });
    expect(paper.publishedAt.toISOString()).toBe("2026-10-01T17:59:58.000Z");
    const second = await t.db.paper.findUniqueOrThrow({ where: { id: "2510.05678" } });
    expect(second.githubRepo).toBeNull();
    expect(second.aiSummary).toBeNull();
  });

  it("reads a daily export, whose date is the featured day of every paper", async () => {
    const result = await importFile(t.db, demo("hf-daily-2026-10-03.json"), options);
    expect(result).toMatchObject({ format: "daily", records: 50, inserted: 50, withoutDailyDate: 0 });
    expect(await t.db.paper.count({ where: { dailyDate: "2026-10-03" } })).toBe(50);
  });

  it("reads an archive keyed by arXiv id and keeps papers with no featured date", async () => {
    const result = await importFile(t.db, demo("hf-archive-2026-05-29_06-04.json"), options);
    expect(result).toMatchObject({ format: "archive", records: 202, inserted: 202, rejected: 0, withoutDailyDate: 1 });
    expect(await t.db.paper.count({ where: { dailyDate: null } })).toBe(1);
    const paper = await t.db.paper.findUniqueOrThrow({ where: { id: "2605.21781" } });
    expect(paper).toMatchObject({
      dailyDate: "2026-05-29",
      submittedBy: "farimafatahi",
      githubRepo: "https://github.com/megagonlabs/RPT",
    });
  });

  it("reads an arXiv Atom feed, featuring its entries on the given day", async () => {
    const result = await importFile(t.db, fixture("arxiv-atom.xml"), { dailyDate: "2026-10-04" });
    expect(result).toMatchObject({ format: "arxiv-atom", records: 2, inserted: 2 });
    const paper = await t.db.paper.findUniqueOrThrow({ where: { id: "2510.11111" } });
    expect(paper).toMatchObject({
      title: "Tokenizers & Their Discontents",
      summary: "We study tokenizers. Sub-word units <matter> more than expected.",
      authors: ["Noam Chomsky", "Barbara Partee"],
      dailyDate: "2026-10-04",
    });
    expect((await t.db.paper.findUniqueOrThrow({ where: { id: "2510.22222" } })).title).toBe("1984");
  });

  it("takes --format over what the content looks like", async () => {
    const result = await importFile(t.db, fixture("hf-api.json"), { ...options, format: "archive" });
    expect(result.fileError).toMatch(/expected \{ "papers"/);
    expect(await t.db.paper.count()).toBe(0);
  });
});

describe("importFile, rejections", () => {
  it("imports nothing from a file with a broken record and names every problem", async () => {
    const result = await importFile(t.db, fixture("broken-daily.json"), options);
    expect(result.applied).toBe(false);
    expect(result.rejected).toBe(3);
    expect(result.problems.map(formatProblem)).toEqual([
      "broken-daily.json:2 (2510.30002): publishedAt: is not a real date",
      "broken-daily.json:3 (2510.30003): title: is required",
      "broken-daily.json:4 (2510.30004): authors.1: must be a string",
    ]);
    expect(await t.db.paper.count()).toBe(0);
  });

  it("imports the valid records with skipInvalid and still lists the rest", async () => {
    const result = await importFile(t.db, fixture("broken-daily.json"), { ...options, skipInvalid: true });
    expect(result).toMatchObject({ inserted: 2, rejected: 3, applied: true });
    expect((await t.db.paper.findMany({ orderBy: { id: "asc" } })).map((p) => p.id)).toEqual([
      "2510.30001",
      "2510.30005",
    ]);
  });

  it("rejects a second record with the same arXiv id, however it was written", async () => {
    const file = writeTemp(
      "dupes.json",
      JSON.stringify({
        date: "2026-10-03",
        papers: [
          { id: "2510.00001", title: "One", authors: ["A"], summary: "S", publishedAt: "2026-10-01" },
          { id: "arXiv:2510.00001v2", title: "One again", authors: ["A"], summary: "S", publishedAt: "2026-10-01" },
        ],
      }),
    );
    const result = await importFile(t.db, file, options);
    expect(result.problems.map(formatProblem)).toEqual([
      "dupes.json:2 (2510.00001): id: appears again (first at record 1)",
    ]);
  });

  it.each([
    ["not-json.json", "{ papers: oops", /not valid JSON/],
    ["unknown.json", '{ "items": [] }', /unrecognized content/],
    ["not-a-feed.xml", "<html><body>hello</body></html>", /expected an Atom <feed>/],
  ])("refuses %s as a whole with a clear message", async (name, content, message) => {
    const result = await importFile(t.db, writeTemp(name, content), options);
    expect(result.fileError).toMatch(message);
    expect(result.applied).toBe(false);
  });

  it("reports a missing file instead of throwing", async () => {
    const result = await importFile(t.db, "/nonexistent/papers.json", options);
    expect(result.fileError).toMatch(/ENOENT/);
  });
});

describe("importFile, idempotency and updates", () => {
  it("changes nothing when the same file is imported again", async () => {
    await importFile(t.db, demo("hf-archive-2026-05-29_06-04.json"), options);
    const before = await t.db.paper.findMany({ orderBy: { id: "asc" } });
    const again = await importFile(t.db, demo("hf-archive-2026-05-29_06-04.json"), options);
    expect(again).toMatchObject({ inserted: 0, updated: 0, unchanged: 202, applied: false });
    expect(await t.db.paper.findMany({ orderBy: { id: "asc" } })).toEqual(before);
  });

  it("updates what changed and keeps stored fields a record leaves out", async () => {
    await importFile(t.db, fixture("hf-api.json"), options);
    const file = writeTemp(
      "later.json",
      JSON.stringify({
        date: "2026-10-02",
        papers: [
          {
            id: "2510.01234",
            title: "Analytical Engines for Sparse Attention",
            authors: ["Ada Lovelace", "Charles Babbage"],
            summary: "We revisit the analytical engine. It computes sparse attention in linear time.",
            upvotes: 99,
            publishedAt: "2026-10-01T17:59:58.000Z",
          },
        ],
      }),
    );
    const result = await importFile(t.db, file, options);
    expect(result).toMatchObject({ inserted: 0, updated: 1, unchanged: 0 });
    const paper = await t.db.paper.findUniqueOrThrow({ where: { id: "2510.01234" } });
    expect(paper).toMatchObject({
      upvotes: 99,
      githubStars: 310,
      aiSummary: "An old machine computes attention sparsely.",
    });
  });

  it("counts what would change on a dry run and writes nothing", async () => {
    const result = await importFile(t.db, demo("hf-daily-2026-10-03.json"), { ...options, dryRun: true });
    expect(result).toMatchObject({ inserted: 50, applied: false });
    expect(await t.db.paper.count()).toBe(0);
  });

  it("keeps the full-text index in step with imports", async () => {
    await importFile(t.db, fixture("hf-api.json"), options);
    const hits = await t.db.$queryRaw<{ id: string }[]>`
      SELECT p.id FROM paper_fts JOIN "Paper" p ON p.rowid = paper_fts.rowid WHERE paper_fts MATCH 'babbage'`;
    expect(hits.map((h) => h.id)).toEqual(["2510.01234"]);
  });
});
