import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";

/** Rows a sender may take: due pending rows, and rows whose sender's lease ran out (it crashed). */
export function claimableWhere(digestId: string, now: Date): Prisma.DeliveryWhereInput {
  return {
    digestId,
    OR: [
      { status: "pending", OR: [{ nextAttemptAt: null }, { nextAttemptAt: { lte: now } }] },
      { status: "sending", leaseUntil: { lt: now } },
    ],
  };
}

/**
 * Claims up to `limit` deliveries for `owner` until `now + leaseMs`. Each row is taken
 * with a compare-and-set update that repeats the claimable condition, so when two
 * senders race for a row exactly one update matches it; the loser just moves on. Small
 * batches keep what a crash strands (until its lease expires) small.
 */
export async function claimDeliveries(
  db: PrismaClient,
  {
    digestId,
    owner,
    limit,
    now,
    leaseMs,
  }: { digestId: string; owner: string; limit: number; now: Date; leaseMs: number },
): Promise<string[]> {
  const where = claimableWhere(digestId, now);
  const candidates = await db.delivery.findMany({ where, select: { id: true }, orderBy: { id: "asc" }, take: limit });
  const claimed: string[] = [];
  for (const { id } of candidates) {
    const { count } = await db.delivery.updateMany({
      where: { id, ...where },
      data: {
        status: "sending",
        leaseOwner: owner,
        leaseUntil: new Date(now.getTime() + leaseMs),
        attempts: { increment: 1 },
      },
    });
    if (count === 1) claimed.push(id);
  }
  return claimed;
}

/** Hands claimed rows that were not attempted back (on shutdown), so any sender can take them now. */
export async function releaseDeliveries(db: PrismaClient, ids: string[], owner: string): Promise<void> {
  if (ids.length === 0) return;
  await db.delivery.updateMany({
    where: { id: { in: ids }, status: "sending", leaseOwner: owner },
    data: { status: "pending", leaseOwner: null, leaseUntil: null, attempts: { decrement: 1 } },
  });
}
