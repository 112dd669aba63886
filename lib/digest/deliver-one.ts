import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Mailer } from "@/lib/email/mailer";
import { classifySendError } from "@/lib/digest/classify-send-error";
import type { DigestEmail, DigestReader } from "@/lib/digest/compose-digest-email";
import { subscriberLinks } from "@/lib/digest/digest-links";
import type { DigestPeriod } from "@/lib/digest/digest-period";
import { deferDelivery, markFailed, markSent, markSkipped } from "@/lib/digest/record-delivery";
import type { Paper } from "@/lib/papers/paper";
import { isSuppressed, suppressEmail } from "@/lib/subscribers/suppression";

export interface DeliveryContext {
  db: PrismaClient;
  mailer: Mailer;
  period: DigestPeriod;
  siteUrl: string;
  secret: string;
  now: () => Date;
  maxAttempts: number;
  /** Wait before attempt `attempts + 1` after a transient failure of attempt `attempts`. */
  backoffMs: (attempts: number) => number;
  /** This reader's papers: the digest's own list without topics, the top matches with them. */
  papersFor: (topics: string[]) => Promise<Paper[]>;
  compose: (papers: Paper[], reader: DigestReader) => Promise<DigestEmail>;
  /** Waits for the rate limit; only messages that go out count against it, not skips. */
  beforeSend: () => Promise<void>;
}

export type DeliveryOutcome =
  | { status: "sent" }
  | { status: "skipped"; reason: string }
  | { status: "failed"; hardBounce: boolean; unreachable: boolean }
  | { status: "deferred"; unreachable: boolean };

/** Why a claimed row must not be mailed, looked up now rather than at build time. */
export async function findSkipReason(
  db: PrismaClient,
  period: DigestPeriod,
  subscriber: { status: string; frequency: string; email: string } | null,
): Promise<string | null> {
  if (!subscriber) return "subscriber-deleted";
  if (subscriber.status !== "active") return subscriber.status === "unsubscribed" ? "unsubscribed" : "not-active";
  if (subscriber.frequency !== period.kind) return "frequency-changed";
  return (await isSuppressed(db, subscriber.email)) ? "suppressed" : null;
}

/** Sends one claimed delivery and records what happened to it. */
export async function deliverOne(ctx: DeliveryContext, deliveryId: string): Promise<DeliveryOutcome> {
  const { db, period } = ctx;
  const delivery = await db.delivery.findUniqueOrThrow({ where: { id: deliveryId }, include: { subscriber: true } });
  const subscriber = delivery.subscriber;
  const skip = await findSkipReason(db, period, subscriber);
  if (skip || !subscriber) {
    await markSkipped(db, deliveryId, skip ?? "subscriber-deleted");
    return { status: "skipped", reason: skip ?? "subscriber-deleted" };
  }
  const topics = (subscriber.topics as string[] | null) ?? [];
  const papers = await ctx.papersFor(topics);
  if (papers.length === 0) {
    await markSkipped(db, deliveryId, "no-matching-papers");
    return { status: "skipped", reason: "no-matching-papers" };
  }
  const links = subscriberLinks(ctx.siteUrl, subscriber.id, ctx.secret);
  const email = await ctx.compose(papers, { email: subscriber.email, topics, ...links });
  const host = new URL(ctx.siteUrl).hostname;
  await ctx.beforeSend();
  let messageId: string;
  try {
    // The Message-ID is the ledger row's: a copy resent after a crash is recognisably the same message.
    const sent = await ctx.mailer.send({
      to: subscriber.email,
      ...email,
      messageId: `<${deliveryId}@${host}>`,
      list: { unsubscribeUrl: links.unsubscribeUrl, name: "Daily Papers", id: `${period.kind}.digest.${host}` },
    });
    messageId = sent.messageId;
  } catch (error) {
    return recordFailure(ctx, { id: deliveryId, attempts: delivery.attempts, email: subscriber.email }, error);
  }
  // Outside the try: a failure to record a sent message must not be taken for a failed
  // send and retried; it stops the run, and the row waits out its lease like a crash's.
  await markSent(db, deliveryId, { messageId, now: ctx.now() });
  return { status: "sent" };
}

/** Fails the row (5xx, or out of attempts; a missing mailbox is suppressed) or defers it with backoff. */
async function recordFailure(
  ctx: DeliveryContext,
  delivery: { id: string; attempts: number; email: string },
  error: unknown,
): Promise<DeliveryOutcome> {
  const failure = classifySendError(error);
  const unreachable = failure.kind === "unreachable";
  const lastError = `attempt ${delivery.attempts}: ${failure.message}`;
  if (failure.kind === "permanent" || delivery.attempts >= ctx.maxAttempts) {
    await markFailed(ctx.db, delivery.id, lastError);
    if (failure.hardBounce)
      await suppressEmail(ctx.db, delivery.email, `hard bounce: ${failure.message}`.slice(0, 300));
    return { status: "failed", hardBounce: failure.hardBounce, unreachable };
  }
  const nextAttemptAt = new Date(ctx.now().getTime() + ctx.backoffMs(delivery.attempts));
  await deferDelivery(ctx.db, delivery.id, { error: lastError, nextAttemptAt });
  return { status: "deferred", unreachable };
}
