import Database from "better-sqlite3";
import { buildVocabulary, makeAuthor, seededRandom, zipfPicker } from "./bench-browse-data";

const DAY_MS = 86_400_000;
const PAPERS_PER_DAY = 100;

/** Inserts `count` papers straight into "Paper" (the FTS triggers index them); returns the featured days. */
export function seedSyntheticPapers(file: string, count: number, onProgress: (done: number) => void): string[] {
  const random = seededRandom(42);
  const vocabulary = buildVocabulary(random);
  const pick = zipfPicker(random, vocabulary.length);
  const words = (n: number) => Array.from({ length: n }, () => vocabulary[pick()]).join(" ");
  const sqlite = new Database(file);
  sqlite.pragma("journal_mode = WAL");
  const insert = sqlite.prepare(
    `INSERT INTO "Paper" ("id","title","summary","authors","publishedAt","dailyDate","upvotes","createdAt","updatedAt")
     VALUES (?,?,?,?,?,?,?,?,?)`,
  );
  const start = Date.UTC(2023, 0, 2);
  const days = new Set<string>();
  const now = new Date().toISOString().replace("Z", "+00:00");
  const insertBatch = sqlite.transaction((from: number, to: number) => {
    for (let i = from; i < to; i++) {
      const day = new Date(start + Math.floor(i / PAPERS_PER_DAY) * DAY_MS);
      const dailyDate = day.toISOString().slice(0, 10);
      days.add(dailyDate);
      const published = new Date(day.getTime() - Math.floor(random() * 5) * DAY_MS).toISOString();
      const title = words(6 + Math.floor(random() * 8));
      insert.run(
        `${2300 + Math.floor(i / 90_000)}.${String(10_000 + (i % 90_000)).padStart(5, "0")}`,
        title.charAt(0).toUpperCase() + title.slice(1),
        `${words(120 + Math.floor(random() * 100))}.`,
        JSON.stringify(Array.from({ length: 1 + Math.floor(random() * 8) }, () => makeAuthor(random))),
        published.replace("Z", "+00:00"),
        dailyDate,
        Math.floor(1 / (random() + 0.005)),
        now,
        now,
      );
    }
  });
  for (let from = 0; from < count; from += 5_000) {
    insertBatch(from, Math.min(from + 5_000, count));
    onProgress(Math.min(from + 5_000, count));
  }
  sqlite.pragma("wal_checkpoint(TRUNCATE)");
  sqlite.close();
  return [...days].sort();
}
