import { Prisma, type PrismaClient, type Subscriber } from "@/lib/generated/prisma/client";
import { DomainError } from "@/lib/errors";
import { consumeRateLimit, type RateLimit } from "@/lib/rate-limit/consume-rate-limit";
import { hashEmail } from "@/lib/subscribers/email-hash";
import { CONSENT_TEXT_VERSION, hashIp } from "@/lib/subscribers/consent";
import { createConfirmToken } from "@/lib/subscribers/confirm-token";
import { isSuppressed } from "@/lib/subscribers/suppression";
import type { SignupInput } from "@/lib/subscribers/signup-input";

export interface SignupContext {
  now: Date;
  ip: string | null;
  userAgent: string | null;
  secret: string;
  /** RATE_LIMIT_CONFIRM_MAIL: confirmation mails per address. */
  confirmMailLimit: RateLimit | null;
}

/** What the confirmation mail needs; `token` is the only copy of the raw token. */
export interface PendingConfirmation {
  subscriberId: string;
  email: string;
  frequency: string;
  token: string;
  expiresAt: Date;
}

export type SignupOutcome =
  | { kind: "send-confirmation"; confirmation: PendingConfirmation }
  | { kind: "nothing-to-send"; reason: "already-active" | "suppressed" };

/**
 * Double opt-in signup. A new, pending or unsubscribed address becomes pending with a
 * fresh consent record and confirmation token (a later signup of an unsubscribed
 * address needs confirming again); an active or suppressed one is left alone. The
 * caller answers the same way in every case, so the outcome is for sending mail only.
 */
export async function requestSubscription(
  db: PrismaClient,
  input: SignupInput,
  context: SignupContext,
): Promise<SignupOutcome> {
  // Counted for every valid request, whatever the address's state, so that the 429
  // itself does not tell active addresses (which get no mail) from the others.
  const limit = await consumeRateLimit(db, confirmMailLimitKey(input.email), context.confirmMailLimit, context);
  if (!limit.allowed) {
    throw new DomainError("Too many confirmation emails were asked for this address. Please try again later.", 429, {
      "Retry-After": String(limit.retryAfterSeconds),
    });
  }
  if (await isSuppressed(db, input.email)) return { kind: "nothing-to-send", reason: "suppressed" };
  for (let attempt = 0; attempt < 3; attempt++) {
    const outcome = await applySignup(db, input, context);
    if (outcome) return outcome;
  }
  throw new Error("signup kept racing with another change to the same subscriber");
}

export function confirmMailLimitKey(email: string): string {
  return `confirm-mail:${hashEmail(email)}`;
}

/** One attempt; null when another request changed the same row first. */
async function applySignup(db: PrismaClient, input: SignupInput, context: SignupContext) {
  const emailKey = input.email.toLowerCase();
  const existing = await db.subscriber.findUnique({ where: { emailKey } });
  if (existing?.status === "active") return { kind: "nothing-to-send", reason: "already-active" } as const;
  const { token, hash, expiresAt } = createConfirmToken(context.now);
  const fields = {
    email: input.email,
    status: "pending",
    frequency: input.frequency,
    topics: input.topics,
    consentAt: context.now,
    consentTextVersion: CONSENT_TEXT_VERSION,
    consentIpHash: context.ip ? hashIp(context.ip, context.secret) : null,
    consentUserAgent: context.userAgent?.slice(0, 512) ?? null,
    confirmTokenHash: hash,
    confirmTokenExpiresAt: expiresAt,
    confirmMailsSentAt: recentSends(existing, context.now),
    confirmedAt: null,
  };
  let subscriberId: string;
  if (existing) {
    const updated = await db.subscriber.updateMany({
      where: { id: existing.id, status: existing.status },
      data: fields,
    });
    if (updated.count === 0) return null;
    subscriberId = existing.id;
  } else {
    try {
      subscriberId = (await db.subscriber.create({ data: { ...fields, emailKey } })).id;
    } catch (error) {
      if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return null;
      throw error;
    }
  }
  const confirmation = { subscriberId, email: input.email, frequency: input.frequency, token, expiresAt };
  return { kind: "send-confirmation", confirmation } as const;
}

/** The last ten confirmation mails' times, kept on the row to answer "why did I get this?". */
function recentSends(existing: Subscriber | null, now: Date): string[] {
  const earlier = Array.isArray(existing?.confirmMailsSentAt) ? (existing.confirmMailsSentAt as string[]) : [];
  return [...earlier, now.toISOString()].slice(-10);
}
