import type { PrismaClient } from "@/lib/generated/prisma/client";

// Each outcome is written right after its send, one row at a time: a crash can then
// strand at most the message in flight, never a whole batch of sent-but-unrecorded rows.
const done = { leaseOwner: null, leaseUntil: null, nextAttemptAt: null };

export async function markSent(db: PrismaClient, id: string, { messageId, now }: { messageId: string; now: Date }) {
  await db.delivery.update({
    where: { id },
    data: { ...done, status: "sent", messageId, sentAt: now, lastError: null },
  });
}

export async function markSkipped(db: PrismaClient, id: string, reason: string) {
  await db.delivery.update({ where: { id }, data: { ...done, status: "skipped", skipReason: reason } });
}

export async function markFailed(db: PrismaClient, id: string, error: string) {
  await db.delivery.update({ where: { id }, data: { ...done, status: "failed", lastError: error } });
}

/** Back to pending, not to be claimed before `nextAttemptAt`. */
export async function deferDelivery(
  db: PrismaClient,
  id: string,
  { error, nextAttemptAt }: { error: string; nextAttemptAt: Date },
) {
  await db.delivery.update({
    where: { id },
    data: { status: "pending", leaseOwner: null, leaseUntil: null, nextAttemptAt, lastError: error },
  });
}
