import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Mailer } from "@/lib/email/mailer";
import { DomainError } from "@/lib/errors";
import { describeError, errorResponse } from "@/lib/error-response";
import { consumeRateLimit, type RateLimit } from "@/lib/rate-limit/consume-rate-limit";
import { ACCEPTED_MESSAGE } from "@/lib/subscribers/accepted-message";
import { hashIp } from "@/lib/subscribers/consent";
import { requestSubscription } from "@/lib/subscribers/request-subscription";
import { sendConfirmationMail } from "@/lib/subscribers/send-confirmation-mail";
import { signupSchema, type SignupInput } from "@/lib/subscribers/signup-input";
import { isPageSubmission, readClientIp, redirectToPage } from "@/app/api/subscribe/request-context";
import { readFormOrJson } from "@/app/api/subscribe/read-form-or-json";

export interface SubscriptionDeps {
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
  /** SUPPRESS_ERASED_ADDRESSES: "delete my data" keeps a hash that stops all future mail. */
  suppressErased?: boolean;
}

/** The one answer to every accepted signup, byte for byte. */
export const ACCEPTED_BODY = { status: "accepted", message: ACCEPTED_MESSAGE };

/** `POST /api/subscribe`: limit -> read -> validate -> request -> mail later -> 202. */
export async function handleSubscribe(request: Request, deps: SubscriptionDeps): Promise<Response> {
  try {
    await enforceSignupLimit(request, deps);
    const input = signupSchema.parse(await readFormOrJson(request));
    await subscribeAndMail(request, input, deps);
    if (isPageSubmission(request)) return redirectToPage("/subscribe/check-inbox");
    return Response.json(ACCEPTED_BODY, { status: 202, headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    if (isPageSubmission(request)) return redirectToPage(`/subscribe?error=${errorCode(error)}`);
    return errorResponse(error);
  }
}

/** RATE_LIMIT_SIGNUP, counted per client IP for every request that can send mail. */
export async function enforceSignupLimit(request: Request, deps: SubscriptionDeps): Promise<void> {
  const key = `signup:${hashIp(readClientIp(request) ?? "unknown", deps.secret)}`;
  const perIp = await consumeRateLimit(deps.db, key, deps.signupLimit, { now: deps.now() });
  if (!perIp.allowed) {
    throw new DomainError("Too many signup requests from your network. Please try again later.", 429, {
      "Retry-After": String(perIp.retryAfterSeconds),
    });
  }
}

/** Records the signup and, when it calls for one, sends the confirmation mail after responding. */
export async function subscribeAndMail(request: Request, input: SignupInput, deps: SubscriptionDeps): Promise<void> {
  const outcome = await requestSubscription(deps.db, input, {
    now: deps.now(),
    ip: readClientIp(request),
    userAgent: request.headers.get("user-agent"),
    secret: deps.secret,
    confirmMailLimit: deps.confirmMailLimit,
  });
  if (outcome.kind !== "send-confirmation") return;
  const { confirmation } = outcome;
  deps.defer(() =>
    sendConfirmationMail(deps.mailer, confirmation, deps.siteUrl).then(
      () => undefined,
      (error: unknown) => console.error(`[subscribe] confirmation mail not sent: ${describeSendError(error)}`),
    ),
  );
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
