import { describe, expect, it } from "vitest";
import { signLinkToken, verifyLinkToken } from "@/lib/subscribers/link-tokens";

const secret = "a-test-secret-of-some-length";
const id = "cmabc123def456ghi789";

describe("link tokens", () => {
  it("verify for the subscriber and purpose they were signed for", () => {
    expect(verifyLinkToken("unsubscribe", signLinkToken("unsubscribe", id, secret), secret)).toBe(id);
  });

  it("refuse another purpose, another secret, a tampered id and garbage", () => {
    const token = signLinkToken("unsubscribe", id, secret);
    expect(verifyLinkToken("preferences", token, secret)).toBeNull();
    expect(verifyLinkToken("unsubscribe", token, "another-secret-entirely")).toBeNull();
    expect(verifyLinkToken("unsubscribe", token.replace(/^c/, "d"), secret)).toBeNull();
    expect(verifyLinkToken("unsubscribe", "' OR 1=1 --", secret)).toBeNull();
  });
});
