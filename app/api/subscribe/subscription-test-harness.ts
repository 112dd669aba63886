import { afterAll, afterEach, beforeAll, beforeEach } from "vitest";
import { createMailer, type Mailer } from "@/lib/email/mailer";
import { startSmtpSink, type SmtpSink } from "@/lib/testing/smtp-sink";
import { createTestDb, type TestDb } from "@/lib/testing/test-db";
import type { SubscriptionDeps } from "@/app/api/subscribe/handle-subscribe";

export const SITE_URL = "https://papers.example.org";
export const SECRET = "a-test-secret-of-some-length";

export interface SubscriptionHarness {
  sink: SmtpSink;
  test: TestDb;
  deps: SubscriptionDeps;
  /** Mail sends deferred past the response; awaited after each test. */
  pending: Promise<void>[];
}

/**
 * Registers the hooks of an endpoint test: one real SMTP server for the file, a fresh
 * database per test, and the handlers' dependencies on both with no rate limits.
 */
export function useSubscriptionHarness(now: () => Date): SubscriptionHarness {
  const harness = {} as SubscriptionHarness;
  let mailer: Mailer;
  beforeAll(async () => {
    harness.sink = await startSmtpSink();
    mailer = createMailer({
      smtpUrl: harness.sink.url,
      outboxDir: "unused",
      from: "Daily Papers <digest@papers.example.org>",
    });
  });
  afterAll(async () => {
    mailer.close();
    await harness.sink.stop();
  });
  beforeEach(() => {
    harness.test = createTestDb();
    harness.sink.received.length = 0;
    harness.pending = [];
    harness.deps = {
      db: harness.test.db,
      mailer,
      siteUrl: SITE_URL,
      secret: SECRET,
      signupLimit: null,
      confirmMailLimit: null,
      now,
      defer: (task) => harness.pending.push(task()),
    };
  });
  afterEach(async () => {
    await Promise.all(harness.pending);
    await harness.test.cleanup();
  });
  return harness;
}
