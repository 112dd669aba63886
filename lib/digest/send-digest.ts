import os from "node:os";
import crypto from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Mailer } from "@/lib/email/mailer";
import type { BuiltDigest } from "@/lib/digest/build-digest";
import { createBoundedCache } from "@/lib/digest/bounded-cache";
import { claimDeliveries, releaseDeliveries } from "@/lib/digest/claim-deliveries";
import { deliverOne, type DeliveryContext } from "@/lib/digest/deliver-one";
import { createDigestComposer } from "@/lib/digest/digest-composer";
import { countLedger, countOutcome, emptyCounts, type DigestRunCounts } from "@/lib/digest/digest-run-counts";
import { createPacer, type Pacer } from "@/lib/digest/pace-sends";
import { selectDigestPapers } from "@/lib/digest/select-digest-papers";
import type { Paper } from "@/lib/papers/paper";

export interface SendDigestOptions {
  built: BuiltDigest;
  topN: number;
  siteUrl: string;
  secret: string;
  maxAttempts: number;
  /** Messages per second; or pass `pacer` to share one limit between runs. */
  ratePerSecond: number;
  pacer?: Pacer;
  now?: () => Date;
  /** How long a claim holds before another sender may take the row (a crashed sender's). */
  leaseMs?: number;
  /** Rows claimed at a time: small, so a crash strands few of them until the lease expires. */
  batchSize?: number;
  backoffMs?: (attempts: number) => number;
  /** Retries due later than this are not waited for: the run ends, reporting them as left to send. */
  maxRetryWaitMs?: number;
  /** Aborting stops claiming; the message in flight finishes and the rest are released. */
  signal?: AbortSignal;
  owner?: string;
  onProgress?: (counts: DigestRunCounts) => void;
}

const defaultBackoff = (attempts: number) => Math.min(30_000 * 2 ** (attempts - 1), 30 * 60_000);

/** Topic lists repeat across readers: each distinct one is matched once while it is in use. */
export function cachePapersFor(db: PrismaClient, built: Pick<BuiltDigest, "period" | "papers">, topN: number) {
  const cached = createBoundedCache<Paper[]>(1000);
  return (topics: string[]) => {
    if (topics.length === 0) return Promise.resolve(built.papers);
    const key = JSON.stringify([...topics].sort());
    return cached(key, () => selectDigestPapers(db, { period: built.period, topN, topics }));
  };
}

/** The earliest retry still waiting, or null when no row is pending. */
async function nextRetryAt(db: PrismaClient, digestId: string): Promise<Date | null> {
  const row = await db.delivery.findFirst({
    where: { digestId, status: "pending" },
    orderBy: { nextAttemptAt: "asc" },
    select: { nextAttemptAt: true },
  });
  return row ? (row.nextAttemptAt ?? new Date(0)) : null;
}

/**
 * Sends a built digest by working through its ledger: claim a small batch, send each row
 * and record its outcome at once, repeat; wait for retries that are due later; stop early
 * when the SMTP server is unreachable. Several of these may run at once on one digest.
 */
export async function sendDigest(
  db: PrismaClient,
  mailer: Mailer,
  options: SendDigestOptions,
): Promise<DigestRunCounts> {
  const { built, signal } = options;
  const started = performance.now();
  const now = options.now ?? (() => new Date());
  const owner = options.owner ?? `${os.hostname()}:${process.pid}:${crypto.randomBytes(4).toString("hex")}`;
  const pacer = options.pacer ?? createPacer(options.ratePerSecond);
  const counts = emptyCounts(built.period);
  const digestId = built.digest!.id;
  counts.sentBefore = (await countLedger(db, digestId, { owner, now: now() })).sent;
  const ctx: DeliveryContext = {
    db,
    mailer,
    period: built.period,
    siteUrl: options.siteUrl,
    secret: options.secret,
    now,
    maxAttempts: options.maxAttempts,
    backoffMs: options.backoffMs ?? defaultBackoff,
    papersFor: cachePapersFor(db, built, options.topN),
    compose: createDigestComposer(built.period, options.siteUrl),
    beforeSend: () => pacer.wait(),
  };
  const leaseMs = options.leaseMs ?? 10 * 60_000;
  // A claimed batch must be sent well within its lease, or another sender could take
  // rows still waiting their turn here: at a low rate, claim fewer.
  const batchSize = Math.max(
    1,
    Math.min(options.batchSize ?? 10, Math.floor((options.ratePerSecond * leaseMs) / 2000)),
  );
  while (!signal?.aborted && !counts.stoppedBecause) {
    const claimed = await claimDeliveries(db, {
      digestId,
      owner,
      limit: batchSize,
      now: now(),
      leaseMs,
    });
    if (claimed.length === 0) {
      const retryAt = await nextRetryAt(db, digestId);
      if (!retryAt) break;
      // A retry far off is left to a later run (the worker's sweep) rather than held open for.
      if (retryAt.getTime() - now().getTime() > (options.maxRetryWaitMs ?? 10 * 60_000)) break;
      await sleep(Math.max(retryAt.getTime() - now().getTime(), 10), undefined, { signal }).catch(() => {});
      continue;
    }
    for (const [index, id] of claimed.entries()) {
      if (signal?.aborted || counts.stoppedBecause) {
        await releaseDeliveries(db, claimed.slice(index), owner);
        break;
      }
      const outcome = await deliverOne(ctx, id);
      countOutcome(counts, outcome);
      if ((outcome.status === "deferred" || outcome.status === "failed") && outcome.unreachable) {
        counts.stoppedBecause = "SMTP server unreachable";
      }
      options.onProgress?.(counts);
    }
  }
  if (signal?.aborted && !counts.stoppedBecause) counts.stoppedBecause = "shutting down";
  const ledger = await countLedger(db, digestId, { owner, now: now() });
  counts.subscribers = ledger.total;
  counts.unfinished = ledger.unfinished;
  counts.durationMs = performance.now() - started;
  return counts;
}
