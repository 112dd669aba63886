// Benchmark: imports a synthetic 100k-record archive into a fresh SQLite file.
//   npm run bench:import [-- --records 100000]
// Prints the time of a first import (all inserts), of a second (all unchanged), and of
// reading + validating alone (the baseline, in the same process), with their ratios.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { createDb } from "@/lib/db";
import { deployMigrations } from "@/lib/db/migrations";
import { importFile } from "@/lib/papers/import/import-file";
import { parseImportFile } from "@/lib/papers/import/detect-format";
import { readArchive } from "@/lib/papers/import/formats/archive";
import { validateRecords } from "@/lib/papers/import/validate-records";

const { values } = parseArgs({ options: { records: { type: "string", default: "100000" } } });
const count = Number(values.records);
const words =
  "model language learning neural attention graph diffusion robot vision policy data training inference sparse".split(
    " ",
  );
const sentence = (seed: number, length: number) =>
  Array.from({ length }, (_, i) => words[(seed * 7 + i * 13) % words.length]).join(" ");

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bench-import-"));
const file = path.join(dir, "archive.json");
const papers: Record<string, unknown> = {};
for (let i = 0; i < count; i++) {
  const id = `${2400 + Math.floor(i / 90_000)}.${String(10_000 + (i % 90_000)).padStart(5, "0")}`;
  papers[id] = {
    title: `Paper ${i}: ${sentence(i, 8)}`,
    authors: Array.from({ length: 1 + (i % 8) }, (_, a) => `Author ${a} ${i % 997}`),
    summary: `${sentence(i, 180)}.`,
    upvotes: i % 300,
    publishedAt: new Date(Date.UTC(2024, 0, 1) + (i % 700) * 86_400_000).toISOString(),
    submittedOnDailyAt: new Date(Date.UTC(2024, 0, 2) + (i % 700) * 86_400_000).toISOString(),
    githubRepo: i % 3 ? `https://github.com/example/repo-${i}` : "",
    submittedBy: `user${i % 500}`,
  };
}
fs.writeFileSync(file, JSON.stringify({ papers }));
console.log(`bench: ${count} records, ${(fs.statSync(file).size / 1e6).toFixed(1)} MB file`);

const url = `file:${path.join(dir, "bench.db")}`;
await deployMigrations(url);
const db = createDb(url);

const time = async (label: string, work: () => Promise<unknown> | unknown) => {
  const started = performance.now();
  const result = await work();
  const seconds = (performance.now() - started) / 1000;
  console.log(`${label}: ${seconds.toFixed(2)} s (${Math.round(count / seconds)} records/s)`, result ?? "");
  return seconds;
};

const baseline = await time("baseline, read + validate only", () => {
  const parsed = parseImportFile(fs.readFileSync(file, "utf8"));
  return validateRecords("archive.json", readArchive("json" in parsed ? parsed.json : null)).valid.length && undefined;
});
const options = { dailyDate: "2026-01-01" };
const first = await time("first import (inserts)", async () => {
  const r = await importFile(db, file, options);
  return { inserted: r.inserted, rejected: r.rejected };
});
const second = await time("second import (unchanged)", async () => {
  const r = await importFile(db, file, options);
  return { unchanged: r.unchanged };
});
console.log(
  `ratios to baseline: first import ${(first / baseline).toFixed(1)}x, second ${(second / baseline).toFixed(1)}x; peak RSS ${Math.round(process.memoryUsage().rss / 1e6)} MB`,
);
await db.$disconnect();
fs.rmSync(dir, { recursive: true, force: true });
