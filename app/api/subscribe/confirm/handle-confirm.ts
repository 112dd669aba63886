import { confirmSubscriber } from "@/lib/subscribers/confirm-subscriber";
import { sendWelcomeMail } from "@/lib/subscribers/send-welcome-mail";
import { isSuppressed } from "@/lib/subscribers/suppression";
import type { SubscriptionDeps } from "@/app/api/subscribe/handle-subscribe";
import { isPageSubmission, redirectToPage } from "@/app/api/subscribe/request-context";

/**
 * `POST /subscribe/confirm?token=` (rewritten here by proxy.ts): the token in the query
 * string is all it needs. A browser is sent back to the confirm page, which now shows
 * the outcome; any other client gets it as JSON.
 */
export async function handleConfirm(request: Request, deps: SubscriptionDeps) {
  const token = new URL(request.url).searchParams.get("token") ?? "";
  const result = await confirmSubscriber(deps.db, token, { now: deps.now() });
  // Suppression outranks everything: an address put on the list while pending gets no welcome.
  if (result.state === "confirmed" && result.newly && !(await isSuppressed(deps.db, result.subscriber.email))) {
    const { subscriber } = result;
    deps.defer(() =>
      sendWelcomeMail(deps.mailer, subscriber, { siteUrl: deps.siteUrl, secret: deps.secret }).then(
        () => undefined,
        (error: unknown) => console.error(`[subscribe] welcome mail not sent: ${String(error).split("\n")[0]}`),
      ),
    );
  }
  if (isPageSubmission(request)) return redirectToPage(`/subscribe/confirm?token=${encodeURIComponent(token)}`);
  if (result.state === "confirmed") return Response.json({ status: "active" });
  if (result.state === "expired") {
    return Response.json({ error: "This confirmation link has expired. Ask for a new one." }, { status: 410 });
  }
  return Response.json({ error: "This confirmation link is not valid." }, { status: 404 });
}
