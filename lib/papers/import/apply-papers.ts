import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import type { ImportedPaper } from "@/lib/papers/import/normalize";
import { insertPapers } from "@/lib/papers/import/insert-papers";

export interface ApplyCounts {
  inserted: number;
  updated: number;
  unchanged: number;
}

type Stored = Record<string, unknown>;

const sameValue = (a: unknown, b: unknown) =>
  a instanceof Date && b instanceof Date ? a.getTime() === b.getTime() : JSON.stringify(a) === JSON.stringify(b);

/** The fields a record sets that differ from what is stored. Absent fields keep their stored value. */
function changedFields(stored: Stored, paper: ImportedPaper): Partial<ImportedPaper> {
  const changes: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(paper)) {
    if (value !== undefined && !sameValue(stored[key], value)) changes[key] = value;
  }
  return changes as Partial<ImportedPaper>;
}

const BATCH = 2_000;

/**
 * Upserts papers by arXiv id in one transaction: the file applies whole or not at all.
 * With `dryRun`, counts what would change and writes nothing.
 */
export async function applyPapers(
  db: PrismaClient,
  papers: ImportedPaper[],
  { dryRun = false, onProgress }: { dryRun?: boolean; onProgress?: (done: number) => void } = {},
): Promise<ApplyCounts> {
  const counts: ApplyCounts = { inserted: 0, updated: 0, unchanged: 0 };
  const work = async (tx: Prisma.TransactionClient) => {
    for (let start = 0; start < papers.length; start += BATCH) {
      const batch = papers.slice(start, start + BATCH);
      const stored = await tx.paper.findMany({ where: { id: { in: batch.map((p) => p.id) } } });
      const storedById = new Map(stored.map((row) => [row.id, row as Stored]));
      const inserts: ImportedPaper[] = [];
      for (const paper of batch) {
        const existing = storedById.get(paper.id);
        if (!existing) {
          inserts.push(paper);
          continue;
        }
        const changes = changedFields(existing, paper);
        if (Object.keys(changes).length === 0) {
          counts.unchanged++;
        } else {
          counts.updated++;
          if (!dryRun) await tx.paper.update({ where: { id: paper.id }, data: changes });
        }
      }
      counts.inserted += inserts.length;
      if (!dryRun && inserts.length) await insertPapers(tx, inserts);
      onProgress?.(Math.min(start + BATCH, papers.length));
    }
  };
  if (dryRun) await work(db);
  else await db.$transaction(work, { timeout: 30 * 60_000, maxWait: 60_000 });
  return counts;
}
