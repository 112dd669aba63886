import { createElement } from "react";
import { render } from "@react-email/render";
import ConfirmSubscriptionEmail from "@/emails/confirm-subscription";
import type { Mailer, SentMail } from "@/lib/email/mailer";
import { buildConfirmUrl } from "@/lib/subscribers/subscriber-links";
import type { PendingConfirmation } from "@/lib/subscribers/request-subscription";

export const CONFIRMATION_SUBJECT = "Confirm your Daily Papers subscription";

/** Renders the confirmation mail (HTML and plain text) and sends it through the one send path. */
export async function sendConfirmationMail(
  mailer: Mailer,
  confirmation: PendingConfirmation,
  siteUrl: string,
): Promise<SentMail> {
  const props = {
    confirmUrl: buildConfirmUrl(confirmation.token, siteUrl),
    frequency: confirmation.frequency,
    expiresOn: confirmation.expiresAt.toLocaleDateString("en-GB", { dateStyle: "long", timeZone: "UTC" }),
    siteHost: new URL(siteUrl).host,
  };
  const email = createElement(ConfirmSubscriptionEmail, props);
  const [html, text] = await Promise.all([render(email), render(email, { plainText: true })]);
  return mailer.send({ to: confirmation.email, subject: CONFIRMATION_SUBJECT, html, text });
}
