import { handleConfirm } from "@/app/api/subscribe/confirm/handle-confirm";
import { subscriptionDepsFromEnv } from "@/app/api/subscribe/deps-from-env";

export const dynamic = "force-dynamic";

export async function POST(request: Request) {
  return handleConfirm(request, subscriptionDepsFromEnv());
}
