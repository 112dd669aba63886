import type { PrismaClient } from "@/lib/generated/prisma/client";
import { hashConfirmToken, isWellFormedConfirmToken } from "@/lib/subscribers/confirm-token";

export interface ConfirmingSubscriber {
  id: string;
  email: string;
  frequency: string;
  topics: string[];
}

/** What a confirmation link leads to; only "ready" can change anything. */
export type ConfirmLinkState =
  | { state: "ready"; subscriber: ConfirmingSubscriber }
  /** `newly`: this very call confirmed it (time for a welcome mail), not an earlier one. */
  | { state: "confirmed"; subscriber: ConfirmingSubscriber; newly?: boolean }
  | { state: "expired"; subscriber: ConfirmingSubscriber }
  | { state: "invalid" };

/** Looks a confirmation token up without changing anything (the GET page and mail scanners). */
export async function inspectConfirmToken(
  db: PrismaClient,
  token: unknown,
  { now }: { now: Date },
): Promise<ConfirmLinkState> {
  if (!isWellFormedConfirmToken(token)) return { state: "invalid" };
  const row = await db.subscriber.findUnique({ where: { confirmTokenHash: hashConfirmToken(token) } });
  if (!row || row.status === "unsubscribed") return { state: "invalid" };
  const subscriber = {
    id: row.id,
    email: row.email,
    frequency: row.frequency,
    topics: Array.isArray(row.topics) ? (row.topics as string[]) : [],
  };
  if (row.status === "active") return { state: "confirmed", subscriber };
  if (!row.confirmTokenExpiresAt || row.confirmTokenExpiresAt <= now) return { state: "expired", subscriber };
  return { state: "ready", subscriber };
}

/**
 * Makes a pending subscriber active. Confirming again is harmless (the token stays valid
 * until it expires, answering "confirmed"); an expired or unknown token changes nothing.
 */
export async function confirmSubscriber(
  db: PrismaClient,
  token: unknown,
  { now }: { now: Date },
): Promise<ConfirmLinkState> {
  const found = await inspectConfirmToken(db, token, { now });
  if (found.state !== "ready") return found;
  // Conditional on the same token and state, so a concurrent unsubscribe or newer link wins.
  const changed = await db.subscriber.updateMany({
    where: { id: found.subscriber.id, status: "pending", confirmTokenHash: hashConfirmToken(token as string) },
    data: { status: "active", confirmedAt: now },
  });
  const after = await inspectConfirmToken(db, token, { now });
  return after.state === "confirmed" && changed.count === 1 ? { ...after, newly: true } : after;
}
