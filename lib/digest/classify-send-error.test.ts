import { describe, expect, it } from "vitest";
import { classifySendError } from "@/lib/digest/classify-send-error";

const smtpError = (responseCode: number, response: string) =>
  Object.assign(new Error(`Can't send mail - all recipients were rejected: ${response}`), {
    code: "EENVELOPE",
    responseCode,
    response,
  });

describe("classifySendError", () => {
  it("retries 4xx replies and stops the run when the server is gone", () => {
    expect(classifySendError(smtpError(450, "450 4.2.1 mailbox busy")).kind).toBe("transient");
    expect(classifySendError(smtpError(421, "421 Server shutting down")).kind).toBe("unreachable");
    const refused = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:2599"), { code: "ECONNECTION" });
    expect(classifySendError(refused)).toMatchObject({ kind: "unreachable", hardBounce: false });
  });

  it("fails 5xx replies at once, and calls only a missing mailbox a hard bounce", () => {
    expect(classifySendError(smtpError(550, "550 5.1.1 no such user"))).toMatchObject({
      kind: "permanent",
      hardBounce: true,
    });
    expect(classifySendError(smtpError(554, "554 5.7.1 relay access denied"))).toMatchObject({
      kind: "permanent",
      hardBounce: false,
    });
  });

  it("treats an unknown failure as transient, so it is retried a bounded number of times", () => {
    expect(classifySendError(new Error("something odd")).kind).toBe("transient");
  });
});
