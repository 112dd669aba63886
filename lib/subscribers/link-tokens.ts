import crypto from "node:crypto";

/**
 * Unsubscribe and preferences links carry `<subscriber id>.<HMAC>`: nothing to store,
 * they never expire (RFC 8058 links must keep working), and they die with the row when
 * a subscriber deletes their data. The purpose is signed in, so one kind of token never
 * opens the other kind of page.
 */
export type LinkPurpose = "unsubscribe" | "preferences";

function signature(purpose: LinkPurpose, subscriberId: string, secret: string): string {
  return crypto.createHmac("sha256", secret).update(`${purpose}:${subscriberId}`).digest("base64url");
}

export function signLinkToken(purpose: LinkPurpose, subscriberId: string, secret: string): string {
  return `${subscriberId}.${signature(purpose, subscriberId, secret)}`;
}

/** The subscriber id a token was signed for, or null when it is malformed or forged. */
export function verifyLinkToken(purpose: LinkPurpose, token: string, secret: string): string | null {
  const match = /^([a-z0-9]{10,40})\.([A-Za-z0-9_-]{43})$/.exec(token);
  if (!match) return null;
  const expected = Buffer.from(signature(purpose, match[1], secret));
  const given = Buffer.from(match[2]);
  return crypto.timingSafeEqual(expected, given) ? match[1] : null;
}
