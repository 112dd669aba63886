import { z } from "zod";
import { DomainError } from "@/lib/errors";
import { errorResponse } from "@/lib/error-response";
import { eraseSubscriber } from "@/lib/subscribers/erase-subscriber";
import { findLinkedSubscriber } from "@/lib/subscribers/find-linked-subscriber";
import { frequencySchema, topicsSchema } from "@/lib/subscribers/signup-input";
import { unsubscribe } from "@/lib/subscribers/unsubscribe";
import { updatePreferences } from "@/lib/subscribers/update-preferences";
import type { SubscriptionDeps } from "@/app/api/subscribe/handle-subscribe";
import { readFormOrJson } from "@/app/api/subscribe/read-form-or-json";
import { isPageSubmission, redirectToPage } from "@/app/api/subscribe/request-context";

const actionSchema = z.discriminatedUnion(
  "intent",
  [
    z.strictObject({ intent: z.literal("save"), frequency: frequencySchema, topics: topicsSchema.default([]) }),
    z.strictObject({ intent: z.literal("unsubscribe") }),
    z.strictObject({ intent: z.literal("erase"), confirm: z.literal("yes", { error: "tick the box to confirm" }) }),
  ],
  { error: "intent must be save, unsubscribe or erase" },
);

/** `POST /api/subscribe/preferences?token=`: the three forms of the preferences page. */
export async function handlePreferences(
  request: Request,
  deps: Pick<SubscriptionDeps, "db" | "now" | "secret" | "suppressErased">,
) {
  const token = new URL(request.url).searchParams.get("token") ?? "";
  const page = `/preferences?token=${encodeURIComponent(token)}`;
  const answer = (status: string, location: string) =>
    isPageSubmission(request) ? redirectToPage(location) : Response.json({ status });
  try {
    const linked = await findLinkedSubscriber(deps.db, "preferences", token, deps.secret);
    if (linked.link === "invalid") throw new DomainError("This preferences link is not valid.", 404);
    if (linked.link === "erased") throw new DomainError("This subscription's data has been deleted.", 410);
    const id = linked.subscriber.id;
    const action = actionSchema.parse(await readFormOrJson(request));
    if (action.intent === "save") {
      await updatePreferences(deps.db, id, { frequency: action.frequency, topics: action.topics });
      return answer("saved", `${page}&saved=1`);
    }
    if (action.intent === "unsubscribe") {
      await unsubscribe(deps.db, id, { now: deps.now() });
      return answer("unsubscribed", page);
    }
    // By default a hash of the address stays on the suppression list, so nobody can sign
    // the person up again; an admin who wants no trace at all turns that off.
    await eraseSubscriber(deps.db, id, { suppress: deps.suppressErased ?? true });
    return answer("erased", "/preferences/erased");
  } catch (error) {
    return isPageSubmission(request) ? redirectToPage(`${page}&error=invalid`) : errorResponse(error);
  }
}
