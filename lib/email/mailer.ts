import fs from "node:fs/promises";
import path from "node:path";
import nodemailer from "nodemailer";
import type { SendMailOptions, Transporter } from "nodemailer";

export interface OutgoingMail {
  to: string;
  subject: string;
  html: string;
  text: string;
  /** A Message-ID of the caller's choosing (`<id@host>`); nodemailer makes one otherwise. */
  messageId?: string;
  /**
   * RFC 2369/8058 list headers: `List-Unsubscribe` (the https URL alone, which is what
   * Gmail's one-click wants), `List-Unsubscribe-Post`, and `List-Id` from a list name
   * and a domain-like id (`Daily Papers <digest.papers.example.org>`).
   */
  list?: { unsubscribeUrl: string; name: string; id: string };
}

export interface SentMail {
  messageId: string;
  /** The .eml file written, when mail goes to the outbox instead of SMTP. */
  outboxFile?: string;
}

export interface Mailer {
  send(mail: OutgoingMail): Promise<SentMail>;
  close(): void;
}

export interface MailerOptions {
  /** `smtp://user:pass@host:port` or `smtps://…`; unset means the outbox folder. */
  smtpUrl?: string;
  outboxDir: string;
  from: string;
}

function toNodemailer(mail: OutgoingMail, from: string): SendMailOptions {
  return {
    from,
    to: mail.to,
    subject: mail.subject,
    html: mail.html,
    text: mail.text,
    messageId: mail.messageId,
    date: new Date(),
    list: mail.list && {
      unsubscribe: mail.list.unsubscribeUrl,
      id: { url: mail.list.id, comment: mail.list.name },
    },
    headers: mail.list ? { "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" } : undefined,
  };
}

function smtpMailer(smtpUrl: string, from: string): Mailer {
  const url = new URL(smtpUrl);
  const transport: Transporter = nodemailer.createTransport({
    pool: true,
    maxConnections: 2,
    host: url.hostname,
    port: Number(url.port) || (url.protocol === "smtps:" ? 465 : 587),
    secure: url.protocol === "smtps:",
    auth: url.username ? { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) } : undefined,
    connectionTimeout: 15_000,
    greetingTimeout: 15_000,
    socketTimeout: 30_000,
  });
  return {
    async send(mail) {
      const info = await transport.sendMail(toNodemailer(mail, from));
      return { messageId: info.messageId };
    },
    close: () => transport.close(),
  };
}

/** With no SMTP server configured, every message becomes an .eml file a person can open. */
function outboxMailer(outboxDir: string, from: string): Mailer {
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "\r\n" });
  return {
    async send(mail) {
      const info = await transport.sendMail(toNodemailer(mail, from));
      await fs.mkdir(outboxDir, { recursive: true });
      const safeId = info.messageId.replace(/[^a-zA-Z0-9.@-]/g, "");
      const file = path.resolve(outboxDir, `${new Date().toISOString().replace(/[:.]/g, "-")}-${safeId}.eml`);
      await fs.writeFile(file, info.message as Buffer);
      console.log(`[mail] wrote ${file} (to ${mail.to}: ${mail.subject})`);
      return { messageId: info.messageId, outboxFile: file };
    },
    close: () => {},
  };
}

/** The one send path: SMTP over a pooled connection when configured, the outbox otherwise. */
export function createMailer({ smtpUrl, outboxDir, from }: MailerOptions): Mailer {
  return smtpUrl ? smtpMailer(smtpUrl, from) : outboxMailer(outboxDir, from);
}
