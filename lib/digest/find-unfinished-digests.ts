import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { BuiltDigest } from "@/lib/digest/build-digest";
import { digestPeriod, type DigestKind } from "@/lib/digest/digest-period";
import { loadPapersInOrder } from "@/lib/digest/select-digest-papers";

/**
 * Digests built since `since` that still have rows to send: a run that stopped early (the
 * SMTP server was down, the worker was restarted) leaves them, and the worker's retry
 * sweep finishes them. Only recent ones, so a digest is never mailed days late.
 */
export async function findUnfinishedDigests(db: PrismaClient, { since }: { since: Date }): Promise<BuiltDigest[]> {
  const digests = await db.digest.findMany({
    where: { builtAt: { gte: since }, deliveries: { some: { status: { in: ["pending", "sending"] } } } },
    orderBy: { builtAt: "asc" },
  });
  return Promise.all(
    digests.map(async (digest) => ({
      period: digestPeriod(digest.kind as DigestKind, digest.date),
      digest,
      papers: await loadPapersInOrder(db, digest.paperIds as string[]),
      enqueued: 0,
    })),
  );
}
