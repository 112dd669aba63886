import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@/lib/testing/test-db";
import { confirmSubscriber, inspectConfirmToken } from "@/lib/subscribers/confirm-subscriber";
import { eraseSubscriber } from "@/lib/subscribers/erase-subscriber";
import { requestSubscription, type SignupContext } from "@/lib/subscribers/request-subscription";
import { unsubscribe } from "@/lib/subscribers/unsubscribe";
import { updatePreferences } from "@/lib/subscribers/update-preferences";
import { hashEmail } from "@/lib/subscribers/email-hash";

const day = 86_400_000;
const signedUpAt = new Date("2026-12-04T10:00:00Z");
const later = (ms: number) => ({ now: new Date(signedUpAt.getTime() + ms) });
const context: SignupContext = {
  now: signedUpAt,
  ip: "203.0.113.7",
  userAgent: "Tests/1.0",
  secret: "a-test-secret-of-some-length",
  confirmMailLimit: null,
};

describe("a subscription's life", () => {
  let test: TestDb;
  beforeEach(() => {
    test = createTestDb();
  });
  afterEach(() => test.cleanup());

  async function signUp(email = "ada@example.org", at = context) {
    const outcome = await requestSubscription(test.db, { email, frequency: "daily", topics: [] }, at);
    if (outcome.kind !== "send-confirmation") throw new Error(`no confirmation: ${outcome.reason}`);
    return outcome.confirmation;
  }
  const statusOf = async (id: string) => (await test.db.subscriber.findUnique({ where: { id } }))?.status;

  it("becomes active when confirmed, and confirming again changes nothing", async () => {
    const { token, subscriberId } = await signUp();
    expect(await inspectConfirmToken(test.db, token, later(1000))).toMatchObject({ state: "ready" });
    expect(await statusOf(subscriberId)).toBe("pending");
    expect(await confirmSubscriber(test.db, token, later(1000))).toMatchObject({ state: "confirmed" });
    expect(await confirmSubscriber(test.db, token, later(2000))).toMatchObject({ state: "confirmed" });
    const row = await test.db.subscriber.findUniqueOrThrow({ where: { id: subscriberId } });
    expect(row).toMatchObject({ status: "active", confirmedAt: later(1000).now });
  });

  it("refuses an expired, tampered or unknown token and changes nothing", async () => {
    const { token, subscriberId } = await signUp();
    expect(await confirmSubscriber(test.db, token, later(7 * day))).toMatchObject({ state: "expired" });
    const tampered = (token[0] === "A" ? "B" : "A") + token.slice(1);
    for (const bad of [tampered, "x".repeat(43), "short", "' OR 1=1 --", undefined, ["array"]]) {
      expect(await confirmSubscriber(test.db, bad, later(1000))).toEqual({ state: "invalid" });
    }
    expect(await statusOf(subscriberId)).toBe("pending");
  });

  it("only honours the newest link after a second signup", async () => {
    const first = await signUp();
    const second = await signUp();
    expect(await confirmSubscriber(test.db, first.token, later(1000))).toEqual({ state: "invalid" });
    expect(await confirmSubscriber(test.db, second.token, later(1000))).toMatchObject({ state: "confirmed" });
  });

  it("stops on unsubscribe; the old link cannot undo it, a new signup must be confirmed again", async () => {
    const { token, subscriberId } = await signUp();
    await confirmSubscriber(test.db, token, later(1000));
    expect(await unsubscribe(test.db, subscriberId, later(2000))).toBe("unsubscribed");
    expect(await unsubscribe(test.db, subscriberId, later(3000))).toBe("already-unsubscribed");
    expect(await confirmSubscriber(test.db, token, later(4000))).toEqual({ state: "invalid" });
    expect(await statusOf(subscriberId)).toBe("unsubscribed");

    const again = await signUp("ada@example.org", { ...context, now: later(5000).now });
    expect(again.subscriberId).toBe(subscriberId);
    expect(await statusOf(subscriberId)).toBe("pending");
    expect(await confirmSubscriber(test.db, again.token, later(6000))).toMatchObject({ state: "confirmed" });
  });

  it("changes frequency and topics", async () => {
    const { subscriberId } = await signUp();
    expect(await updatePreferences(test.db, subscriberId, { frequency: "weekly", topics: ["agents"] })).toBe(true);
    const row = await test.db.subscriber.findUniqueOrThrow({ where: { id: subscriberId } });
    expect(row).toMatchObject({ frequency: "weekly", topics: ["agents"] });
  });

  it("erases the address and consent, keeping only a hash that stops all further mail", async () => {
    const { subscriberId } = await signUp("Ada@Example.org");
    expect(await eraseSubscriber(test.db, subscriberId, { suppress: true })).toBe(true);
    expect(await test.db.subscriber.count()).toBe(0);
    const suppressed = await test.db.suppression.findMany();
    expect(suppressed.map((s) => s.emailHash)).toEqual([hashEmail("ada@example.org")]);
    expect(JSON.stringify(suppressed)).not.toMatch(/ada/i);
    const outcome = await requestSubscription(
      test.db,
      { email: "ADA@example.org", frequency: "daily", topics: [] },
      context,
    );
    expect(outcome).toEqual({ kind: "nothing-to-send", reason: "suppressed" });
    expect(await test.db.subscriber.count()).toBe(0);
  });

  it("keeps sent-digest rows for the statistics, without the link to the erased person", async () => {
    const { subscriberId } = await signUp();
    const digest = await test.db.digest.create({ data: { date: "2026-12-04", kind: "daily", paperIds: [] } });
    await test.db.delivery.create({ data: { digestId: digest.id, subscriberId, status: "sent" } });
    await eraseSubscriber(test.db, subscriberId, { suppress: true });
    expect(await test.db.delivery.findMany()).toEqual([
      expect.objectContaining({ subscriberId: null, status: "sent" }),
    ]);
  });

  it("erases without a trace when suppression is not wanted", async () => {
    const { subscriberId } = await signUp();
    await eraseSubscriber(test.db, subscriberId, { suppress: false });
    expect(await test.db.suppression.count()).toBe(0);
    expect((await signUp()).subscriberId).not.toBe(subscriberId);
  });
});
