import { createElement } from "react";
import { render } from "@react-email/render";
import WelcomeEmail from "@/emails/welcome";
import type { Mailer, SentMail } from "@/lib/email/mailer";
import type { ConfirmingSubscriber } from "@/lib/subscribers/confirm-subscriber";
import { buildPreferencesUrl, buildUnsubscribeUrl, type LinkConfig } from "@/lib/subscribers/subscriber-links";

export const WELCOME_SUBJECT = "Your Daily Papers subscription is active";

/**
 * The first mail to a confirmed subscriber. Like every list mail it carries the RFC 8058
 * one-click headers and the footer links, so leaving is possible from the first message.
 */
export async function sendWelcomeMail(
  mailer: Mailer,
  subscriber: ConfirmingSubscriber,
  links: LinkConfig,
): Promise<SentMail> {
  const unsubscribeUrl = buildUnsubscribeUrl(subscriber.id, links);
  const site = new URL(links.siteUrl);
  const email = createElement(WelcomeEmail, {
    frequency: subscriber.frequency,
    topics: subscriber.topics,
    siteHost: site.host,
    preferencesUrl: buildPreferencesUrl(subscriber.id, links),
    unsubscribeUrl,
  });
  const [html, text] = await Promise.all([render(email), render(email, { plainText: true })]);
  return mailer.send({
    to: subscriber.email,
    subject: WELCOME_SUBJECT,
    html,
    text,
    list: { unsubscribeUrl, name: "Daily Papers", id: `daily-papers.${site.hostname}` },
  });
}
