import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Mailer } from "@/lib/email/mailer";
import { composeDigestEmail } from "@/lib/digest/compose-digest-email";
import { subscriberLinks } from "@/lib/digest/digest-links";
import type { DigestPeriod } from "@/lib/digest/digest-period";
import { emptyCounts, type DigestRunCounts } from "@/lib/digest/digest-run-counts";
import { peekDigestPapers } from "@/lib/digest/preview-digest";

/**
 * Mails the digest (everything, no topic filter) to one address, outside the ledger: no
 * rows are written, so sending a preview never counts as anyone's delivery. A subscriber's
 * address gets their own working links; any other address gets the bare pages.
 */
export async function sendPreview(
  db: PrismaClient,
  mailer: Mailer,
  {
    period,
    topN,
    siteUrl,
    secret,
    to,
  }: { period: DigestPeriod; topN: number; siteUrl: string; secret: string; to: string },
): Promise<DigestRunCounts> {
  const started = performance.now();
  const counts = emptyCounts(period);
  counts.subscribers = 1;
  const papers = await peekDigestPapers(db, period, topN);
  if (papers.length === 0) {
    counts.skipped["no-papers-featured"] = 1;
    return counts;
  }
  const subscriber = await db.subscriber.findUnique({ where: { emailKey: to.trim().toLowerCase() } });
  const links = subscriber
    ? subscriberLinks(siteUrl, subscriber.id, secret)
    : {
        unsubscribeUrl: new URL("/unsubscribe", siteUrl).toString(),
        preferencesUrl: new URL("/preferences", siteUrl).toString(),
      };
  const email = await composeDigestEmail(period, papers, { email: to, topics: [], ...links }, siteUrl);
  try {
    await mailer.send({ to, ...email, subject: `[Preview] ${email.subject}` });
    counts.sent = 1;
  } catch (error) {
    counts.failed = 1;
    counts.stoppedBecause = (error as Error).message;
  }
  counts.durationMs = performance.now() - started;
  return counts;
}
