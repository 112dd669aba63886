import crypto from "node:crypto";

/**
 * The suppression list keeps addresses only as this hash (of the lower-cased address),
 * so an erased subscriber's address is not stored, yet never mailed again.
 */
export function hashEmail(email: string): string {
  return crypto.createHash("sha256").update(email.trim().toLowerCase()).digest("hex");
}
