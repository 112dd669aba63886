import type { DigestPeriod } from "@/lib/digest/digest-period";
import { buildPreferencesUrl, buildSiteUrl, buildUnsubscribeUrl } from "@/lib/subscribers/subscriber-links";

/** A reader's own unsubscribe (also the List-Unsubscribe header) and preferences links. */
export function subscriberLinks(siteUrl: string, subscriberId: string, secret: string) {
  const config = { siteUrl, secret };
  return {
    unsubscribeUrl: buildUnsubscribeUrl(subscriberId, config),
    preferencesUrl: buildPreferencesUrl(subscriberId, config),
  };
}

/** The digest's own page: `/digests/D` for a daily digest, `?kind=weekly` for the weekly one. */
export function digestPageUrl(siteUrl: string, period: Pick<DigestPeriod, "date" | "kind">): string {
  const query = period.kind === "weekly" ? "?kind=weekly" : "";
  return buildSiteUrl(`/digests/${period.date}${query}`, siteUrl);
}

export const paperPageUrl = (siteUrl: string, paperId: string) => buildSiteUrl(`/papers/${paperId}`, siteUrl);
