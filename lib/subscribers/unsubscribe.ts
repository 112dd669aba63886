import type { PrismaClient } from "@/lib/generated/prisma/client";

export type UnsubscribeResult = "unsubscribed" | "already-unsubscribed" | "not-found";

/**
 * Stops all mail to a subscriber at once. The confirmation token goes too, so an old
 * confirmation link cannot bring the address back; only a new signup, confirmed, can.
 */
export async function unsubscribe(
  db: PrismaClient,
  subscriberId: string,
  { now }: { now: Date },
): Promise<UnsubscribeResult> {
  const changed = await db.subscriber.updateMany({
    where: { id: subscriberId, status: { in: ["pending", "active"] } },
    data: { status: "unsubscribed", unsubscribedAt: now, confirmTokenHash: null, confirmTokenExpiresAt: null },
  });
  if (changed.count === 1) return "unsubscribed";
  return (await db.subscriber.count({ where: { id: subscriberId } })) ? "already-unsubscribed" : "not-found";
}
