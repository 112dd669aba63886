import crypto from "node:crypto";

/** Confirmation links work for a week, then a new one must be asked for. */
export const CONFIRM_TOKEN_TTL_MS = 7 * 24 * 60 * 60 * 1000;

/** 256 random bits, base64url: 43 characters. */
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

/** Only the hash is stored, so a copy of the database confirms nobody. */
export function hashConfirmToken(token: string): string {
  return crypto.createHash("sha256").update(token).digest("hex");
}

export function createConfirmToken(now: Date): { token: string; hash: string; expiresAt: Date } {
  const token = crypto.randomBytes(32).toString("base64url");
  return { token, hash: hashConfirmToken(token), expiresAt: new Date(now.getTime() + CONFIRM_TOKEN_TTL_MS) };
}

/** Whether a string could be a token at all; anything else is not worth a database lookup. */
export function isWellFormedConfirmToken(token: unknown): token is string {
  return typeof token === "string" && TOKEN_PATTERN.test(token);
}
