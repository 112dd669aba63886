import fs from "node:fs";
import path from "node:path";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { importFile } from "@/lib/papers/import/import-file";
import { bumpDataVersion } from "@/lib/papers/data-version";

export const DEMO_DIR = path.resolve("prisma/demo");

/** On a first start, fills an empty store with the demo exports so there is something to read. */
export async function seedDemoDataIfEmpty(db: PrismaClient, log: (line: string) => void): Promise<number> {
  if ((await db.paper.count()) > 0) return 0;
  let inserted = 0;
  for (const name of fs.readdirSync(DEMO_DIR).sort()) {
    const result = await importFile(db, path.join(DEMO_DIR, name), {
      dailyDate: new Date().toISOString().slice(0, 10),
    });
    if (result.fileError || result.problems.length) throw new Error(`demo file ${name} did not import cleanly`);
    inserted += result.inserted;
    log(`demo data: ${name}: ${result.inserted} papers`);
  }
  bumpDataVersion();
  return inserted;
}
