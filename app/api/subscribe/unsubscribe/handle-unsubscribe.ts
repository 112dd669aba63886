import { findLinkedSubscriber } from "@/lib/subscribers/find-linked-subscriber";
import { unsubscribe } from "@/lib/subscribers/unsubscribe";
import type { SubscriptionDeps } from "@/app/api/subscribe/handle-subscribe";
import { isPageSubmission, redirectToPage } from "@/app/api/subscribe/request-context";

/**
 * `POST /unsubscribe?token=` (rewritten here by proxy.ts), the RFC 8058 one-click
 * target: the signed token is the only thing needed (no cookie, no session, no field;
 * the `List-Unsubscribe=One-Click` body mail clients send is accepted and not needed).
 * It answers 200 once the address is off the list, including when it already was.
 */
export async function handleUnsubscribe(request: Request, deps: Pick<SubscriptionDeps, "db" | "now" | "secret">) {
  const token = new URL(request.url).searchParams.get("token") ?? "";
  const linked = await findLinkedSubscriber(deps.db, "unsubscribe", token, deps.secret);
  if (linked.link === "valid") await unsubscribe(deps.db, linked.subscriber.id, { now: deps.now() });
  if (isPageSubmission(request)) return redirectToPage(`/unsubscribe?token=${encodeURIComponent(token)}`);
  if (linked.link === "invalid") {
    return Response.json({ error: "This unsubscribe link is not valid." }, { status: 404 });
  }
  return Response.json({ status: "unsubscribed" }, { headers: { "Cache-Control": "no-store" } });
}
