import { env } from "@/lib/env";
import { signLinkToken } from "@/lib/subscribers/link-tokens";

/** What absolute links into the site need: where it lives and the key that signs tokens. */
export interface LinkConfig {
  siteUrl: string;
  secret: string;
}

function linkConfigFromEnv(): LinkConfig {
  const { SITE_URL, SECRET } = env();
  return { siteUrl: SITE_URL, secret: SECRET };
}

/** Resolves a site path against SITE_URL, keeping any path prefix SITE_URL carries. */
export function buildSiteUrl(pathWithQuery: string, siteUrl: string): string {
  const base = siteUrl.endsWith("/") ? siteUrl : `${siteUrl}/`;
  return new URL(pathWithQuery.replace(/^\//, ""), base).toString();
}

/** The one-click unsubscribe link for mail footers and the List-Unsubscribe header. */
export function buildUnsubscribeUrl(subscriberId: string, config: LinkConfig = linkConfigFromEnv()): string {
  const token = signLinkToken("unsubscribe", subscriberId, config.secret);
  return buildSiteUrl(`/unsubscribe?token=${token}`, config.siteUrl);
}

/** The link to change frequency and topics, unsubscribe, or delete one's data. */
export function buildPreferencesUrl(subscriberId: string, config: LinkConfig = linkConfigFromEnv()): string {
  const token = signLinkToken("preferences", subscriberId, config.secret);
  return buildSiteUrl(`/preferences?token=${token}`, config.siteUrl);
}

/** The double opt-in link; `token` is the raw confirmation token (only its hash is stored). */
export function buildConfirmUrl(token: string, siteUrl: string = env().SITE_URL): string {
  return buildSiteUrl(`/subscribe/confirm?token=${encodeURIComponent(token)}`, siteUrl);
}
