import type { DigestPeriod } from "@/lib/digest/digest-period";
import { signLinkToken } from "@/lib/subscribers/link-tokens";

// TODO(subscriptions): switch to lib/subscribers/subscriber-links.ts when it lands, so the
// unsubscribe and preferences URLs are made in one place.
export function subscriberLinks(siteUrl: string, subscriberId: string, secret: string) {
  const url = (page: string, purpose: "unsubscribe" | "preferences") =>
    new URL(`/${page}?token=${signLinkToken(purpose, subscriberId, secret)}`, siteUrl).toString();
  return { unsubscribeUrl: url("unsubscribe", "unsubscribe"), preferencesUrl: url("preferences", "preferences") };
}

/** The digest's own page: `/digests/D` for a daily digest, `?kind=weekly` for the weekly one. */
export function digestPageUrl(siteUrl: string, period: Pick<DigestPeriod, "date" | "kind">): string {
  const query = period.kind === "weekly" ? "?kind=weekly" : "";
  return new URL(`/digests/${period.date}${query}`, siteUrl).toString();
}

export const paperPageUrl = (siteUrl: string, paperId: string) => new URL(`/papers/${paperId}`, siteUrl).toString();
