import type { PrismaClient } from "@/lib/generated/prisma/client";
import { toPaper, type Paper } from "@/lib/papers/paper";

export async function findPaper(db: PrismaClient, id: string): Promise<Paper | null> {
  const row = await db.paper.findUnique({ where: { id } });
  return row ? toPaper(row) : null;
}
