import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runScript } from "@/lib/testing/run-script";
import { createTestDb, type TestDb } from "@/lib/testing/test-db";

let t: TestDb;
beforeAll(() => {
  t = createTestDb();
});
afterAll(() => t.cleanup());

const seed = (...args: string[]) => runScript("seed", args, { DATABASE_URL: t.url });
const demoFiles = ["prisma/demo/hf-archive-2026-05-29_06-04.json", "prisma/demo/hf-daily-2026-10-03.json"];

describe("npm run seed", () => {
  it("imports the demo files, then finds them all unchanged on a second run", () => {
    const first = seed(...demoFiles);
    expect(first.status).toBe(0);
    expect(first.stdout).toContain(
      "hf-archive-2026-05-29_06-04.json (archive, 202 records): 202 inserted, 0 updated, 0 unchanged, 0 rejected; 1 without a featured date (kept, shown on no day page)",
    );
    expect(first.stdout).toMatch(
      /^seed: 2 file\(s\): 252 inserted, 0 updated, 0 unchanged, 0 rejected; 1 without a featured date$/m,
    );
    const second = seed(...demoFiles);
    expect(second.stdout).toMatch(/^seed: 2 file\(s\): 0 inserted, 0 updated, 252 unchanged, 0 rejected/m);
  });

  it("exits 1 naming each problem of a broken file, and --skip-invalid imports the rest", async () => {
    const refused = seed("lib/papers/import/fixtures/broken-daily.json");
    expect(refused.status).toBe(1);
    expect(refused.stderr.trim().split("\n")).toEqual([
      "broken-daily.json:2 (2510.30002): publishedAt: is not a real date",
      "broken-daily.json:3 (2510.30003): title: is required",
      "broken-daily.json:4 (2510.30004): authors.1: must be a string",
    ]);
    expect(refused.stdout).toContain("not imported: 3 rejected, 2 valid");
    expect(await t.db.paper.count({ where: { dailyDate: "2026-10-05" } })).toBe(0);

    const skipped = seed("lib/papers/import/fixtures/broken-daily.json", "--skip-invalid");
    expect(skipped.status).toBe(0);
    expect(skipped.stdout).toContain("2 inserted, 0 updated, 0 unchanged, 3 rejected");
    expect(await t.db.paper.count({ where: { dailyDate: "2026-10-05" } })).toBe(2);
  });

  it("refuses bad arguments with a usage line and exit code 2", () => {
    const noFiles = seed();
    expect(noFiles.status).toBe(2);
    expect(noFiles.stderr).toContain("files: name at least one file");
    const badDate = seed("lib/papers/import/fixtures/arxiv-atom.xml", "--date", "2026-02-30");
    expect(badDate.status).toBe(2);
    expect(badDate.stderr).toContain("--date must be a real date");
  });
});
