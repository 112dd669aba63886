// Benchmark: browse and search speed at 100k papers.
//   npm run build && npm run bench:browse [-- --papers 100000 --seconds 10 --concurrency 8]
// Seeds synthetic papers into a temporary SQLite file, starts the built site on 127.0.0.1,
// and prints requests per second for `/` and a day page (served from the data-version
// cache after the first request) and p50/p95 latency of /api/papers/search over varied
// queries, each asked once (cold) and then again (cached). Also paper pages (similar papers).
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { deployMigrations } from "@/lib/db/migrations";
import { bumpDataVersion } from "@/lib/papers/data-version";
import { measureLatencies, measureThroughput, percentile } from "./bench-browse-load";
import { seedSyntheticPapers } from "./bench-browse-seed";

const { values } = parseArgs({
  options: {
    papers: { type: "string", default: "100000" },
    seconds: { type: "string", default: "10" },
    concurrency: { type: "string", default: "8" },
    port: { type: "string", default: process.env.BENCH_PORT ?? "3199" },
  },
});
const papers = Number(values.papers);
const seconds = Number(values.seconds);
const concurrency = Number(values.concurrency);
const base = `http://127.0.0.1:${values.port}`;
const distDir = process.env.NEXT_DIST_DIR || ".next";
if (!fs.existsSync(path.join(distDir, "BUILD_ID"))) {
  console.error(`bench-browse: no build in ${distDir}: run \`npm run build\` first`);
  process.exit(2);
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bench-browse-"));
const databaseUrl = `file:${path.join(dir, "bench.db")}`;
await deployMigrations(databaseUrl);
let started = performance.now();
const days = seedSyntheticPapers(path.join(dir, "bench.db"), papers, (done) => {
  if (done % 20_000 === 0 || done === papers) process.stderr.write(`seeded ${done}/${papers}\n`);
});
bumpDataVersion(databaseUrl);
console.log(
  `seed: ${papers} papers over ${days.length} days in ${((performance.now() - started) / 1000).toFixed(1)} s`,
);

const env = { ...process.env, DATABASE_URL: databaseUrl, SITE_URL: base, NEXT_TELEMETRY_DISABLED: "1" };
const site = spawn("node", ["node_modules/next/dist/bin/next", "start", "-p", values.port!, "-H", "127.0.0.1"], {
  env,
  stdio: ["ignore", "ignore", "inherit"],
});
const stop = () => site.kill("SIGTERM");
process.on("exit", stop);

try {
  for (let i = 0; ; i++) {
    const up = await fetch(`${base}/healthz`).then(
      (r) => r.ok,
      () => false,
    );
    if (up) break;
    if (i > 100) throw new Error("the site did not start");
    await new Promise((resolve) => setTimeout(resolve, 200));
  }

  const day = days[Math.floor(days.length / 2)];
  // Baseline, in the same run: the cheapest round trip the server makes (one trivial query).
  const baseline = await measureThroughput(`${base}/healthz`, { seconds, concurrency });
  console.log(`/healthz (baseline): ${baseline.perSecond.toFixed(0)} req/s`);
  for (const [name, url] of [
    ["/", `${base}/`],
    [`/papers/date/${day}`, `${base}/papers/date/${day}`],
  ]) {
    const bytes = (await fetch(url).then((r) => r.arrayBuffer())).byteLength;
    const { perSecond, ok, failed } = await measureThroughput(url, { seconds, concurrency });
    console.log(
      `${name}: ${perSecond.toFixed(0)} req/s, ${(perSecond / baseline.perSecond).toFixed(2)}x the baseline ` +
        `(${ok} ok, ${failed} failed, ${concurrency} concurrent, ${seconds} s, ${Math.round(bytes / 1024)} KiB of HTML)`,
    );
  }

  const queries = [
    "model",
    "language model",
    "attention graph",
    "diffusion",
    '"large language"',
    '"neural network"',
    "kalo",
    "mipe",
    "robot policy vision",
    "benchmark reasoning agents",
    "sira tovu",
    "rasi",
    "reas",
    "gener",
    "kalomi",
    'author:"Grace Hopper"',
    'author:"Yann Lecun" diffusion',
    "author:hinton",
    "video generation -image",
    "data training inference",
    "zabo ceri",
    "fagu",
    "hijo kile",
    "nupe rasi tovu",
    '"attention diffusion"',
  ];
  const variants = queries.flatMap((q) => [
    `q=${encodeURIComponent(q)}`,
    `q=${encodeURIComponent(q)}&sort=date`,
    `q=${encodeURIComponent(q)}&sort=upvotes&p=2`,
    `q=${encodeURIComponent(q)}&from=2024-01-01&to=2024-06-30`,
  ]);
  const urls = variants.map((v) => `${base}/api/papers/search?${v}&limit=20`);
  for (const label of ["cold", "cached"]) {
    const { latencies, statuses } = await measureLatencies(urls);
    console.log(
      `/api/papers/search (${label}, ${urls.length} queries): p50 ${percentile(latencies, 50).toFixed(1)} ms, ` +
        `p95 ${percentile(latencies, 95).toFixed(1)} ms, max ${latencies.at(-1)!.toFixed(1)} ms; ` +
        `statuses ${JSON.stringify(Object.fromEntries(statuses))}`,
    );
  }

  const paperUrls = Array.from({ length: 30 }, (_, i) => {
    const n = Math.floor((i * papers) / 30);
    return `${base}/papers/${2300 + Math.floor(n / 90_000)}.${String(10_000 + (n % 90_000)).padStart(5, "0")}`;
  });
  started = performance.now();
  const { latencies } = await measureLatencies(paperUrls);
  console.log(
    `/papers/<id> with similar papers (cold, 30 papers): p50 ${percentile(latencies, 50).toFixed(1)} ms, ` +
      `p95 ${percentile(latencies, 95).toFixed(1)} ms`,
  );
} finally {
  stop();
  fs.rmSync(dir, { recursive: true, force: true });
}
