import { handleUnsubscribe } from "@/app/api/subscribe/unsubscribe/handle-unsubscribe";
import { subscriptionDepsFromEnv } from "@/app/api/subscribe/deps-from-env";

export const dynamic = "force-dynamic";

export async function POST(request: Request) {
  return handleUnsubscribe(request, subscriptionDepsFromEnv());
}
