import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { DigestPeriod } from "@/lib/digest/digest-period";
import type { DeliveryOutcome } from "@/lib/digest/deliver-one";

/** What one run did, for its summary line and exit code. */
export interface DigestRunCounts {
  period: DigestPeriod;
  /** Delivery rows for this digest (subscribers it is for), after the run. */
  subscribers: number;
  /** Rows already sent before this run started (a rerun). */
  sentBefore: number;
  sent: number;
  failed: number;
  skipped: Record<string, number>;
  /** Rows still pending or in flight when the run ended: they need another run. */
  unfinished: number;
  /** Why the run stopped early, if it did. */
  stoppedBecause: string | null;
  dryRun: boolean;
  durationMs: number;
}

export function emptyCounts(period: DigestPeriod, dryRun = false): DigestRunCounts {
  return {
    period,
    subscribers: 0,
    sentBefore: 0,
    sent: 0,
    failed: 0,
    skipped: {},
    unfinished: 0,
    stoppedBecause: null,
    dryRun,
    durationMs: 0,
  };
}

export function countOutcome(counts: DigestRunCounts, outcome: DeliveryOutcome): void {
  if (outcome.status === "sent") counts.sent++;
  if (outcome.status === "failed") counts.failed++;
  if (outcome.status === "skipped") counts.skipped[outcome.reason] = (counts.skipped[outcome.reason] ?? 0) + 1;
}

/**
 * Ledger totals for one digest. Unfinished rows are those pending, or in flight under
 * this run's lease or an expired one; rows another live run holds are its business.
 */
export async function countLedger(db: PrismaClient, digestId: string, { owner, now }: { owner: string; now: Date }) {
  const groups = await db.delivery.groupBy({ by: ["status"], where: { digestId }, _count: { _all: true } });
  const of = (status: string) => groups.find((g) => g.status === status)?._count._all ?? 0;
  const total = groups.reduce((sum, g) => sum + g._count._all, 0);
  const stranded = await db.delivery.count({
    where: { digestId, status: "sending", OR: [{ leaseOwner: owner }, { leaseUntil: { lt: now } }] },
  });
  return { total, sent: of("sent"), unfinished: of("pending") + stranded };
}

/** The one line every run ends with: date, kind, subscribers, sent, failed, skipped by reason, duration. */
export function formatRunSummary(counts: DigestRunCounts): string {
  const { period } = counts;
  const verb = counts.dryRun ? "would be sent" : "sent";
  const skipped = Object.entries(counts.skipped);
  const skippedTotal = skipped.reduce((sum, [, n]) => sum + n, 0);
  const reasons = skipped.length ? ` (${skipped.map(([reason, n]) => `${reason} ${n}`).join(", ")})` : "";
  const parts = [
    `${counts.subscribers} subscriber${counts.subscribers === 1 ? "" : "s"}`,
    `${counts.sent} ${verb}${counts.sentBefore ? ` (${counts.sentBefore} sent by earlier runs)` : ""}`,
    `${counts.failed} failed`,
    `${skippedTotal} skipped${reasons}`,
  ];
  if (counts.unfinished) parts.push(`${counts.unfinished} left to send`);
  if (counts.stoppedBecause) parts.push(`stopped: ${counts.stoppedBecause}`);
  parts.push(`${(counts.durationMs / 1000).toFixed(1)} s`);
  return `digest ${period.kind} ${period.date}${counts.dryRun ? " (dry run)" : ""}: ${parts.join(", ")}`;
}

/** Non-zero when some reader did not get their digest and a person should look. */
export const runExitCode = (counts: DigestRunCounts) => (counts.failed > 0 || counts.unfinished > 0 ? 1 : 0);
