// The digest worker (see README, "Digests"): sends the daily digest at DIGEST_CRON and the
// weekly one at WEEKLY_DIGEST_CRON, both read in DIGEST_TZ, and every ten minutes finishes
// any recent digest a run left unfinished; on start it sends a digest whose tick it missed
// while down. SIGTERM (or Ctrl-C): the messages in flight are
// sent and recorded, nothing more is claimed, and the process exits 0.
import "@/lib/cli/report-fatal-errors";
import cron from "node-cron";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { createMailer } from "@/lib/email/mailer";
import { lastCompletePeriod, type DigestKind } from "@/lib/digest/digest-period";
import { formatRunSummary, type DigestRunCounts } from "@/lib/digest/digest-run-counts";
import { findUnfinishedDigests } from "@/lib/digest/find-unfinished-digests";
import { createPacer } from "@/lib/digest/pace-sends";
import { runDigest } from "@/lib/digest/run-digest";
import { sendDigest } from "@/lib/digest/send-digest";
import { findLastTick } from "@/lib/scheduling/find-last-tick";
import { scheduleDigests } from "@/lib/scheduling/schedule-digests";

const config = env();
const mailer = createMailer({ smtpUrl: config.SMTP_URL, outboxDir: config.OUTBOX_DIR, from: config.MAIL_FROM });
const stop = new AbortController();
const settings = {
  topN: config.DIGEST_TOP_N,
  siteUrl: config.SITE_URL,
  secret: config.SECRET,
  maxAttempts: config.DIGEST_MAX_ATTEMPTS,
  ratePerSecond: config.DIGEST_RATE_PER_SECOND,
  // One pacer for every run of this process: DIGEST_RATE_PER_SECOND is the worker's total.
  pacer: createPacer(config.DIGEST_RATE_PER_SECOND),
  signal: stop.signal,
};
const inFlight = new Set<Promise<unknown>>();
/** Digests a run of this process is sending now, so the retry sweep leaves them alone. */
const sending = new Set<string>();

function track(work: Promise<unknown>): Promise<unknown> {
  inFlight.add(work);
  return work.finally(() => inFlight.delete(work));
}

// Prisma puts the cause on the last line of a multi-line message.
const causeOf = (error: unknown) => (error as Error).message.trim().split("\n").at(-1);

async function logged(label: string, work: () => Promise<DigestRunCounts>, quietWhenIdle = false) {
  try {
    const counts = await work();
    const idle = counts.sent + counts.failed + Object.keys(counts.skipped).length === 0;
    if (!(quietWhenIdle && idle)) console.log(formatRunSummary(counts));
  } catch (error) {
    console.error(`${label}: run failed: ${causeOf(error)}`);
  }
}

async function runScheduled(kind: DigestKind, scheduledAt: Date) {
  if (stop.signal.aborted) return;
  const period = lastCompletePeriod(kind, scheduledAt, config.DIGEST_TZ);
  const key = `${period.kind} ${period.date}`;
  if (sending.has(key)) return; // the catch-up on start and a tick can meet
  sending.add(key);
  await logged(`digest ${key}`, () => runDigest(db(), mailer, { ...settings, period }));
  sending.delete(key);
}

async function resumeUnfinished() {
  const since = new Date(Date.now() - 24 * 3_600_000);
  for (const built of await findUnfinishedDigests(db(), { since })) {
    const key = `${built.period.kind} ${built.period.date}`;
    if (stop.signal.aborted || sending.has(key)) continue;
    await logged(`digest ${key}`, () => sendDigest(db(), mailer, { ...settings, built }), true);
  }
}

const tasks = [
  ...scheduleDigests(
    { dailyCron: config.DIGEST_CRON, weeklyCron: config.WEEKLY_DIGEST_CRON, timeZone: config.DIGEST_TZ },
    (kind, scheduledAt) => track(runScheduled(kind, scheduledAt)),
  ),
  cron.schedule(
    "*/10 * * * *",
    () => track(resumeUnfinished().catch((error) => console.error(`worker: retry sweep failed: ${causeOf(error)}`))),
    { name: "digest-retries", noOverlap: true },
  ),
];

console.log(
  `worker: daily digest "${config.DIGEST_CRON}", weekly "${config.WEEKLY_DIGEST_CRON}" (${config.DIGEST_TZ}); ` +
    `next daily ${tasks[0].getNextRun()?.toISOString()}, next weekly ${tasks[1].getNextRun()?.toISOString()}`,
);

const HOUR = 3_600_000;
/** How late a missed digest may still go out: half a day for the daily, three days for the weekly. */
const CATCH_UP_WITHIN: Record<DigestKind, number> = { daily: 12 * HOUR, weekly: 72 * HOUR };

/**
 * node-cron runs no missed ticks: a worker (re)started at 08:05 would skip the day. On start,
 * a recent tick whose digest was never built is run now; unfinished ones go to the sweep.
 */
async function catchUp() {
  const now = new Date();
  for (const [index, kind] of (["daily", "weekly"] as const).entries()) {
    const tick = findLastTick(tasks[index], now, CATCH_UP_WITHIN[kind]);
    if (!tick) continue;
    const { date } = lastCompletePeriod(kind, tick, config.DIGEST_TZ);
    if (await db().digest.findUnique({ where: { date_kind: { date, kind } } })) continue;
    console.log(`worker: the ${kind} digest due at ${tick.toISOString()} was not built: sending it now`);
    await runScheduled(kind, tick);
  }
  await resumeUnfinished();
}

void track(catchUp().catch((error) => console.error(`worker: catching up failed: ${causeOf(error)}`)));

async function shutDown(signal: string) {
  console.log(`worker: ${signal}: finishing messages in flight (${inFlight.size} run(s) active)`);
  stop.abort();
  for (const task of tasks) await task.stop();
  await Promise.allSettled([...inFlight]);
  mailer.close();
  await db().$disconnect();
  console.log("worker: stopped");
  process.exit(0);
}

process.once("SIGTERM", () => void shutDown("SIGTERM"));
process.once("SIGINT", () => void shutDown("SIGINT"));
