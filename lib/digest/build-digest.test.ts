import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createDb } from "@/lib/db";
import { buildDigest } from "@/lib/digest/build-digest";
import { digestPeriod } from "@/lib/digest/digest-period";
import { activeReaders, seedPapers, seedSubscribers } from "@/lib/digest/seed-digest-fixtures";
import { createTestDb, type TestDb } from "@/lib/testing/test-db";

const period = digestPeriod("daily", "2026-12-03");
let t: TestDb;

beforeEach(() => {
  t = createTestDb();
});

afterEach(() => t.cleanup());

describe("buildDigest", () => {
  it("writes one pending delivery per active subscriber of the kind, and a rebuild only adds newcomers", async () => {
    const [top] = await seedPapers(t.db, period.date, [{}, {}, {}]);
    await seedSubscribers(t.db, [
      ...activeReaders(3),
      { email: "pending@example.org", status: "pending" },
      { email: "weekly@example.org", frequency: "weekly" },
    ]);
    const first = await buildDigest(t.db, { period, topN: 2, now: new Date() });
    expect(first.enqueued).toBe(3);
    expect(first.papers.map((p) => p.id)[0]).toBe(top);
    expect(first.digest?.paperIds).toHaveLength(2);

    // Upvotes move after the build; the digest keeps the list it was built with.
    await t.db.paper.update({ where: { id: top }, data: { upvotes: 0 } });
    await seedSubscribers(t.db, [{ email: "newcomer@example.org" }]);
    const again = await buildDigest(t.db, { period, topN: 2, now: new Date() });
    expect(again.enqueued).toBe(1);
    expect(again.digest?.id).toBe(first.digest?.id);
    expect(again.papers.map((p) => p.id)[0]).toBe(top);
    expect(await t.db.delivery.count({ where: { status: "pending" } })).toBe(4);
  });

  it("agrees with itself when two builds run at once on separate connections", async () => {
    await seedPapers(t.db, period.date, [{}]);
    await seedSubscribers(t.db, activeReaders(1200)); // more than one subscriber batch
    const other = createDb(t.url);
    try {
      const [a, b] = await Promise.all([
        buildDigest(t.db, { period, topN: 10, now: new Date() }),
        buildDigest(other, { period, topN: 10, now: new Date() }),
      ]);
      expect(a.digest?.id).toBe(b.digest?.id);
      expect(a.enqueued + b.enqueued).toBe(1200);
      expect(await t.db.delivery.count()).toBe(1200);
      expect(await t.db.digest.count()).toBe(1);
    } finally {
      await other.$disconnect();
    }
  });

  it("builds nothing for a period without papers", async () => {
    await seedSubscribers(t.db, activeReaders(2));
    expect(await buildDigest(t.db, { period, topN: 10, now: new Date() })).toMatchObject({ digest: null, enqueued: 0 });
  });
});
