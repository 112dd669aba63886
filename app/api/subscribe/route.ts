import { handleSubscribe } from "@/app/api/subscribe/handle-subscribe";
import { subscriptionDepsFromEnv } from "@/app/api/subscribe/deps-from-env";

export const dynamic = "force-dynamic";

export async function POST(request: Request) {
  return handleSubscribe(request, subscriptionDepsFromEnv());
}
