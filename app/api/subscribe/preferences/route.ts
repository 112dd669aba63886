import { handlePreferences } from "@/app/api/subscribe/preferences/handle-preferences";
import { subscriptionDepsFromEnv } from "@/app/api/subscribe/deps-from-env";

export const dynamic = "force-dynamic";

export async function POST(request: Request) {
  return handlePreferences(request, subscriptionDepsFromEnv());
}
