import crypto from "node:crypto";

/**
 * The sentence shown beside the subscribe button. Each consent record stores the version
 * in force, so changing the wording means a new version here, never an edit in place.
 */
export const CONSENT_TEXT_VERSION = "2026-12-04";
export const CONSENT_TEXT =
  "By subscribing you agree to receive the Daily Papers digest by email at the frequency you choose. " +
  "We keep your address, your choices and a record of this consent (the time, a hash of your IP address " +
  "and your browser's name) until you unsubscribe or delete your data. Every email has a one-click " +
  "unsubscribe link.";

/** Consent records keep the IP only as a keyed hash: enough to match abuse, not to locate anyone. */
export function hashIp(ip: string, secret: string): string {
  return crypto.createHmac("sha256", secret).update(`ip:${ip}`).digest("hex");
}
