import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Mailer } from "@/lib/email/mailer";
import { DomainError, describeError, errorResponse } from "@/lib/errors";
import { consumeRateLimit, type RateLimit } from "@/lib/rate-limit/consume-rate-limit";
import { hashIp } from "@/lib/subscribers/consent";
import { requestSubscription } from "@/lib/subscribers/request-subscription";
import { sendConfirmationMail } from "@/lib/subscribers/send-confirmation-mail";
import { signupSchema } from "@/lib/subscribers/signup-input";
import { isPageSubmission, readClientIp, redirectToPage } from "@/app/api/subscribe/request-context";
import { readFormOrJson } from "@/app/api/subscribe/read-form-or-json";

export interface SubscribeDeps {
  db: PrismaClient;
  mailer: Mailer;
  siteUrl: string;
  secret: string;
  /** RATE_LIMIT_SIGNUP: requests per IP. */
  signupLimit: RateLimit | null;
  confirmMailLimit: RateLimit | null;
  now: () => Date;
  /** Runs a task after the response is sent (Next's `after`), so timing reveals nothing. */
  defer: (task: () => Promise<void>) => void;
}

/** The one answer to every accepted signup, whatever the address's state, byte for byte. */
export const ACCEPTED_BODY = {
  status: "accepted",
  message:
    "Check your inbox. Unless this address is already subscribed, we have sent it a link to confirm your subscription; the link works for 7 days.",
};

/** `POST /api/subscribe`: limit -> read -> validate -> request -> mail later -> 202. */
export async function handleSubscribe(request: Request, deps: SubscribeDeps): Promise<Response> {
  try {
    const now = deps.now();
    const ip = readClientIp(request);
    const perIp = await consumeRateLimit(deps.db, `signup:${hashIp(ip ?? "unknown", deps.secret)}`, deps.signupLimit, {
      now,
    });
    if (!perIp.allowed) {
      throw new DomainError("Too many signup requests from your network. Please try again later.", 429, {
        "Retry-After": String(perIp.retryAfterSeconds),
      });
    }
    const input = signupSchema.parse(await readFormOrJson(request));
    const outcome = await requestSubscription(deps.db, input, {
      now,
      ip,
      userAgent: request.headers.get("user-agent"),
      secret: deps.secret,
      confirmMailLimit: deps.confirmMailLimit,
    });
    if (outcome.kind === "send-confirmation") {
      const { confirmation } = outcome;
      deps.defer(() =>
        sendConfirmationMail(deps.mailer, confirmation, deps.siteUrl).then(
          () => undefined,
          (error: unknown) => console.error(`[subscribe] confirmation mail not sent: ${describeSendError(error)}`),
        ),
      );
    }
    if (isPageSubmission(request)) return redirectToPage("/subscribe/check-inbox");
    return Response.json(ACCEPTED_BODY, { status: 202, headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    if (isPageSubmission(request)) return redirectToPage(`/subscribe?error=${errorCode(error)}`);
    return errorResponse(error);
  }
}

/** The code the subscribe page turns back into a message for browsers without JavaScript. */
function errorCode(error: unknown): string {
  const { status } = describeError(error);
  if (status === 429) return "rate-limited";
  if (status >= 500) return "unavailable";
  return "invalid";
}

function describeSendError(error: unknown): string {
  return error instanceof Error ? error.message.split("\n")[0] : String(error);
}
