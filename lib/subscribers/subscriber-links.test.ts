import { describe, expect, it } from "vitest";
import { verifyLinkToken } from "@/lib/subscribers/link-tokens";
import { buildConfirmUrl, buildPreferencesUrl, buildUnsubscribeUrl } from "@/lib/subscribers/subscriber-links";

const config = { siteUrl: "https://papers.example.org", secret: "a-test-secret-of-some-length" };
const id = "cmabc123def456ghi789";

describe("subscriber links", () => {
  it("point at the site's unsubscribe and preferences pages with a token for that subscriber", () => {
    const unsubscribe = new URL(buildUnsubscribeUrl(id, config));
    const preferences = new URL(buildPreferencesUrl(id, config));
    expect(unsubscribe.origin + unsubscribe.pathname).toBe("https://papers.example.org/unsubscribe");
    expect(preferences.origin + preferences.pathname).toBe("https://papers.example.org/preferences");
    expect(verifyLinkToken("unsubscribe", unsubscribe.searchParams.get("token")!, config.secret)).toBe(id);
    expect(verifyLinkToken("preferences", preferences.searchParams.get("token")!, config.secret)).toBe(id);
  });

  it("keep a path prefix of SITE_URL", () => {
    const url = buildConfirmUrl("abc_DEF-123", "https://example.org/papers");
    expect(url).toBe("https://example.org/papers/subscribe/confirm?token=abc_DEF-123");
  });
});
