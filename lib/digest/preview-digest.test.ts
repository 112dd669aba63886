import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createMailer } from "@/lib/email/mailer";
import { buildDigest } from "@/lib/digest/build-digest";
import { digestPeriod } from "@/lib/digest/digest-period";
import { formatRunSummary } from "@/lib/digest/digest-run-counts";
import { findUnfinishedDigests } from "@/lib/digest/find-unfinished-digests";
import { previewDigest } from "@/lib/digest/preview-digest";
import { sendDigest } from "@/lib/digest/send-digest";
import { sendPreview } from "@/lib/digest/send-preview";
import { seedPapers, seedSubscribers } from "@/lib/digest/seed-digest-fixtures";
import { startSmtpSink } from "@/lib/testing/smtp-sink";
import { createTestDb, type TestDb } from "@/lib/testing/test-db";

const period = digestPeriod("daily", "2026-12-03");
const settings = { topN: 10, siteUrl: "https://papers.example.org", secret: "digest-test-secret-0123456789" };
let t: TestDb;

beforeEach(async () => {
  t = createTestDb();
  await seedPapers(t.db, period.date, [{ title: "Robots that fold laundry" }, { title: "Diffusion at scale" }]);
  await seedSubscribers(t.db, [
    { email: "all@example.org" },
    { email: "robots@example.org", topics: ["robots"] },
    { email: "quantum@example.org", topics: ["quantum"] },
    { email: "pending@example.org", status: "pending" },
  ]);
});

afterEach(() => t.cleanup());

describe("a dry run", () => {
  it("says who would get what and writes one HTML preview per selection, and nothing to the database", async () => {
    const outboxDir = fs.mkdtempSync(path.join(os.tmpdir(), "digest-preview-"));
    const lines: string[] = [];
    const counts = await previewDigest(t.db, { ...settings, period, outboxDir, log: (line) => lines.push(line) });
    expect(formatRunSummary(counts)).toMatch(
      /^digest daily 2026-12-03 \(dry run\): 3 subscribers, 2 would be sent, 0 failed, 1 skipped \(no-matching-papers 1\)/,
    );
    expect(lines).toContainEqual(
      expect.stringMatching(/^robots@example.org: 1 papers, top "Robots that fold laundry"/),
    );
    expect(lines).toContain("quantum@example.org: skipped (no-matching-papers)");
    expect(fs.readdirSync(outboxDir).sort()).toEqual([
      "digest-2026-12-03-daily-all.html",
      expect.stringMatching(/^digest-2026-12-03-daily-topics-[0-9a-f]{8}\.html$/),
    ]);
    expect(fs.readFileSync(path.join(outboxDir, "digest-2026-12-03-daily-all.html"), "utf8")).toContain(
      "Diffusion at scale",
    );
    expect([await t.db.digest.count(), await t.db.delivery.count()]).toEqual([0, 0]);
    fs.rmSync(outboxDir, { recursive: true });
  });
});

describe("a preview to one address", () => {
  it("mails that address only, outside the ledger", async () => {
    const sink = await startSmtpSink();
    const mailer = createMailer({ smtpUrl: sink.url, outboxDir: "unused", from: "digest@papers.example.org" });
    const counts = await sendPreview(t.db, mailer, { ...settings, period, to: "editor@example.org" });
    mailer.close();
    expect(counts).toMatchObject({ sent: 1, failed: 0 });
    const [mail] = await sink.waitFor(1);
    expect(mail.to).toEqual(["editor@example.org"]);
    expect(mail.parsed.subject).toBe("[Preview] Daily Papers, Thu, Dec 3, 2026: Robots that fold laundry");
    expect([await t.db.digest.count(), await t.db.delivery.count()]).toEqual([0, 0]);
    await sink.stop();
  });
});

describe("findUnfinishedDigests", () => {
  it("finds a recent digest with rows left to send, and not once they are sent", async () => {
    const built = await buildDigest(t.db, { period, topN: 10, now: new Date() });
    const since = new Date(Date.now() - 3_600_000);
    expect((await findUnfinishedDigests(t.db, { since })).map((d) => d.period)).toEqual([period]);
    expect(await findUnfinishedDigests(t.db, { since: new Date(Date.now() + 60_000) })).toEqual([]);

    const outboxDir = fs.mkdtempSync(path.join(os.tmpdir(), "outbox-"));
    const mailer = createMailer({ outboxDir, from: "d@x.org" });
    await sendDigest(t.db, mailer, { ...settings, built, maxAttempts: 3, ratePerSecond: 1000 });
    expect(await findUnfinishedDigests(t.db, { since })).toEqual([]);
    fs.rmSync(outboxDir, { recursive: true });
  });
});
