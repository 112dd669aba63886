import type { PrismaClient } from "@/lib/generated/prisma/client";
import { hashEmail } from "@/lib/subscribers/email-hash";
import { confirmMailLimitKey } from "@/lib/subscribers/request-subscription";

/**
 * "Delete my data": removes the address, its choices and its consent record. Sent-digest
 * rows stay for the statistics but lose their link to the person (SetNull). With
 * `suppress`, a hash of the address goes on the suppression list so it is never mailed
 * again, not even a confirmation mail; without it, nothing of the address remains.
 */
export async function eraseSubscriber(
  db: PrismaClient,
  subscriberId: string,
  { suppress }: { suppress: boolean },
): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const subscriber = await tx.subscriber.findUnique({ where: { id: subscriberId } });
    if (!subscriber) return false;
    if (suppress) {
      const emailHash = hashEmail(subscriber.emailKey);
      const reason = "erased at the subscriber's request";
      await tx.suppression.upsert({ where: { emailHash }, create: { emailHash, reason }, update: { reason } });
    }
    await tx.rateLimitBucket.deleteMany({ where: { key: confirmMailLimitKey(subscriber.emailKey) } });
    await tx.subscriber.delete({ where: { id: subscriberId } });
    return true;
  });
}
