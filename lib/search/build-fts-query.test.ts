import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { buildFtsQuery, MAX_QUERY_LENGTH } from "@/lib/search/build-fts-query";

// The same tokenizer as the real index, so matching here is matching there.
const sqlite = new Database(":memory:");
sqlite.exec(
  `CREATE VIRTUAL TABLE t USING fts5(title, authors, summary, tokenize = 'porter unicode61 remove_diacritics 2')`,
);
const docs = [
  ["Attention Is All You Need", ["Ashish Vaswani", "Noam Shazeer"], "The dominant sequence transduction models..."],
  [
    "Denoising Diffusion Probabilistic Models",
    ["Jonathan Ho", "Pieter Abbeel"],
    "We present high quality image synthesis",
  ],
  ["Learning to rank with GPT-4", ["Bernhard Schölkopf"], "Ranking models trained with attention"],
  ["Modular Implicit Differentiation", ["Mathieu Blondel"], "Automatic differentiation has revolutionized"],
] as const;
const insert = sqlite.prepare("INSERT INTO t (rowid, title, authors, summary) VALUES (?, ?, ?, ?)");
docs.forEach(([title, authors, summary], i) => insert.run(i + 1, title, JSON.stringify(authors), summary));
afterAll(() => sqlite.close());

/** Titles of the documents a query finds, or the builder's error. */
function search(input: string): string[] | string {
  const query = buildFtsQuery(input);
  if (!query.ok) return query.error;
  const rows = sqlite.prepare("SELECT title FROM t WHERE t MATCH ? ORDER BY rowid").all(query.match);
  return (rows as { title: string }[]).map((row) => row.title);
}

describe("buildFtsQuery", () => {
  it("ANDs words and stems them, so 'models ranked' finds 'Ranking models'", () => {
    expect(search("models ranked")).toEqual(["Learning to rank with GPT-4"]);
    expect(search("diffusion model")).toEqual(["Denoising Diffusion Probabilistic Models"]);
  });

  it("matches the last word as a prefix while the person is still typing", () => {
    expect(search("implicit differ")).toEqual(["Modular Implicit Differentiation"]);
    expect(search("implicit differ ")).toEqual([]);
  });

  it("does not expand a one- or two-letter last word to half the vocabulary", () => {
    expect(buildFtsQuery("attention a")).toMatchObject({ ok: true, match: '"attention" "a"' });
  });

  it("keeps quoted phrases in order", () => {
    expect(search('"sequence transduction"')).toEqual(["Attention Is All You Need"]);
    expect(search('"transduction sequence"')).toEqual([]);
  });

  it('filters by author with author:"name", author:name, ignoring case and diacritics', () => {
    expect(search('author:"Jonathan Ho"')).toEqual(["Denoising Diffusion Probabilistic Models"]);
    expect(search("author:scholkopf")).toEqual(["Learning to rank with GPT-4"]);
    expect(search("attention author:vaswani")).toEqual(["Attention Is All You Need"]);
    expect(buildFtsQuery('AUTHOR:"Pieter Abbeel" diffusion')).toMatchObject({ ok: true, authors: ["Pieter Abbeel"] });
  });

  it("does not find an author's name in titles through author:", () => {
    expect(search("author:attention")).toEqual([]);
  });

  it("excludes -words and -author:names", () => {
    expect(search("attention -ranking")).toEqual(["Attention Is All You Need"]);
    expect(search("attention -author:vaswani")).toEqual(["Learning to rank with GPT-4"]);
    expect(search("models -diffusion -attention")).toEqual([]);
  });

  it("treats FTS5 operators and column names typed by a person as words", () => {
    expect(search("attention OR diffusion")).toEqual([]);
    expect(search("title:attention")).toEqual([]);
    expect(search("NEAR(attention need)")).toEqual([]);
    expect(search("(attention, need)")).toEqual(["Attention Is All You Need"]);
    expect(search("GPT-4")).toEqual(["Learning to rank with GPT-4"]);
  });

  it.each([
    ['"unbalanced phrase'],
    ['a"b"c"'],
    ["((("],
    [")) attention (("],
    ["* ^ : + - { } [ ]"],
    ["'; DROP TABLE Paper; --"],
    ["1=1 OR 'a'='a'"],
    ["AND OR NOT NEAR"],
    ["author:"],
    ['author:""'],
    ["-"],
    ["--attention"],
    ["diffusion 🤖 models 🚀"],
    ["\u0000\u0001 nul bytes"],
    ["ｆｕｌｌｗｉｄｔｈ"],
    ["x".repeat(MAX_QUERY_LENGTH)],
    ["a ".repeat(40)],
  ])("never produces an expression FTS5 rejects: %s", (input) => {
    const result = search(input);
    if (typeof result === "string") expect(result).toMatch(/\w/);
    else expect(Array.isArray(result)).toBe(true);
  });

  it("explains what to do when nothing searchable is left", () => {
    expect(search("")).toMatch(/Type a word/);
    expect(search('*** "" ()')).toMatch(/Type a word/);
    expect(search("-attention")).toMatch(/cannot only exclude/);
  });

  it("refuses a 10 KB paste with a message instead of searching", () => {
    expect(search("attention ".repeat(1_024))).toMatch(/too long/);
  });

  it("refuses more words than it will AND together", () => {
    expect(search(Array.from({ length: 40 }, (_, i) => `w${i}`).join(" "))).toMatch(/too many words/);
  });
});
