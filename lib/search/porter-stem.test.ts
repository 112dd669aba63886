import fs from "node:fs";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { porterStem, tokenize } from "@/lib/search/porter-stem";

/** Every distinct token of the demo abstracts, plus words that exercise each rule. */
function sampleWords(): string[] {
  const daily = JSON.parse(fs.readFileSync("prisma/demo/hf-daily-2026-10-03.json", "utf8")) as {
    papers: { title: string; summary: string }[];
  };
  const archive = JSON.parse(fs.readFileSync("prisma/demo/hf-archive-2026-05-29_06-04.json", "utf8")) as {
    papers: Record<string, { title: string; summary: string }>;
  };
  const papers = [...daily.papers, ...Object.values(archive.papers)];
  const text = papers.map((p) => `${p.title} ${p.summary}`).join(" ");
  const rules =
    "caresses ponies ties caress cats feed agreed plastered bled motoring sing conflated troubled sized hopping " +
    "tanned falling hissing fizzed failing filing happy sky relational conditional rational valenci hesitanci " +
    "digitizer conformabli radicalli differentli vileli analogousli vietnamization predication operator feudalism " +
    "decisiveness hopefulness callousness formaliti sensitiviti sensibiliti triplicate formative formalize " +
    "electriciti electrical hopeful goodness revival allowance inference airliner gyroscopic adjustable defensible " +
    "irritant replacement adjustment dependent adoption homologou communism activate angulariti homologous " +
    "effective bowdlerize probate rate cease controll roll eed sses yy goes";
  return [...new Set(tokenize(`${text} ${rules}`))];
}

describe("porterStem", () => {
  it("stems every word exactly as SQLite's FTS5 porter tokenizer does", () => {
    const words = sampleWords();
    const sqlite = new Database(":memory:");
    sqlite.exec("CREATE VIRTUAL TABLE t USING fts5(x, tokenize = 'porter unicode61 remove_diacritics 2')");
    sqlite.exec("CREATE VIRTUAL TABLE v USING fts5vocab(t, 'row')");
    const insert = sqlite.prepare("INSERT INTO t (x) VALUES (?)");
    const vocab = sqlite.prepare("SELECT term FROM v");
    const wrong: string[] = [];
    for (const word of words) {
      sqlite.exec("DELETE FROM t");
      insert.run(word);
      const [expected] = (vocab.all() as { term: string }[]).map((row) => row.term);
      if (porterStem(word) !== expected) wrong.push(`${word}: ${porterStem(word)} != ${expected}`);
    }
    sqlite.close();
    expect(words.length).toBeGreaterThan(5_000);
    expect(wrong).toEqual([]);
  });

  it("splits text like unicode61: lower case, accents dropped, punctuation between tokens", () => {
    expect(tokenize("Schölkopf's GPT-4, naïve")).toEqual(["scholkopf", "s", "gpt", "4", "naive"]);
  });
});
