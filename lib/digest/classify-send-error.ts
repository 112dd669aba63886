export interface SendFailure {
  /**
   * transient: worth retrying later (4xx); permanent: never retry (5xx); unreachable:
   * the server itself is gone (connection refused, timeout, 421 closing), so the run
   * stops rather than burning every remaining row's attempts on it.
   */
  kind: "transient" | "permanent" | "unreachable";
  /** A 5xx that says the mailbox does not exist: the address is suppressed for good. */
  hardBounce: boolean;
  message: string;
}

const CONNECTION_CODES = new Set([
  "ECONNECTION",
  "ETIMEDOUT",
  "ESOCKET",
  "EDNS",
  "ECONNREFUSED",
  "ECONNRESET",
  "EPIPE",
]);
const NO_SUCH_USER =
  /\b5\.1\.[0-3]\b|no such (user|mailbox|recipient)|user unknown|unknown (user|recipient|mailbox)|mailbox (not found|unavailable|does not exist)|does not exist/i;

/** Sorts a nodemailer failure by what the ledger should do with the row. */
export function classifySendError(error: unknown): SendFailure {
  const { responseCode, code, response, message } = (error ?? {}) as {
    responseCode?: number;
    code?: string;
    response?: string;
    message?: string;
  };
  const text = (response ?? message ?? String(error)).slice(0, 500);
  if (typeof responseCode === "number") {
    if (responseCode === 421) return { kind: "unreachable", hardBounce: false, message: text };
    if (responseCode >= 500) return { kind: "permanent", hardBounce: NO_SUCH_USER.test(text), message: text };
    if (responseCode >= 400) return { kind: "transient", hardBounce: false, message: text };
  }
  if (code && CONNECTION_CODES.has(code))
    return { kind: "unreachable", hardBounce: false, message: `${code}: ${text}` };
  if (code === "EENVELOPE") return { kind: "permanent", hardBounce: false, message: text };
  return { kind: "transient", hardBounce: false, message: text };
}
