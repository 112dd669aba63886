import { env } from "@/lib/env";
import { createMailer, type Mailer } from "@/lib/email/mailer";

const globalForMailer = globalThis as unknown as { dailyPapersMailer?: Mailer };

/** The mailer of this process, configured from the environment and kept across dev reloads. */
export function appMailer(): Mailer {
  const { SMTP_URL, OUTBOX_DIR, MAIL_FROM } = env();
  globalForMailer.dailyPapersMailer ??= createMailer({ smtpUrl: SMTP_URL, outboxDir: OUTBOX_DIR, from: MAIL_FROM });
  return globalForMailer.dailyPapersMailer;
}
