import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";

// The stamp file sits beside the database the environment names; point it at a scratch folder.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cache-version-"));
process.env.DATABASE_URL = `file:${path.join(dir, "papers.db")}`;
const { cacheByDataVersion } = await import("@/lib/papers/cache-by-data-version");
const { bumpDataVersion } = await import("@/lib/papers/data-version");

afterAll(() => {
  vi.useRealTimers();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("cacheByDataVersion", () => {
  it("loads once while papers are unchanged, and again after the seed script changes them", async () => {
    vi.useFakeTimers({ now: new Date("2026-06-01T08:00:00Z"), toFake: ["Date"] });
    let loads = 0;
    const read = () => cacheByDataVersion("day:2026-06-01", async () => ++loads);
    expect(await read()).toBe(1);
    expect(await read()).toBe(1);

    bumpDataVersion();
    // The stamp is looked at no more than once a second.
    vi.setSystemTime(new Date("2026-06-01T08:00:02Z"));
    expect(await read()).toBe(2);
    expect(await read()).toBe(2);
  });

  it("shares one load between concurrent misses and does not keep failures", async () => {
    let loads = 0;
    const slow = () => cacheByDataVersion("slow", async () => ++loads);
    expect(await Promise.all([slow(), slow(), slow()])).toEqual([1, 1, 1]);
    await expect(cacheByDataVersion("fails", async () => Promise.reject(new Error("down")))).rejects.toThrow("down");
    expect(await cacheByDataVersion("fails", async () => "recovered")).toBe("recovered");
  });
});
