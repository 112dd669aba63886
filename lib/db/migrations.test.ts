import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { migrationStatus, schemaDrift } from "@/lib/db/migrations";
import { createTestDb } from "@/lib/testing/test-db";

describe("migrations", () => {
  it("agree with schema.prisma: every model change has its migration", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "drift-"));
    const drift = await schemaDrift(`file:${path.join(dir, "engine.db")}`);
    // Non-empty means: run `npm run db:migrate -- <name>` and commit the new folder.
    expect(drift).toBe("");
  });

  it("are all applied to a freshly migrated database, with the search index in place", async () => {
    const t = createTestDb();
    const status = await migrationStatus(t.url);
    expect(status).toMatchObject({ pending: [], failed: [], edited: [] });
    expect(status.applied).toBe(fs.readdirSync("prisma/migrations").filter((f) => !f.endsWith(".toml")).length);
    const tables = await t.db.$queryRaw<{ name: string }[]>`SELECT name FROM sqlite_master WHERE name = 'paper_fts'`;
    expect(tables).toHaveLength(1);
    const [{ journal_mode }] = await t.db.$queryRawUnsafe<{ journal_mode: string }[]>("PRAGMA journal_mode");
    expect(journal_mode).toBe("wal");
    await t.cleanup();
  });
});
