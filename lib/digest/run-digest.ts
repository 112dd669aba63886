import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Mailer } from "@/lib/email/mailer";
import { buildDigest } from "@/lib/digest/build-digest";
import type { DigestPeriod } from "@/lib/digest/digest-period";
import { emptyCounts, type DigestRunCounts } from "@/lib/digest/digest-run-counts";
import { sendDigest, type SendDigestOptions } from "@/lib/digest/send-digest";

export type RunDigestOptions = Omit<SendDigestOptions, "built"> & {
  period: DigestPeriod;
  /** Make rows waiting out a retry backoff due now: a person rerunning by hand wants them sent. */
  retryNow?: boolean;
};

/** One scheduled or manual run: build the period's digest (or find it built) and send what is left. */
export async function runDigest(db: PrismaClient, mailer: Mailer, options: RunDigestOptions): Promise<DigestRunCounts> {
  const started = performance.now();
  const now = options.now ?? (() => new Date());
  const built = await buildDigest(db, { period: options.period, topN: options.topN, now: now() });
  if (built.digest) {
    if (options.retryNow) {
      await db.delivery.updateMany({
        where: { digestId: built.digest.id, status: "pending", nextAttemptAt: { not: null } },
        data: { nextAttemptAt: null },
      });
    }
    return sendDigest(db, mailer, { ...options, built });
  }
  // Nothing was featured: no digest, no ledger rows; the summary says whom that left out.
  const counts = emptyCounts(options.period);
  const readers = await db.subscriber.count({ where: { status: "active", frequency: options.period.kind } });
  counts.subscribers = readers;
  if (readers) counts.skipped["no-papers-featured"] = readers;
  counts.durationMs = performance.now() - started;
  return counts;
}
