import { handleResend } from "@/app/api/subscribe/resend/handle-resend";
import { subscriptionDepsFromEnv } from "@/app/api/subscribe/deps-from-env";

export const dynamic = "force-dynamic";

export async function POST(request: Request) {
  return handleResend(request, subscriptionDepsFromEnv());
}
