// Builds and sends one digest by hand (see README, "Digests").
//   npm run digest -- [--date YYYY-MM-DD] [--kind daily|weekly] [--dry-run] [--to <address>]
// --date names the day (daily) or any day of the ISO week (weekly); the default is the
// period that has just ended in DIGEST_TZ, as the worker would send it.
import "@/lib/cli/report-fatal-errors";
import { parseArgs } from "node:util";
import { z } from "zod";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { createMailer } from "@/lib/email/mailer";
import { digestPeriod, isCalendarDate, lastCompletePeriod } from "@/lib/digest/digest-period";
import { formatRunSummary, runExitCode } from "@/lib/digest/digest-run-counts";
import { previewDigest } from "@/lib/digest/preview-digest";
import { runDigest } from "@/lib/digest/run-digest";
import { sendPreview } from "@/lib/digest/send-preview";

const usage = "usage: npm run digest -- [--date YYYY-MM-DD] [--kind daily|weekly] [--dry-run] [--to <address>]";

const argsSchema = z.object({
  date: z.string().refine(isCalendarDate, "--date must be a real date, YYYY-MM-DD").optional(),
  kind: z.enum(["daily", "weekly"], "--kind must be daily or weekly").default("daily"),
  "dry-run": z.boolean(),
  to: z.email("--to must be an email address").optional(),
});

function parseCommandLine() {
  try {
    const { values } = parseArgs({
      options: {
        date: { type: "string" },
        kind: { type: "string" },
        "dry-run": { type: "boolean", default: false },
        to: { type: "string" },
      },
    });
    const parsed = argsSchema.safeParse(values);
    if (parsed.success) return parsed.data;
    console.error(parsed.error.issues.map((issue) => issue.message).join("\n"));
  } catch (error) {
    console.error((error as Error).message);
  }
  console.error(usage);
  process.exit(2);
}

const args = parseCommandLine();
const config = env();
const period = args.date
  ? digestPeriod(args.kind, args.date)
  : lastCompletePeriod(args.kind, new Date(), config.DIGEST_TZ);
const common = { period, topN: config.DIGEST_TOP_N, siteUrl: config.SITE_URL, secret: config.SECRET };
const mailer = createMailer({ smtpUrl: config.SMTP_URL, outboxDir: config.OUTBOX_DIR, from: config.MAIL_FROM });

// Ctrl-C or SIGTERM: the message in flight finishes and is recorded, nothing more is claimed.
const stop = new AbortController();
for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => stop.abort());

function run() {
  if (args["dry-run"]) {
    return previewDigest(db(), { ...common, outboxDir: config.OUTBOX_DIR, log: (line) => console.log(line) });
  }
  if (args.to) return sendPreview(db(), mailer, { ...common, to: args.to });
  return runDigest(db(), mailer, {
    ...common,
    maxAttempts: config.DIGEST_MAX_ATTEMPTS,
    ratePerSecond: config.DIGEST_RATE_PER_SECOND,
    retryNow: true,
    signal: stop.signal,
    onProgress: (progress) => {
      const done = progress.sent + progress.failed;
      if (done % 100 === 0 && done > 0) process.stderr.write(`digest: ${done} sent or failed so far\n`);
    },
  });
}

try {
  const counts = await run();
  console.log(formatRunSummary(counts));
  process.exitCode = runExitCode(counts);
} catch (error) {
  // The ledger keeps whatever was recorded; a rerun picks up from there.
  // Prisma puts the cause on the last line of a multi-line message.
  const cause = (error as Error).message.trim().split("\n").at(-1);
  console.error(`digest ${period.kind} ${period.date}: run failed: ${cause}`);
  process.exitCode = 1;
} finally {
  mailer.close();
  await db().$disconnect();
}
