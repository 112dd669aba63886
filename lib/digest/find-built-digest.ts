import type { PrismaClient } from "@/lib/generated/prisma/client";
import { digestPeriod, type DigestKind, type DigestPeriod } from "@/lib/digest/digest-period";
import { loadPapersInOrder } from "@/lib/digest/select-digest-papers";
import type { Paper } from "@/lib/papers/paper";

export interface BuiltDigestView {
  period: DigestPeriod;
  builtAt: Date;
  papers: Paper[];
}

/** A digest as it was built (its papers in their ranked order), or null if none was built for that key. */
export async function findBuiltDigest(
  db: PrismaClient,
  { date, kind }: { date: string; kind: DigestKind },
): Promise<BuiltDigestView | null> {
  const digest = await db.digest.findUnique({ where: { date_kind: { date, kind } } });
  if (!digest) return null;
  return {
    period: digestPeriod(kind, date),
    builtAt: digest.builtAt,
    papers: await loadPapersInOrder(db, digest.paperIds as string[]),
  };
}
