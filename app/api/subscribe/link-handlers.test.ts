import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createMailer, type Mailer } from "@/lib/email/mailer";
import { startSmtpSink, type SmtpSink } from "@/lib/testing/smtp-sink";
import { createTestDb, type TestDb } from "@/lib/testing/test-db";
import { requestSubscription } from "@/lib/subscribers/request-subscription";
import { suppressEmail } from "@/lib/subscribers/suppression";
import { buildPreferencesUrl, buildUnsubscribeUrl } from "@/lib/subscribers/subscriber-links";
import type { SubscriptionDeps } from "@/app/api/subscribe/handle-subscribe";
import { handleConfirm } from "@/app/api/subscribe/confirm/handle-confirm";
import { handleUnsubscribe } from "@/app/api/subscribe/unsubscribe/handle-unsubscribe";
import { handlePreferences } from "@/app/api/subscribe/preferences/handle-preferences";
import { handleResend } from "@/app/api/subscribe/resend/handle-resend";

const SITE_URL = "https://papers.example.org";
const secret = "a-test-secret-of-some-length";
const links = { siteUrl: SITE_URL, secret };
let clock = new Date("2026-12-04T10:00:00Z");

describe("the confirm, unsubscribe and preferences endpoints", () => {
  let sink: SmtpSink;
  let mailer: Mailer;
  let test: TestDb;
  let pending: Promise<void>[];
  let deps: SubscriptionDeps;

  beforeAll(async () => {
    sink = await startSmtpSink();
    mailer = createMailer({ smtpUrl: sink.url, outboxDir: "unused", from: "Daily Papers <digest@papers.example.org>" });
  });
  afterAll(async () => {
    mailer.close();
    await sink.stop();
  });
  beforeEach(() => {
    test = createTestDb();
    sink.received.length = 0;
    pending = [];
    clock = new Date("2026-12-04T10:00:00Z");
    deps = {
      db: test.db,
      mailer,
      siteUrl: SITE_URL,
      secret,
      signupLimit: null,
      confirmMailLimit: null,
      now: () => clock,
      defer: (task) => pending.push(task()),
    };
  });
  afterEach(async () => {
    await Promise.all(pending);
    await test.cleanup();
  });

  async function signUp(email = "ada@example.org") {
    const outcome = await requestSubscription(
      test.db,
      { email, frequency: "weekly", topics: ["agents"] },
      { ...deps, now: clock, ip: null, userAgent: null },
    );
    if (outcome.kind !== "send-confirmation") throw new Error("expected a confirmation");
    return outcome.confirmation;
  }
  const post = (url: string, init: RequestInit = {}) => new Request(url, { method: "POST", ...init });
  const status = async (id: string) => (await test.db.subscriber.findUnique({ where: { id } }))?.status;
  const settle = () => Promise.all(pending);

  it("confirms with a bare POST, then mails a welcome with one-click headers and footer links, once", async () => {
    const { token, subscriberId } = await signUp();
    const url = `${SITE_URL}/api/subscribe/confirm?token=${token}`;
    const first = await handleConfirm(post(url), deps);
    expect(first.status).toBe(200);
    expect(await first.json()).toEqual({ status: "active" });
    expect(await status(subscriberId)).toBe("active");
    expect((await handleConfirm(post(url), deps)).status).toBe(200);
    await settle();

    const [welcome] = await sink.waitFor(1);
    expect(welcome.parsed.subject).toBe("Your Daily Papers subscription is active");
    const unsubscribeUrl = buildUnsubscribeUrl(subscriberId, links);
    const headers = welcome.raw.replace(/\r\n(?=[ \t])/g, ""); // unfolded (RFC 5322)
    expect(headers).toContain(`List-Unsubscribe: <${unsubscribeUrl}>\r\n`);
    expect(headers).toContain("List-Unsubscribe-Post: List-Unsubscribe=One-Click\r\n");
    expect(welcome.parsed.html).toContain(`href="${unsubscribeUrl}"`);
    expect(welcome.parsed.html).toContain(`href="${buildPreferencesUrl(subscriberId, links)}"`);
    expect(welcome.parsed.text).toContain(unsubscribeUrl);
    expect(welcome.parsed.text).toContain("once a week, with papers about agents");
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(sink.received).toHaveLength(1);
  });

  it("sends no welcome to an address suppressed while it was pending", async () => {
    const { token } = await signUp("bounced@example.org");
    await suppressEmail(test.db, "bounced@example.org", "hard bounce");
    expect((await handleConfirm(post(`${SITE_URL}/api/subscribe/confirm?token=${token}`), deps)).status).toBe(200);
    await settle();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(sink.received).toHaveLength(0);
  });

  it("answers 410 for an expired link and 404 for a tampered one, changing nothing", async () => {
    const { token, subscriberId } = await signUp();
    clock = new Date("2026-12-11T10:00:00Z");
    const expired = await handleConfirm(post(`${SITE_URL}/api/subscribe/confirm?token=${token}`), deps);
    expect(expired.status).toBe(410);
    const tampered = await handleConfirm(post(`${SITE_URL}/api/subscribe/confirm?token=${token.slice(0, -1)}x`), deps);
    expect(tampered.status).toBe(404);
    expect(await status(subscriberId)).toBe("pending");
  });

  it("sends a new link for an expired one, and the new link works", async () => {
    const { token, subscriberId } = await signUp();
    clock = new Date("2026-12-11T10:00:00Z");
    expect((await handleResend(post(`${SITE_URL}/api/subscribe/resend?token=${token}`), deps)).status).toBe(202);
    await settle();
    const [mail] = await sink.waitFor(1);
    const fresh = /confirm\?token=([A-Za-z0-9_-]{43})/.exec(mail.parsed.text ?? "")![1];
    expect(fresh).not.toBe(token);
    expect((await handleConfirm(post(`${SITE_URL}/api/subscribe/confirm?token=${fresh}`), deps)).status).toBe(200);
    expect(await status(subscriberId)).toBe("active");
  });

  it("unsubscribes on a one-click POST with nothing but the token, answering 200 every time", async () => {
    const { token, subscriberId } = await signUp();
    await handleConfirm(post(`${SITE_URL}/api/subscribe/confirm?token=${token}`), deps);
    const oneClick = () =>
      post(buildUnsubscribeUrl(subscriberId, links), {
        body: "List-Unsubscribe=One-Click",
        headers: { "content-type": "application/x-www-form-urlencoded" },
      });
    const response = await handleUnsubscribe(oneClick(), deps);
    expect(response.status).toBe(200);
    expect(await status(subscriberId)).toBe("unsubscribed");
    expect((await handleUnsubscribe(oneClick(), deps)).status).toBe(200);
    expect((await handleUnsubscribe(post(`${SITE_URL}/unsubscribe?token=${subscriberId}.forged`), deps)).status).toBe(
      404,
    );
  });

  it("saves preferences, refuses bad ones, and erases on request", async () => {
    const { subscriberId } = await signUp();
    const url = buildPreferencesUrl(subscriberId, links);
    const form = (body: string, headers: Record<string, string> = {}) =>
      post(url, { body, headers: { "content-type": "application/x-www-form-urlencoded", ...headers } });

    expect((await handlePreferences(form("intent=save&frequency=daily&topics=robots,+vision"), deps)).status).toBe(200);
    const saved = await test.db.subscriber.findUniqueOrThrow({ where: { id: subscriberId } });
    expect(saved).toMatchObject({ frequency: "daily", topics: ["robots", "vision"] });
    expect((await handlePreferences(form("intent=save&frequency=hourly"), deps)).status).toBe(400);
    expect((await handlePreferences(form("intent=erase"), deps)).status).toBe(400);
    const page = await handlePreferences(form("intent=save&frequency=weekly", { "sec-fetch-mode": "navigate" }), deps);
    expect(page.status).toBe(303);
    expect(page.headers.get("location")).toMatch(/^\/preferences\?token=.+&saved=1$/);

    expect((await handlePreferences(form("intent=erase&confirm=yes"), deps)).status).toBe(200);
    expect(await test.db.subscriber.count()).toBe(0);
    expect(await test.db.suppression.count()).toBe(1);
    expect((await handlePreferences(form("intent=save&frequency=daily"), deps)).status).toBe(410);
    expect((await handleUnsubscribe(post(buildUnsubscribeUrl(subscriberId, links)), deps)).status).toBe(200);
  });

  it("erases without a trace when the admin turned suppression of erased addresses off", async () => {
    const { subscriberId } = await signUp();
    const erase = post(buildPreferencesUrl(subscriberId, links), {
      body: "intent=erase&confirm=yes",
      headers: { "content-type": "application/x-www-form-urlencoded" },
    });
    expect((await handlePreferences(erase, { ...deps, suppressErased: false })).status).toBe(200);
    expect(await test.db.subscriber.count()).toBe(0);
    expect(await test.db.suppression.count()).toBe(0);
  });
});
