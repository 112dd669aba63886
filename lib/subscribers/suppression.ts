import type { PrismaClient } from "@/lib/generated/prisma/client";
import { hashEmail } from "@/lib/subscribers/email-hash";

/** Addresses on the suppression list get no mail of any kind, confirmation mails included. */
export async function isSuppressed(db: PrismaClient, email: string): Promise<boolean> {
  return (await db.suppression.count({ where: { emailHash: hashEmail(email) } })) > 0;
}

export async function suppressEmail(db: PrismaClient, email: string, reason: string): Promise<void> {
  const emailHash = hashEmail(email);
  await db.suppression.upsert({ where: { emailHash }, create: { emailHash, reason }, update: { reason } });
}
