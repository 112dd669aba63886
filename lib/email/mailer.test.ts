import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { simpleParser } from "mailparser";
import { createMailer } from "@/lib/email/mailer";
import { startSmtpSink, type SmtpSink } from "@/lib/testing/smtp-sink";

const mail = {
  to: "reader@example.org",
  subject: "Hello & welcome",
  html: "<p>Hello <b>reader</b></p>",
  text: "Hello reader",
  list: {
    unsubscribeUrl: "https://papers.example.org/unsubscribe?token=abc",
    name: "Daily Papers",
    id: "digest.papers.example.org",
  },
};

describe("createMailer over SMTP", () => {
  let sink: SmtpSink;
  beforeAll(async () => {
    sink = await startSmtpSink();
  });
  afterAll(() => sink.stop());

  it("delivers a message with both parts, a Message-ID, a Date and one-click list headers", async () => {
    const mailer = createMailer({
      smtpUrl: sink.url,
      outboxDir: "unused",
      from: "Daily Papers <digest@papers.example.org>",
    });
    const sent = await mailer.send(mail);
    mailer.close();
    const [message] = await sink.waitFor(1);
    expect(message.to).toEqual(["reader@example.org"]);
    expect(message.parsed.subject).toBe("Hello & welcome");
    expect(message.parsed.messageId).toBe(sent.messageId);
    expect(message.parsed.date).toBeInstanceOf(Date);
    expect(message.parsed.html).toContain("<b>reader</b>");
    expect(message.parsed.text?.trim()).toBe("Hello reader");
    expect(message.raw).toContain(`List-Unsubscribe: <${mail.list.unsubscribeUrl}>\r\n`);
    expect(message.raw).toMatch(/List-ID: "?Daily Papers"? <digest\.papers\.example\.org>/);
    expect(message.raw).toContain("List-Unsubscribe-Post: List-Unsubscribe=One-Click\r\n");
  });

  it("fails with the server's reply code when a recipient is refused", async () => {
    sink.rejectRecipient("gone@example.org", 550, "5.1.1 no such user");
    const mailer = createMailer({ smtpUrl: sink.url, outboxDir: "unused", from: "digest@papers.example.org" });
    await expect(mailer.send({ ...mail, to: "gone@example.org" })).rejects.toMatchObject({ responseCode: 550 });
    mailer.close();
  });
});

describe("createMailer without SMTP", () => {
  it("writes each message as an .eml file in the outbox", async () => {
    const outboxDir = fs.mkdtempSync(path.join(os.tmpdir(), "outbox-"));
    const mailer = createMailer({ outboxDir, from: "digest@papers.example.org" });
    const sent = await mailer.send(mail);
    expect(sent.outboxFile && path.dirname(sent.outboxFile)).toBe(outboxDir);
    const parsed = await simpleParser(fs.readFileSync(sent.outboxFile!));
    expect(parsed.messageId).toBe(sent.messageId);
    expect(parsed.subject).toBe(mail.subject);
    expect(parsed.text?.trim()).toBe("Hello reader");
    fs.rmSync(outboxDir, { recursive: true });
  });
});
