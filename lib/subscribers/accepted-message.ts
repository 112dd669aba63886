/**
 * What every accepted signup is told, whatever the address's state (new, pending,
 * active, unsubscribed or suppressed), so that nobody can learn who is subscribed.
 */
export const ACCEPTED_MESSAGE =
  "Check your inbox. Unless this address is already subscribed, we have sent it a link to confirm your subscription; the link works for 7 days.";
