import { describe, expect, it } from "vitest";
import { hashConfirmToken } from "@/lib/subscribers/confirm-token";
import { CONSENT_TEXT_VERSION } from "@/lib/subscribers/consent";
import { suppressEmail } from "@/lib/subscribers/suppression";
import { handleSubscribe } from "@/app/api/subscribe/handle-subscribe";
import { useSubscriptionHarness } from "@/app/api/subscribe/subscription-test-harness";

const now = new Date("2026-12-04T10:00:00Z");

function post(body: BodyInit, headers: Record<string, string> = {}) {
  return new Request("http://127.0.0.1/api/subscribe", {
    method: "POST",
    body,
    headers: {
      "content-type": "application/json",
      "x-forwarded-for": "203.0.113.7",
      "user-agent": "Tests/1.0",
      ...headers,
    },
  });
}
const json = (value: unknown, headers?: Record<string, string>) => post(JSON.stringify(value), headers);

describe("POST /api/subscribe", () => {
  const h = useSubscriptionHarness(() => now);

  const subscribe = async (request: Request) => {
    const response = await handleSubscribe(request, h.deps);
    await Promise.all(h.pending);
    return response;
  };

  it("records a pending subscriber with its consent and mails a confirmation link", async () => {
    const response = await subscribe(
      json({ email: " Ada.Lovelace@Example.ORG ", frequency: "weekly", topics: ["LLM"] }),
    );
    expect(response.status).toBe(202);

    const row = await h.test.db.subscriber.findUniqueOrThrow({ where: { emailKey: "ada.lovelace@example.org" } });
    expect(row).toMatchObject({
      email: "Ada.Lovelace@example.org",
      status: "pending",
      frequency: "weekly",
      topics: ["LLM"],
    });
    expect(row).toMatchObject({
      consentAt: now,
      consentTextVersion: CONSENT_TEXT_VERSION,
      consentUserAgent: "Tests/1.0",
    });
    expect(row.consentIpHash).toMatch(/^[0-9a-f]{64}$/);
    expect(row.confirmTokenExpiresAt).toEqual(new Date("2026-12-11T10:00:00Z"));

    const [mail] = await h.sink.waitFor(1);
    expect(mail.to).toEqual(["Ada.Lovelace@example.org"]);
    expect(mail.parsed.from?.text).toBe('"Daily Papers" <digest@papers.example.org>');
    expect(mail.parsed.subject).toBe("Confirm your Daily Papers subscription");
    expect(mail.parsed.messageId).toMatch(/^<.+@.+>$/);
    expect(mail.parsed.date).toEqual(expect.any(Date));
    expect(mail.raw).not.toMatch(/^List-Unsubscribe/m);

    const link = /https:\/\/papers\.example\.org\/subscribe\/confirm\?token=([A-Za-z0-9_-]{43})/;
    const htmlToken = link.exec(String(mail.parsed.html))?.[1];
    const textToken = link.exec(mail.parsed.text ?? "")?.[1];
    expect(htmlToken).toBeDefined();
    expect(textToken).toBe(htmlToken);
    expect(row.confirmTokenHash).toBe(hashConfirmToken(htmlToken!));
    expect(row.confirmTokenHash).not.toContain(htmlToken);
    expect(mail.parsed.text).toContain("weekly digest");
    expect(mail.parsed.text).toContain("The link works until 11 December 2026.");
  });

  it("takes a form-encoded body, with topics separated by commas", async () => {
    const body = new URLSearchParams({ email: "grace@example.org", frequency: "daily", topics: "agents, diffusion,," });
    const response = await subscribe(post(body, { "content-type": "application/x-www-form-urlencoded" }));
    expect(response.status).toBe(202);
    const row = await h.test.db.subscriber.findUniqueOrThrow({ where: { emailKey: "grace@example.org" } });
    expect(row.topics).toEqual(["agents", "diffusion"]);
  });

  const badBodies: [string, BodyInit, Record<string, string>, number, RegExp][] = [
    ["no address", JSON.stringify({}), {}, 400, /email: is required/],
    ["an address without a domain", JSON.stringify({ email: "ada@" }), {}, 400, /not a valid email/],
    ["an address with a space", JSON.stringify({ email: "ada lovelace@example.org" }), {}, 400, /not a valid/],
    [
      "a CRLF header injection",
      JSON.stringify({ email: "ada@example.org\r\nBcc: all@example.org" }),
      {},
      400,
      /line breaks/,
    ],
    [
      "an encoded LF in a form",
      "email=ada%40example.org%0ABcc%3A+x%40y.org",
      { "content-type": "application/x-www-form-urlencoded" },
      400,
      /line breaks/,
    ],
    ["a display name", JSON.stringify({ email: "Ada <ada@example.org>" }), {}, 400, /not a valid/],
    ["a too long address", JSON.stringify({ email: `${"a".repeat(250)}@example.org` }), {}, 400, /at most 254/],
    ["a number for the address", JSON.stringify({ email: 42 }), {}, 400, /must be a string/],
    [
      "two addresses in a form",
      "email=a%40example.org&email=b%40example.org",
      { "content-type": "application/x-www-form-urlencoded" },
      400,
      /must be a string/,
    ],
    [
      "an unknown frequency",
      JSON.stringify({ email: "ada@example.org", frequency: "hourly" }),
      {},
      400,
      /daily or weekly/,
    ],
    ["topics as a string", JSON.stringify({ email: "ada@example.org", topics: "llm" }), {}, 400, /list of keywords/],
    [
      "21 topics",
      JSON.stringify({ email: "ada@example.org", topics: Array.from({ length: 21 }, (_, i) => `t${i}`) }),
      {},
      400,
      /at most 20/,
    ],
    ["a topic with a comma", JSON.stringify({ email: "ada@example.org", topics: ["a, b"] }), {}, 400, /commas/],
    [
      "a 51-character topic",
      JSON.stringify({ email: "ada@example.org", topics: ["x".repeat(51)] }),
      {},
      400,
      /at most 50/,
    ],
    ["an extra field", JSON.stringify({ email: "ada@example.org", admin: true }), {}, 400, /unknown field "admin"/],
    ["a JSON array", JSON.stringify([{ email: "ada@example.org" }]), {}, 400, /expected an object/],
    ["broken JSON", '{"email": "ada@example.org"', {}, 400, /not valid JSON/],
    ["an empty body", "", {}, 400, /not valid JSON/],
    ["plain text", "ada@example.org", { "content-type": "text/plain" }, 415, /application\/json/],
    [
      "no content type",
      new Uint8Array(Buffer.from('{"email":"ada@example.org"}')),
      { "content-type": "" },
      415,
      /application\/json/,
    ],
    ["multipart", "--x\r\n\r\n--x--", { "content-type": "multipart/form-data; boundary=x" }, 415, /application\/json/],
    [
      "an 11 KB body",
      JSON.stringify({ email: "ada@example.org", topics: ["x".repeat(11 * 1024)] }),
      {},
      413,
      /larger than 10 KB/,
    ],
  ];

  it.each(badBodies)(
    "refuses %s with a 4xx and a message, creating no row",
    async (_, body, headers, status, message) => {
      const response = await subscribe(post(body, headers));
      expect(response.status).toBe(status);
      expect((await response.json()).error).toMatch(message);
      expect(await h.test.db.subscriber.count()).toBe(0);
      expect(h.sink.received).toHaveLength(0);
    },
  );

  it("answers byte for byte the same for a new, pending, active, unsubscribed and suppressed address", async () => {
    const answer = async (email: string) => {
      const response = await subscribe(json({ email }));
      return { status: response.status, type: response.headers.get("content-type"), body: await response.text() };
    };
    const fresh = await answer("new@example.org");
    await answer("pending@example.org");
    for (const [email, status] of [
      ["active@example.org", "active"],
      ["left@example.org", "unsubscribed"],
    ]) {
      await answer(email);
      await h.test.db.subscriber.update({ where: { emailKey: email }, data: { status } });
    }
    await suppressEmail(h.test.db, "erased@example.org", "erased");
    for (const email of ["pending@example.org", "active@example.org", "left@example.org", "erased@example.org"]) {
      expect(await answer(email)).toEqual(fresh);
    }
    expect(fresh.status).toBe(202);
  });

  it("mails an active or suppressed address nothing, and makes an unsubscribed one confirm again", async () => {
    await subscribe(json({ email: "active@example.org" }));
    await subscribe(json({ email: "left@example.org" }));
    await h.test.db.subscriber.update({ where: { emailKey: "active@example.org" }, data: { status: "active" } });
    await h.test.db.subscriber.update({ where: { emailKey: "left@example.org" }, data: { status: "unsubscribed" } });
    await suppressEmail(h.test.db, "erased@example.org", "erased");
    h.sink.received.length = 0;

    for (const email of ["active@example.org", "left@example.org", "erased@example.org"])
      await subscribe(json({ email }));
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(h.sink.received.map((mail) => mail.to)).toEqual([["left@example.org"]]);
    expect(await h.test.db.subscriber.findUnique({ where: { emailKey: "left@example.org" } })).toMatchObject({
      status: "pending",
    });
    expect(await h.test.db.subscriber.findUnique({ where: { emailKey: "active@example.org" } })).toMatchObject({
      status: "active",
    });
    expect(await h.test.db.subscriber.count({ where: { emailKey: "erased@example.org" } })).toBe(0);
  });

  it("answers 429 with Retry-After once an IP has made too many requests", async () => {
    h.deps.signupLimit = { count: 2, windowMs: 10 * 60_000 };
    expect((await subscribe(json({ email: "a@example.org" }))).status).toBe(202);
    expect((await subscribe(json({ email: "b@example.org" }))).status).toBe(202);
    const refused = await subscribe(json({ email: "c@example.org" }));
    expect(refused.status).toBe(429);
    expect(refused.headers.get("retry-after")).toBe("600");
    expect((await refused.json()).error).toMatch(/too many/i);
    expect((await subscribe(json({ email: "c@example.org" }, { "x-forwarded-for": "198.51.100.1" }))).status).toBe(202);
  });

  it("answers 429 with Retry-After once an address was sent too many confirmation mails", async () => {
    h.deps.confirmMailLimit = { count: 2, windowMs: 86_400_000 };
    for (const ip of ["198.51.100.1", "198.51.100.2"]) {
      expect((await subscribe(json({ email: "ada@example.org" }, { "x-forwarded-for": ip }))).status).toBe(202);
    }
    const refused = await subscribe(json({ email: "ADA@example.org" }, { "x-forwarded-for": "198.51.100.3" }));
    expect(refused.status).toBe(429);
    expect(refused.headers.get("retry-after")).toBe("86400");
    expect(h.sink.received).toHaveLength(2);
  });

  it("sends a browser's plain form post on to a page instead of answering with JSON", async () => {
    const form = { "content-type": "application/x-www-form-urlencoded", "sec-fetch-mode": "navigate" };
    const accepted = await subscribe(post("email=ada%40example.org", form));
    expect(accepted.status).toBe(303);
    expect(accepted.headers.get("location")).toBe("/subscribe/check-inbox");
    const refused = await subscribe(post("email=ada", form));
    expect(refused.status).toBe(303);
    expect(refused.headers.get("location")).toBe("/subscribe?error=invalid");
  });
});
