// Benchmark: one daily digest to many subscribers through a real SMTP server on 127.0.0.1.
//   npm run bench:digest [-- --subscribers 1000 --rate 10000 --top 10]
// Prints build time, send time and messages per second for a fresh SQLite file (a fifth of
// the subscribers have topics, so topic matching is part of it), the ratio to plain sends
// through the same mailer, and the live heap while sending (flat as subscribers grow).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { createDb } from "@/lib/db";
import { deployMigrations } from "@/lib/db/migrations";
import { createMailer } from "@/lib/email/mailer";
import { buildDigest } from "@/lib/digest/build-digest";
import { digestPeriod } from "@/lib/digest/digest-period";
import { formatRunSummary } from "@/lib/digest/digest-run-counts";
import { sendDigest } from "@/lib/digest/send-digest";
import { seedPapers, seedSubscribers } from "@/lib/digest/seed-digest-fixtures";
import { spawn } from "node:child_process";
import { once } from "node:events";

const { values } = parseArgs({
  options: {
    subscribers: { type: "string", default: "1000" },
    rate: { type: "string", default: "10000" },
    top: { type: "string", default: "10" },
  },
});
const readers = Number(values.subscribers);
const topN = Number(values.top);
const period = digestPeriod("daily", "2026-12-03");

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bench-digest-"));
const url = `file:${path.join(dir, "bench.db")}`;
await deployMigrations(url);
const db = createDb(url);
const topics = ["diffusion", "agents", "robot"];
await seedPapers(
  db,
  period.date,
  Array.from({ length: 60 }, (_, i) => ({ title: `Paper ${i} on ${topics[i % 3]} and more`, upvotes: 1000 - i })),
);
await seedSubscribers(
  db,
  Array.from({ length: readers }, (_, i) => ({
    email: `reader${i}@example.org`,
    topics: i % 5 === 0 ? [topics[i % 3]] : [],
  })),
);

// The SMTP server runs in its own process, as a real one would: parsing what it receives
// must not share the sender's event loop.
const sinkCode = `import { startSmtpSink } from "./lib/testing/smtp-sink.ts";
const sink = await startSmtpSink();
console.log(sink.url);
process.on("SIGTERM", async () => { console.log(sink.received.length); await sink.stop(); process.exit(0); });`;
const sinkProcess = spawn(process.execPath, ["--import", "tsx", "--input-type=module", "-e", sinkCode], {
  stdio: ["ignore", "pipe", "inherit"],
});
const [firstLine] = (await once(sinkProcess.stdout!, "data")) as [Buffer];
const sinkUrl = firstLine.toString().trim();
const mailer = createMailer({ smtpUrl: sinkUrl, outboxDir: dir, from: "Daily Papers <digest@papers.example.org>" });
const settings = { topN, siteUrl: "https://papers.example.org", secret: "bench-secret-0123456789" };

// Baseline, in the same run: the same mailer and SMTP server sending a fixed message of
// digest size, with no database, rendering or ledger around it.
const baselineCount = Math.min(300, readers);
let started = performance.now();
const fixedHtml = `<p>${"A paper title and two sentences of summary. ".repeat(400)}</p>`;
for (let i = 0; i < baselineCount; i++) {
  await mailer.send({ to: `baseline${i}@example.org`, subject: "Baseline", html: fixedHtml, text: fixedHtml });
}
const baselinePerSecond = baselineCount / ((performance.now() - started) / 1000);

let peakHeap = 0;
started = performance.now();
const built = await buildDigest(db, { period, topN, now: new Date() });
const buildMs = performance.now() - started;
started = performance.now();
const counts = await sendDigest(db, mailer, {
  ...settings,
  built,
  maxAttempts: 3,
  ratePerSecond: Number(values.rate),
  onProgress: (c) => {
    if ((c.sent + c.failed) % 250 === 0) {
      // With --expose-gc, measure what is live rather than what the collector has not reclaimed yet.
      (globalThis as { gc?: () => void }).gc?.();
      peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
      process.stderr.write(`bench: ${c.sent + c.failed}/${readers}\n`);
    }
  },
});
const sendMs = performance.now() - started;
mailer.close();
sinkProcess.kill("SIGTERM");
const [received] = (await once(sinkProcess.stdout!, "data")) as [Buffer];

console.log(formatRunSummary(counts));
console.log(
  `bench: ${readers} subscribers, top ${topN}: build ${buildMs.toFixed(0)} ms, send ${(sendMs / 1000).toFixed(1)} s, ` +
    `${(counts.sent / (sendMs / 1000)).toFixed(0)} messages/s (rate limit ${values.rate}/s), ` +
    `${Number(received.toString().trim()) - baselineCount} received by the SMTP server`,
);
console.log(
  `bench: baseline (plain sends, no ledger) ${baselinePerSecond.toFixed(0)} messages/s; the digest runs at ` +
    `${(counts.sent / (sendMs / 1000) / baselinePerSecond).toFixed(2)}x that; peak heap while sending ${(peakHeap / 1e6).toFixed(0)} MB`,
);
await db.$disconnect();
fs.rmSync(dir, { recursive: true, force: true });
