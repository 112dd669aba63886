import { beforeEach, describe, expect, it } from "vitest";
import { requestSubscription } from "@/lib/subscribers/request-subscription";
import { suppressEmail } from "@/lib/subscribers/suppression";
import { buildPreferencesUrl, buildUnsubscribeUrl } from "@/lib/subscribers/subscriber-links";
import { SECRET, SITE_URL, useSubscriptionHarness } from "@/app/api/subscribe/subscription-test-harness";
import { handleConfirm } from "@/app/api/subscribe/confirm/handle-confirm";
import { handleUnsubscribe } from "@/app/api/subscribe/unsubscribe/handle-unsubscribe";
import { handlePreferences } from "@/app/api/subscribe/preferences/handle-preferences";
import { handleResend } from "@/app/api/subscribe/resend/handle-resend";

const links = { siteUrl: SITE_URL, secret: SECRET };
let clock = new Date("2026-12-04T10:00:00Z");

describe("the confirm, unsubscribe and preferences endpoints", () => {
  const h = useSubscriptionHarness(() => clock);
  beforeEach(() => {
    clock = new Date("2026-12-04T10:00:00Z");
  });

  async function signUp(email = "ada@example.org") {
    const outcome = await requestSubscription(
      h.test.db,
      { email, frequency: "weekly", topics: ["agents"] },
      { ...h.deps, now: clock, ip: null, userAgent: null },
    );
    if (outcome.kind !== "send-confirmation") throw new Error("expected a confirmation");
    return outcome.confirmation;
  }
  const post = (url: string, init: RequestInit = {}) => new Request(url, { method: "POST", ...init });
  const status = async (id: string) => (await h.test.db.subscriber.findUnique({ where: { id } }))?.status;
  const settle = () => Promise.all(h.pending);

  it("confirms with a bare POST, then mails a welcome with one-click headers and footer links, once", async () => {
    const { token, subscriberId } = await signUp();
    const url = `${SITE_URL}/api/subscribe/confirm?token=${token}`;
    const first = await handleConfirm(post(url), h.deps);
    expect(first.status).toBe(200);
    expect(await first.json()).toEqual({ status: "active" });
    expect(await status(subscriberId)).toBe("active");
    expect((await handleConfirm(post(url), h.deps)).status).toBe(200);
    await settle();

    const [welcome] = await h.sink.waitFor(1);
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
    expect(h.sink.received).toHaveLength(1);
  });

  it("sends no welcome to an address suppressed while it was pending", async () => {
    const { token } = await signUp("bounced@example.org");
    await suppressEmail(h.test.db, "bounced@example.org", "hard bounce");
    expect((await handleConfirm(post(`${SITE_URL}/api/subscribe/confirm?token=${token}`), h.deps)).status).toBe(200);
    await settle();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(h.sink.received).toHaveLength(0);
  });

  it("answers 410 for an expired link and 404 for a tampered one, changing nothing", async () => {
    const { token, subscriberId } = await signUp();
    clock = new Date("2026-12-11T10:00:00Z");
    const expired = await handleConfirm(post(`${SITE_URL}/api/subscribe/confirm?token=${token}`), h.deps);
    expect(expired.status).toBe(410);
    const tampered = await handleConfirm(
      post(`${SITE_URL}/api/subscribe/confirm?token=${token.slice(0, -1)}x`),
      h.deps,
    );
    expect(tampered.status).toBe(404);
    expect(await status(subscriberId)).toBe("pending");
  });

  it("sends a new link for an expired one, and the new link works", async () => {
    const { token, subscriberId } = await signUp();
    clock = new Date("2026-12-11T10:00:00Z");
    expect((await handleResend(post(`${SITE_URL}/api/subscribe/resend?token=${token}`), h.deps)).status).toBe(202);
    await settle();
    const [mail] = await h.sink.waitFor(1);
    const fresh = /confirm\?token=([A-Za-z0-9_-]{43})/.exec(mail.parsed.text ?? "")![1];
    expect(fresh).not.toBe(token);
    expect((await handleConfirm(post(`${SITE_URL}/api/subscribe/confirm?token=${fresh}`), h.deps)).status).toBe(200);
    expect(await status(subscriberId)).toBe("active");
  });

  it("unsubscribes on a one-click POST with nothing but the token, answering 200 every time", async () => {
    const { token, subscriberId } = await signUp();
    await handleConfirm(post(`${SITE_URL}/api/subscribe/confirm?token=${token}`), h.deps);
    const oneClick = () =>
      post(buildUnsubscribeUrl(subscriberId, links), {
        body: "List-Unsubscribe=One-Click",
        headers: { "content-type": "application/x-www-form-urlencoded" },
      });
    const response = await handleUnsubscribe(oneClick(), h.deps);
    expect(response.status).toBe(200);
    expect(await status(subscriberId)).toBe("unsubscribed");
    expect((await handleUnsubscribe(oneClick(), h.deps)).status).toBe(200);
    expect((await handleUnsubscribe(post(`${SITE_URL}/unsubscribe?token=${subscriberId}.forged`), h.deps)).status).toBe(
      404,
    );
  });

  it("saves preferences, refuses bad ones, and erases on request", async () => {
    const { subscriberId } = await signUp();
    const url = buildPreferencesUrl(subscriberId, links);
    const form = (body: string, headers: Record<string, string> = {}) =>
      post(url, { body, headers: { "content-type": "application/x-www-form-urlencoded", ...headers } });

    expect((await handlePreferences(form("intent=save&frequency=daily&topics=robots,+vision"), h.deps)).status).toBe(
      200,
    );
    const saved = await h.test.db.subscriber.findUniqueOrThrow({ where: { id: subscriberId } });
    expect(saved).toMatchObject({ frequency: "daily", topics: ["robots", "vision"] });
    expect((await handlePreferences(form("intent=save&frequency=hourly"), h.deps)).status).toBe(400);
    expect((await handlePreferences(form("intent=erase"), h.deps)).status).toBe(400);
    const page = await handlePreferences(
      form("intent=save&frequency=weekly", { "sec-fetch-mode": "navigate" }),
      h.deps,
    );
    expect(page.status).toBe(303);
    expect(page.headers.get("location")).toMatch(/^\/preferences\?token=.+&saved=1$/);

    expect((await handlePreferences(form("intent=erase&confirm=yes"), h.deps)).status).toBe(200);
    expect(await h.test.db.subscriber.count()).toBe(0);
    expect(await h.test.db.suppression.count()).toBe(1);
    expect((await handlePreferences(form("intent=save&frequency=daily"), h.deps)).status).toBe(410);
    expect((await handleUnsubscribe(post(buildUnsubscribeUrl(subscriberId, links)), h.deps)).status).toBe(200);
  });

  it("erases without a trace when the admin turned suppression of erased addresses off", async () => {
    const { subscriberId } = await signUp();
    const erase = post(buildPreferencesUrl(subscriberId, links), {
      body: "intent=erase&confirm=yes",
      headers: { "content-type": "application/x-www-form-urlencoded" },
    });
    expect((await handlePreferences(erase, { ...h.deps, suppressErased: false })).status).toBe(200);
    expect(await h.test.db.subscriber.count()).toBe(0);
    expect(await h.test.db.suppression.count()).toBe(0);
  });
});
