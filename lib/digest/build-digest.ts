import { Prisma, type Digest, type PrismaClient } from "@/lib/generated/prisma/client";
import type { DigestPeriod } from "@/lib/digest/digest-period";
import { loadPapersInOrder, selectDigestPapers } from "@/lib/digest/select-digest-papers";
import type { Paper } from "@/lib/papers/paper";

export interface BuiltDigest {
  period: DigestPeriod;
  /** Null when the period has no papers: nothing is written and nobody is mailed. */
  digest: Digest | null;
  papers: Paper[];
  /** Delivery rows this build added (0 on a rebuild that found everyone enqueued). */
  enqueued: number;
}

const SUBSCRIBER_BATCH = 500;

const isUniqueViolation = (error: unknown) =>
  error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";

/** The digest row for the period: the stored one if built before, so its paper list never changes. */
async function findOrCreateDigest(db: PrismaClient, period: DigestPeriod, topN: number, now: Date) {
  const key = { date_kind: { date: period.date, kind: period.kind } };
  const stored = await db.digest.findUnique({ where: key });
  if (stored) return { digest: stored, papers: await loadPapersInOrder(db, stored.paperIds as string[]) };
  const papers = await selectDigestPapers(db, { period, topN });
  if (papers.length === 0) return { digest: null, papers };
  try {
    const data = { date: period.date, kind: period.kind, paperIds: papers.map((p) => p.id), builtAt: now };
    return { digest: await db.digest.create({ data }), papers };
  } catch (error) {
    // Another run built it between our read and our insert: theirs is the digest.
    if (!isUniqueViolation(error)) throw error;
    const digest = await db.digest.findUniqueOrThrow({ where: key });
    return { digest, papers: await loadPapersInOrder(db, digest.paperIds as string[]) };
  }
}

/** Adds a pending delivery for each subscriber id that has none for this digest yet. */
async function enqueueBatch(db: PrismaClient, digestId: string, subscriberIds: string[]): Promise<number> {
  for (;;) {
    const existing = await db.delivery.findMany({
      where: { digestId, subscriberId: { in: subscriberIds } },
      select: { subscriberId: true },
    });
    const have = new Set(existing.map((row) => row.subscriberId));
    const missing = subscriberIds.filter((id) => !have.has(id));
    if (missing.length === 0) return 0;
    try {
      const { count } = await db.delivery.createMany({
        data: missing.map((subscriberId) => ({ digestId, subscriberId })),
      });
      return count;
    } catch (error) {
      // A concurrent build inserted some of the same rows; the unique key refused ours
      // as a whole, so look again and insert only what is still missing.
      if (!isUniqueViolation(error)) throw error;
    }
  }
}

/**
 * Builds the digest for a period and writes one delivery row per active subscriber of
 * that frequency (unique per subscriber and digest). Safe to run again or concurrently:
 * the digest's papers are fixed at the first build, and later builds only add rows for
 * subscribers confirmed since. Subscribers are read in batches, so memory stays flat.
 */
export async function buildDigest(
  db: PrismaClient,
  { period, topN, now }: { period: DigestPeriod; topN: number; now: Date },
): Promise<BuiltDigest> {
  const { digest, papers } = await findOrCreateDigest(db, period, topN, now);
  if (!digest) return { period, digest, papers, enqueued: 0 };
  let enqueued = 0;
  let cursor: string | undefined;
  for (;;) {
    const batch = await db.subscriber.findMany({
      where: { status: "active", frequency: period.kind },
      orderBy: { id: "asc" },
      select: { id: true },
      take: SUBSCRIBER_BATCH,
      ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
    });
    if (batch.length === 0) break;
    enqueued += await enqueueBatch(
      db,
      digest.id,
      batch.map((row) => row.id),
    );
    cursor = batch[batch.length - 1].id;
  }
  return { period, digest, papers, enqueued };
}
