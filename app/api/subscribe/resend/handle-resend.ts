import { DomainError } from "@/lib/errors";
import { errorResponse } from "@/lib/error-response";
import { inspectConfirmToken } from "@/lib/subscribers/confirm-subscriber";
import { enforceSignupLimit, subscribeAndMail, type SubscriptionDeps } from "@/app/api/subscribe/handle-subscribe";
import { isPageSubmission, redirectToPage } from "@/app/api/subscribe/request-context";

/**
 * `POST /api/subscribe/resend?token=`: the "send me a new link" button of an expired
 * confirmation link. It counts as signing up again (new consent record, same limits).
 */
export async function handleResend(request: Request, deps: SubscriptionDeps): Promise<Response> {
  const token = new URL(request.url).searchParams.get("token") ?? "";
  try {
    await enforceSignupLimit(request, deps);
    const link = await inspectConfirmToken(deps.db, token, { now: deps.now() });
    if (link.state === "invalid") throw new DomainError("This confirmation link is not valid.", 404);
    if (link.state !== "confirmed") {
      const { email, frequency, topics } = link.subscriber;
      await subscribeAndMail(request, { email, frequency: frequency === "weekly" ? "weekly" : "daily", topics }, deps);
    }
    if (isPageSubmission(request)) return redirectToPage("/subscribe/check-inbox");
    return Response.json({ status: "accepted" }, { status: 202 });
  } catch (error) {
    if (isPageSubmission(request)) return redirectToPage("/subscribe?error=link");
    return errorResponse(error);
  }
}
