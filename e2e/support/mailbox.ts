import fs from "node:fs";
import path from "node:path";
import { simpleParser, type ParsedMail } from "mailparser";
import { E2E_MAIL_DIR } from "./e2e-env";

/** Messages the e2e SMTP server received for `address`, oldest first. */
export async function mailsTo(address: string): Promise<ParsedMail[]> {
  const files = fs.existsSync(E2E_MAIL_DIR) ? fs.readdirSync(E2E_MAIL_DIR).sort() : [];
  const parsed = await Promise.all(files.map((file) => simpleParser(fs.readFileSync(path.join(E2E_MAIL_DIR, file)))));
  const wanted = address.toLowerCase();
  return parsed.filter((mail) => {
    const to = Array.isArray(mail.to) ? mail.to : mail.to ? [mail.to] : [];
    return to.some((group) => group.value.some((a) => a.address?.toLowerCase() === wanted));
  });
}

/** Waits for the `count`-th message to `address`. */
export async function waitForMail(address: string, count = 1, timeoutMs = 10_000): Promise<ParsedMail> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const mails = await mailsTo(address);
    if (mails.length >= count) return mails[count - 1];
    if (Date.now() > deadline) throw new Error(`no message #${count} for ${address} within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
