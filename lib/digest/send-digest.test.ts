import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createMailer, type Mailer } from "@/lib/email/mailer";
import { buildDigest } from "@/lib/digest/build-digest";
import { digestPeriod } from "@/lib/digest/digest-period";
import { formatRunSummary, runExitCode } from "@/lib/digest/digest-run-counts";
import { runDigest } from "@/lib/digest/run-digest";
import { sendDigest } from "@/lib/digest/send-digest";
import { activeReaders, seedPapers, seedSubscribers } from "@/lib/digest/seed-digest-fixtures";
import { hashEmail } from "@/lib/subscribers/email-hash";
import { verifyLinkToken } from "@/lib/subscribers/link-tokens";
import { startSmtpSink, type SmtpSink } from "@/lib/testing/smtp-sink";
import { createTestDb, type TestDb } from "@/lib/testing/test-db";

const SECRET = "digest-test-secret-0123456789";
const SITE = "https://papers.example.org";
const DAY = "2026-12-03";
const period = digestPeriod("daily", DAY);
const settings = { topN: 10, siteUrl: SITE, secret: SECRET, maxAttempts: 3, ratePerSecond: 500, backoffMs: () => 20 };

let t: TestDb;
let sink: SmtpSink;
let mailer: Mailer;

beforeEach(async () => {
  t = createTestDb();
  sink = await startSmtpSink();
  mailer = createMailer({
    smtpUrl: sink.url,
    outboxDir: "var/test/outbox-unused",
    from: "Daily Papers <digest@papers.example.org>",
  });
});

afterEach(async () => {
  mailer.close();
  await sink.stop();
  await t.cleanup();
});

const recipients = () => sink.received.flatMap((mail) => mail.to).sort();

describe("a normal daily run", () => {
  it("mails every active daily subscriber exactly once, with both parts and list headers; a second run sends nothing", async () => {
    const paperIds = await seedPapers(t.db, DAY, [{ title: "The Top Paper of the Day" }, {}, {}]);
    await seedSubscribers(t.db, [
      ...activeReaders(5),
      { email: "pending@example.org", status: "pending" },
      { email: "gone@example.org", status: "unsubscribed" },
      { email: "weekly@example.org", frequency: "weekly" },
    ]);

    const first = await runDigest(t.db, mailer, { ...settings, period });
    await sink.waitFor(5);
    expect(recipients()).toEqual(activeReaders(5).map((r) => r.email));
    expect(first).toMatchObject({ subscribers: 5, sent: 5, failed: 0, unfinished: 0 });
    expect(runExitCode(first)).toBe(0);
    expect(formatRunSummary(first)).toMatch(
      /^digest daily 2026-12-03: 5 subscribers, 5 sent, 0 failed, 0 skipped, \d+\.\d s$/,
    );

    const deliveries = await t.db.delivery.findMany({ include: { subscriber: true } });
    for (const mail of sink.received) {
      const delivery = deliveries.find((d) => d.subscriber!.email === mail.to[0])!;
      expect(delivery).toMatchObject({ status: "sent", attempts: 1, messageId: `<${delivery.id}@papers.example.org>` });
      expect(mail.parsed.messageId).toBe(delivery.messageId);
      expect(mail.parsed.subject).toBe("Daily Papers, Thu, Dec 3, 2026: The Top Paper of the Day");
      expect(mail.parsed.html).toContain(`${SITE}/papers/${paperIds[0]}`);
      expect(mail.parsed.text).toContain(`${SITE}/digests/${DAY}`);
      expect(Buffer.byteLength(mail.parsed.html as string)).toBeLessThan(102 * 1024);
      const unsubscribe = /List-Unsubscribe:\s*<(https:\/\/[^>]+)>\r\n/.exec(mail.raw)![1];
      expect(verifyLinkToken("unsubscribe", new URL(unsubscribe).searchParams.get("token")!, SECRET)).toBe(
        delivery.subscriberId,
      );
      expect(mail.raw).toContain("List-Unsubscribe-Post: List-Unsubscribe=One-Click\r\n");
      expect(mail.raw).toMatch(/List-ID: "?Daily Papers"? <daily\.digest\.papers\.example\.org>/);
    }

    const second = await runDigest(t.db, mailer, { ...settings, period });
    expect(second).toMatchObject({ subscribers: 5, sent: 0, sentBefore: 5, unfinished: 0 });
    expect(sink.received).toHaveLength(5);
  });

  it("sends nothing to a subscriber who unsubscribed after the digest was built", async () => {
    await seedPapers(t.db, DAY, [{}]);
    const [stays, leaves] = await seedSubscribers(t.db, activeReaders(2));
    const built = await buildDigest(t.db, { period, topN: 10, now: new Date() });
    await t.db.subscriber.update({ where: { id: leaves }, data: { status: "unsubscribed" } });

    const counts = await sendDigest(t.db, mailer, { ...settings, built });
    expect(counts).toMatchObject({ sent: 1, skipped: { unsubscribed: 1 } });
    expect(recipients()).toEqual(["reader000@example.org"]);
    expect(await t.db.delivery.findFirst({ where: { subscriberId: stays } })).toMatchObject({ status: "sent" });
  });

  it("says so and writes nothing on a day with no papers", async () => {
    await seedSubscribers(t.db, activeReaders(3));
    const counts = await runDigest(t.db, mailer, { ...settings, period });
    expect(counts).toMatchObject({ subscribers: 3, sent: 0, skipped: { "no-papers-featured": 3 } });
    expect(formatRunSummary(counts)).toContain("3 skipped (no-papers-featured 3)");
    expect(await t.db.digest.count()).toBe(0);
    expect(await t.db.delivery.count()).toBe(0);
    expect(sink.received).toHaveLength(0);
  });
});

describe("failures a run records in the ledger", () => {
  it("fails a 'no such user' bounce at once and suppresses the address from later digests", async () => {
    await seedPapers(t.db, DAY, [{}]);
    await seedPapers(t.db, "2026-12-04", [{}]);
    await seedSubscribers(t.db, [{ email: "nobody@example.org" }, { email: "somebody@example.org" }]);
    sink.rejectRecipient("nobody@example.org", 550, "5.1.1 <nobody@example.org>: no such user");

    const counts = await runDigest(t.db, mailer, { ...settings, period });
    expect(counts).toMatchObject({ sent: 1, failed: 1 });
    expect(runExitCode(counts)).toBe(1);
    const failed = await t.db.delivery.findFirstOrThrow({ where: { status: "failed" } });
    expect(failed).toMatchObject({ attempts: 1 });
    expect(failed.lastError).toContain("no such user");
    expect(await t.db.suppression.findUnique({ where: { emailHash: hashEmail("nobody@example.org") } })).not.toBeNull();

    const nextDay = await runDigest(t.db, mailer, { ...settings, period: digestPeriod("daily", "2026-12-04") });
    expect(nextDay).toMatchObject({ sent: 1, failed: 0, skipped: { suppressed: 1 } });
  });

  it("retries a 4xx reply with backoff and gives up after the configured attempts", async () => {
    await seedPapers(t.db, DAY, [{}]);
    await seedSubscribers(t.db, [{ email: "busy@example.org" }, { email: "fine@example.org" }]);
    sink.rejectRecipient("busy@example.org", 450, "4.2.1 mailbox busy, try later");

    const counts = await runDigest(t.db, mailer, { ...settings, period, maxAttempts: 3 });
    expect(counts).toMatchObject({ sent: 1, failed: 1, unfinished: 0 });
    const busy = await t.db.delivery.findFirstOrThrow({ where: { status: "failed" } });
    expect(busy.attempts).toBe(3);
    expect(busy.lastError).toMatch(/^attempt 3: .*mailbox busy/);
    expect(recipients()).toEqual(["fine@example.org"]);
  });
  it("leaves a retry due far off to a later run, reporting it as left to send", async () => {
    await seedPapers(t.db, DAY, [{}]);
    await seedSubscribers(t.db, [{ email: "greylisted@example.org" }]);
    sink.rejectRecipient("greylisted@example.org", 451, "4.7.1 greylisted, come back in an hour");

    const counts = await runDigest(t.db, mailer, { ...settings, period, backoffMs: () => 3_600_000 });
    expect(counts).toMatchObject({ sent: 0, failed: 0, unfinished: 1 });
    expect(runExitCode(counts)).toBe(1);
    expect(formatRunSummary(counts)).toContain("1 left to send");
    const row = await t.db.delivery.findFirstOrThrow();
    expect(row).toMatchObject({ status: "pending", attempts: 1 });
    expect(row.nextAttemptAt!.getTime()).toBeGreaterThan(Date.now() + 3_000_000);
  });
});

describe("what each reader gets", () => {
  it("filters by topics in the title or the abstract, and skips a reader none match", async () => {
    await seedPapers(t.db, DAY, [
      { title: "Robots that fold laundry", upvotes: 90 },
      { title: "Faster sampling", summary: "We speed up denoising diffusion models. It works.", upvotes: 80 },
      { title: "Diffusion transformers at scale", upvotes: 70 },
      { title: "Attention sinks", upvotes: 60 },
    ]);
    await seedSubscribers(t.db, [
      { email: "diffusion@example.org", topics: ["diffusion"] },
      { email: "both@example.org", topics: ["robot", "attention sinks"] },
      { email: "quantum@example.org", topics: ["quantum"] },
    ]);
    const counts = await runDigest(t.db, mailer, { ...settings, period });
    expect(counts).toMatchObject({ sent: 2, skipped: { "no-matching-papers": 1 } });
    const titlesFor = (email: string) => {
      const mail = sink.received.find((m) => m.to[0] === email)!;
      return [...(mail.parsed.text as string).matchAll(/^\d+\. (.+?) https:/gm)].map((m) => m[1]);
    };
    expect(titlesFor("diffusion@example.org")).toEqual(["Faster sampling", "Diffusion transformers at scale"]);
    expect(titlesFor("both@example.org")).toEqual(["Robots that fold laundry", "Attention sinks"]);
  });

  it("gives weekly subscribers the previous ISO week's top papers, ranked across the week", async () => {
    await seedPapers(t.db, "2026-11-29", [{ title: "Sunday before the week", upvotes: 500 }]);
    await seedPapers(t.db, "2026-11-30", [{ title: "Monday paper", upvotes: 10 }]);
    await seedPapers(t.db, "2026-12-03", [{ title: "Thursday hit", upvotes: 300 }]);
    await seedPapers(t.db, "2026-12-06", [{ title: "Sunday paper", upvotes: 20 }]);
    await seedPapers(t.db, "2026-12-07", [{ title: "Next Monday", upvotes: 900 }]);
    await seedSubscribers(t.db, [{ email: "weekly@example.org", frequency: "weekly" }, { email: "daily@example.org" }]);

    const counts = await runDigest(t.db, mailer, {
      ...settings,
      topN: 2,
      period: digestPeriod("weekly", "2026-12-01"),
    });
    expect(counts).toMatchObject({ subscribers: 1, sent: 1 });
    const [mail] = sink.received;
    expect(mail.to).toEqual(["weekly@example.org"]);
    expect(mail.parsed.subject).toBe("Weekly Papers, Nov 30 – Dec 6, 2026: Thursday hit");
    expect(mail.parsed.text).toContain(`${SITE}/digests/2026-11-30?kind=weekly`);
    expect([...(mail.parsed.text as string).matchAll(/^\d+\. (.+?) https:/gm)].map((m) => m[1])).toEqual([
      "Thursday hit",
      "Sunday paper",
    ]);
    expect(await t.db.digest.findFirst()).toMatchObject({ date: "2026-11-30", kind: "weekly" });
  });
});
