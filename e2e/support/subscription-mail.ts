import { expect, type APIRequestContext } from "@playwright/test";
import type { ParsedMail } from "mailparser";
import { waitForMail } from "./mailbox";

/** An address no other test uses, so mails can be told apart in the shared mailbox. */
export const uniqueAddress = (label: string) =>
  `${label}-${Date.now()}-${Math.random().toString(36).slice(2, 7)}@example.org`;

/** The first link to `path` in a mail's plain-text part. */
export function linkIn(mail: ParsedMail, path: string): string {
  const match = new RegExp(`https?://[^\\s]+${path}\\?token=[A-Za-z0-9._-]+`).exec(mail.text ?? "");
  if (!match) throw new Error(`no ${path} link in:\n${mail.text}`);
  return match[0];
}

/** Signs up and confirms over plain HTTP, returning the welcome mail (the first list mail). */
export async function subscribeAndConfirm(request: APIRequestContext, address: string): Promise<ParsedMail> {
  expect((await request.post("/api/subscribe", { data: { email: address } })).status()).toBe(202);
  const confirmation = await waitForMail(address, 1);
  expect((await request.post(linkIn(confirmation, "/subscribe/confirm"), { maxRedirects: 0 })).status()).toBe(200);
  return waitForMail(address, 2);
}
