import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { consumeRateLimit } from "@/lib/rate-limit/consume-rate-limit";
import { createDb } from "@/lib/db";
import { createTestDb, type TestDb } from "@/lib/testing/test-db";

const limit = { count: 3, windowMs: 10 * 60_000 };
const start = new Date("2026-12-04T10:00:00Z");
const at = (ms: number) => ({ now: new Date(start.getTime() + ms) });

describe("consumeRateLimit", () => {
  let test: TestDb;
  beforeEach(() => {
    test = createTestDb();
  });
  afterEach(() => test.cleanup());

  it("allows `count` hits per window, then refuses with the seconds until the window ends", async () => {
    for (let i = 0; i < 3; i++)
      expect(await consumeRateLimit(test.db, "ip:a", limit, at(i * 1000))).toEqual({ allowed: true });
    expect(await consumeRateLimit(test.db, "ip:a", limit, at(60_000))).toEqual({
      allowed: false,
      retryAfterSeconds: 540,
    });
    expect(await consumeRateLimit(test.db, "ip:b", limit, at(60_000))).toEqual({ allowed: true });
  });

  it("starts counting afresh once the window has passed", async () => {
    for (let i = 0; i < 4; i++) await consumeRateLimit(test.db, "ip:a", limit, at(0));
    expect(await consumeRateLimit(test.db, "ip:a", limit, at(limit.windowMs))).toEqual({ allowed: true });
  });

  it("forgets expired counters of the same kind when a new key comes along", async () => {
    await consumeRateLimit(test.db, "ip:a", limit, at(0));
    await consumeRateLimit(test.db, "mail:a", limit, at(0));
    await consumeRateLimit(test.db, "ip:b", limit, at(limit.windowMs + 1));
    const keys = (await test.db.rateLimitBucket.findMany({ orderBy: { key: "asc" } })).map((b) => b.key);
    expect(keys).toEqual(["ip:b", "mail:a"]);
  });

  it("lets everything through when the limit is off", async () => {
    for (let i = 0; i < 10; i++) expect(await consumeRateLimit(test.db, "ip:a", null)).toEqual({ allowed: true });
  });

  it("loses no hit when two processes count the same key at once", async () => {
    const other = createDb(test.url);
    const hits = Array.from({ length: 10 }, (_, i) => consumeRateLimit(i % 2 ? other : test.db, "ip:a", limit, at(0)));
    const results = await Promise.all(hits);
    await other.$disconnect();
    expect(results.filter((r) => r.allowed)).toHaveLength(3);
  });
});
