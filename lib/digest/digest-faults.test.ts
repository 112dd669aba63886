import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createMailer } from "@/lib/email/mailer";
import { digestPeriod } from "@/lib/digest/digest-period";
import { runDigest } from "@/lib/digest/run-digest";
import { lastLine, startScript } from "@/lib/digest/run-digest-script";
import { activeReaders, seedPapers, seedSubscribers } from "@/lib/digest/seed-digest-fixtures";
import { startSmtpSink, type ReceivedMail, type SmtpSink } from "@/lib/testing/smtp-sink";
import { createTestDb, type TestDb } from "@/lib/testing/test-db";

// Faults caused for real: the digest script runs as a child process against a real SMTP
// server on 127.0.0.1, which is stopped, or the process is killed, mid-run.
const DAY = "2026-12-03";
const SECRET = "digest-test-secret-0123456789";
const SITE = "https://papers.example.org";
const SCRIPT_LEASE_MS = 10 * 60_000; // the default lease in lib/digest/send-digest.ts

let t: TestDb;
const sinks: SmtpSink[] = [];

beforeEach(() => {
  t = createTestDb();
});

afterEach(async () => {
  await Promise.all(sinks.splice(0).map((sink) => sink.stop()));
  await t.cleanup();
});

async function newSink(port?: number) {
  const sink = await startSmtpSink(port);
  sinks.push(sink);
  return sink;
}

const scriptEnv = (sink: { url: string }, rate: number) => ({
  DATABASE_URL: t.url,
  SMTP_URL: sink.url,
  SITE_URL: SITE,
  SECRET,
  MAIL_FROM: "Daily Papers <digest@papers.example.org>",
  DIGEST_RATE_PER_SECOND: String(rate),
  DIGEST_TZ: "UTC",
  DIGEST_TOP_N: "10",
  DIGEST_MAX_ATTEMPTS: "5",
});

/**
 * A real SMTP server that, at message `holdAt`, keeps the message and calls `onHold`
 * before answering: the sender has handed the message over but not heard back, which is
 * the one moment a crash leaves a delivered message unrecorded.
 */
async function startHoldingServer(holdAt: number, onHold: () => void) {
  const received: { to: string; messageId: string }[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, session, callback) {
      let raw = "";
      stream.on("data", (chunk: Buffer) => (raw += chunk.toString()));
      stream.on("end", () => {
        received.push({
          to: session.envelope.rcptTo[0].address,
          messageId: /^Message-ID: (.+)$/im.exec(raw)![1].trim(),
        });
        if (received.length === holdAt) return onHold(); // never answers: the sender dies waiting
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`;
  return { url, received, stop: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

/** How many messages each address got, across every server that received any. */
function perAddress(...received: ReceivedMail[][]) {
  const counts = new Map<string, number>();
  for (const mail of received.flat()) counts.set(mail.to[0], (counts.get(mail.to[0]) ?? 0) + 1);
  return counts;
}

async function seedDay(readers: number) {
  await seedPapers(t.db, DAY, [{ title: "Top paper" }, {}]);
  return seedSubscribers(t.db, activeReaders(readers));
}

describe("digest runs under faults", () => {
  it("ends with a non-zero exit and a summary when the SMTP server stops mid-run; a rerun sends the rest, once each", async () => {
    await seedDay(20);
    const first = await newSink();
    const run = startScript("digest.ts", ["--date", DAY], scriptEnv(first, 20));
    await first.waitFor(6, 20_000);
    sinks.splice(sinks.indexOf(first), 1);
    const stopped = first.stop();
    const result = await run.exited;
    await stopped;
    expect(result.code).toBe(1);
    expect(lastLine(result.stdout)).toMatch(
      /^digest daily 2026-12-03: 20 subscribers, \d+ sent, 0 failed, 0 skipped, \d+ left to send, stopped: SMTP server unreachable, \d+\.\d s$/,
    );

    const restarted = await newSink(first.port);
    const rerun = await startScript("digest.ts", ["--date", DAY], scriptEnv(restarted, 100)).exited;
    expect(rerun.code).toBe(0);
    expect(lastLine(rerun.stdout)).toMatch(/: 20 subscribers, \d+ sent \(\d+ sent by earlier runs\), 0 failed/);
    const counts = perAddress(first.received, restarted.received);
    expect(counts.size).toBe(20);
    expect([...counts.values()].every((n) => n === 1)).toBe(true);
    expect(first.received.length).toBeGreaterThanOrEqual(6);
    expect(restarted.received.length).toBeGreaterThan(0);
  });

  it("after a SIGKILL mid-run, a rerun once the lease expires completes; only the message in flight can go twice", async () => {
    await seedDay(30);
    const sink = await newSink();
    const run = startScript("digest.ts", ["--date", DAY], scriptEnv(sink, 20));
    await sink.waitFor(12, 20_000);
    run.child.kill("SIGKILL");
    expect((await run.exited).signal).toBe("SIGKILL");
    const stranded = await t.db.delivery.count({ where: { status: "sending" } });
    expect(stranded).toBeGreaterThan(0); // its claimed batch, leased to a dead process

    const mailer = createMailer({ smtpUrl: sink.url, outboxDir: "unused", from: "digest@papers.example.org" });
    const settings = { period: digestPeriod("daily", DAY), topN: 10, siteUrl: SITE, secret: SECRET, maxAttempts: 3 };
    // Before the lease runs out, a rerun leaves the dead sender's rows alone...
    const atKill = await t.db.delivery.count({ where: { status: "sent" } });
    try {
      const early = await runDigest(t.db, mailer, { ...settings, ratePerSecond: 500 });
      expect(early).toMatchObject({ sent: 30 - atKill - stranded, unfinished: 0 });
      expect(await t.db.delivery.count({ where: { status: "sending" } })).toBe(stranded);
      // ...and after it (the clock moved past the lease), it takes them over.
      const later = () => new Date(Date.now() + SCRIPT_LEASE_MS + 60_000);
      const late = await runDigest(t.db, mailer, { ...settings, ratePerSecond: 500, now: later });
      expect(late).toMatchObject({ sent: stranded, unfinished: 0 });
    } finally {
      mailer.close();
    }
    expect(await t.db.delivery.count({ where: { status: "sent" } })).toBe(30);

    const counts = perAddress(sink.received);
    expect(counts.size).toBe(30);
    const twice = [...counts].filter(([, n]) => n > 1).map(([address]) => address);
    console.log(`SIGKILL test: ${twice.length} of 30 messages sent twice (${sink.received.length} received)`);
    expect(twice.length).toBeLessThanOrEqual(1); // one message in flight at a time
    for (const address of twice) {
      const ids = sink.received.filter((m) => m.to[0] === address).map((m) => m.parsed.messageId);
      expect(new Set(ids).size).toBe(1); // the copy carries the same Message-ID: recognisably a duplicate
    }
  });

  it("a SIGKILL while a message is in flight sends that one message twice, with the same Message-ID", async () => {
    await seedDay(20);
    const sender: { run?: ReturnType<typeof startScript> } = {};
    const server = await startHoldingServer(8, () => sender.run!.child.kill("SIGKILL"));
    const run = (sender.run = startScript("digest.ts", ["--date", DAY], scriptEnv(server, 50)));
    expect((await run.exited).signal).toBe("SIGKILL");
    expect(await t.db.delivery.count({ where: { status: "sent" } })).toBe(7);

    const mailer = createMailer({ smtpUrl: server.url, outboxDir: "unused", from: "digest@papers.example.org" });
    const later = () => new Date(Date.now() + SCRIPT_LEASE_MS + 60_000);
    const settings = { period: digestPeriod("daily", DAY), topN: 10, siteUrl: SITE, secret: SECRET, maxAttempts: 3 };
    try {
      expect(await runDigest(t.db, mailer, { ...settings, ratePerSecond: 500, now: later })).toMatchObject({
        sent: 13,
        unfinished: 0,
      });
    } finally {
      mailer.close();
      await server.stop();
    }
    const twice = [...perAddress(server.received.map((m) => ({ to: [m.to] }) as ReceivedMail))].filter(
      ([, n]) => n > 1,
    );
    console.log(`SIGKILL in flight: ${twice.length} of 20 messages sent twice (${server.received.length} received)`);
    expect(twice.length).toBe(1);
    const copies = server.received.filter((m) => m.to === twice[0][0]);
    expect(copies[0].messageId).toBe(copies[1].messageId);
  });

  it("two runs started together mail every subscriber exactly once", async () => {
    await seedDay(30);
    const sink = await newSink();
    const [a, b] = await Promise.all([
      startScript("digest.ts", ["--date", DAY], scriptEnv(sink, 50)).exited,
      startScript("digest.ts", ["--date", DAY], scriptEnv(sink, 50)).exited,
    ]);
    expect([a.code, b.code, a.stderr + b.stderr]).toEqual([0, 0, ""]);
    const sent = [a, b].map((r) => Number(/, (\d+) sent/.exec(lastLine(r.stdout))![1]));
    expect(sent[0] + sent[1]).toBe(30);
    const counts = perAddress(sink.received);
    expect(counts.size).toBe(30);
    expect([...counts.values()].every((n) => n === 1)).toBe(true);
  });

  it("the worker finishes the message in flight on SIGTERM, claims no more, and exits 0", async () => {
    await seedDay(40);
    const sink = await newSink();
    // Yesterday's digest on the worker's clock is DAY's only if DAY is yesterday: put the papers there.
    const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    await t.db.paper.updateMany({ data: { dailyDate: yesterday } });
    const worker = startScript("worker.ts", [], { ...scriptEnv(sink, 10), DIGEST_CRON: "* * * * * *" });
    await sink.waitFor(5, 20_000);
    worker.child.kill("SIGTERM");
    const result = await worker.exited;
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^digest daily \S+: 40 subscribers, \d+ sent, .*stopped: shutting down/m);
    const ledger = await t.db.delivery.groupBy({ by: ["status"], _count: { _all: true } });
    const of = (status: string) => ledger.find((g) => g.status === status)?._count._all ?? 0;
    expect(of("sending")).toBe(0); // nothing left claimed by the stopped worker
    expect(of("sent")).toBe(sink.received.length); // every message that went out is recorded
    expect(of("pending")).toBe(40 - of("sent"));
  });
});
