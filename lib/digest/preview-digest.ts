import crypto from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { composeDigestEmail, type DigestReader } from "@/lib/digest/compose-digest-email";
import { findSkipReason } from "@/lib/digest/deliver-one";
import { subscriberLinks } from "@/lib/digest/digest-links";
import type { DigestPeriod } from "@/lib/digest/digest-period";
import { cachePapersFor } from "@/lib/digest/send-digest";
import { emptyCounts, type DigestRunCounts } from "@/lib/digest/digest-run-counts";
import { loadPapersInOrder, selectDigestPapers } from "@/lib/digest/select-digest-papers";
import type { Paper } from "@/lib/papers/paper";

/** The digest's papers without writing anything: the stored list if built, else what a build would pick. */
export async function peekDigestPapers(db: PrismaClient, period: DigestPeriod, topN: number): Promise<Paper[]> {
  const stored = await db.digest.findUnique({ where: { date_kind: { date: period.date, kind: period.kind } } });
  if (stored) return loadPapersInOrder(db, stored.paperIds as string[]);
  return selectDigestPapers(db, { period, topN });
}

export interface PreviewOptions {
  period: DigestPeriod;
  topN: number;
  siteUrl: string;
  secret: string;
  outboxDir: string;
  log: (line: string) => void;
}

const placeholderReader = (siteUrl: string): DigestReader => ({
  email: "you@example.org",
  topics: [],
  unsubscribeUrl: new URL("/unsubscribe", siteUrl).toString(),
  preferencesUrl: new URL("/preferences", siteUrl).toString(),
});

/**
 * A dry run: says who would get what and writes one HTML preview per distinct selection
 * (everything, or each topic list) under the outbox folder. Sends nothing, writes no rows.
 */
export async function previewDigest(db: PrismaClient, options: PreviewOptions): Promise<DigestRunCounts> {
  const { period, topN, siteUrl } = options;
  const started = performance.now();
  const counts = emptyCounts(period, true);
  const papers = await peekDigestPapers(db, period, topN);
  const papersFor = cachePapersFor(db, { period, papers }, topN);
  const previews = new Map<string, string>();
  const writePreview = async (key: string, selection: Paper[], reader: DigestReader) => {
    if (previews.has(key)) return previews.get(key)!;
    const slug = key === "[]" ? "all" : `topics-${crypto.createHash("sha1").update(key).digest("hex").slice(0, 8)}`;
    const file = path.resolve(options.outboxDir, `digest-${period.date}-${period.kind}-${slug}.html`);
    const email = await composeDigestEmail(period, selection, reader, siteUrl);
    await fs.mkdir(options.outboxDir, { recursive: true });
    await fs.writeFile(file, email.html);
    previews.set(key, file);
    return file;
  };
  if (papers.length) options.log(`preview: ${await writePreview("[]", papers, placeholderReader(siteUrl))}`);
  let cursor: string | undefined;
  for (;;) {
    const batch = await db.subscriber.findMany({
      where: { status: "active", frequency: period.kind },
      orderBy: { id: "asc" },
      take: 500,
      ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
    });
    if (batch.length === 0) break;
    cursor = batch[batch.length - 1].id;
    for (const subscriber of batch) {
      counts.subscribers++;
      const topics = (subscriber.topics as string[] | null) ?? [];
      const selection = papers.length ? await papersFor(topics) : [];
      const reason =
        (await findSkipReason(db, period, subscriber)) ??
        (papers.length === 0 ? "no-papers-featured" : selection.length === 0 ? "no-matching-papers" : null);
      if (reason) {
        counts.skipped[reason] = (counts.skipped[reason] ?? 0) + 1;
        options.log(`${subscriber.email}: skipped (${reason})`);
        continue;
      }
      const key = JSON.stringify([...topics].sort());
      const reader = { email: subscriber.email, topics, ...subscriberLinks(siteUrl, subscriber.id, options.secret) };
      const file = await writePreview(key, selection, reader);
      counts.sent++;
      options.log(
        `${subscriber.email}: ${selection.length} papers, top "${selection[0].title}" (${path.basename(file)})`,
      );
    }
  }
  counts.durationMs = performance.now() - started;
  return counts;
}
