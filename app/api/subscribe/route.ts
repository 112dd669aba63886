import { after } from "next/server";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { appMailer } from "@/lib/email/app-mailer";
import { handleSubscribe } from "@/app/api/subscribe/handle-subscribe";

export const dynamic = "force-dynamic";

export async function POST(request: Request) {
  const { SITE_URL, SECRET, RATE_LIMIT_SIGNUP, RATE_LIMIT_CONFIRM_MAIL } = env();
  return handleSubscribe(request, {
    db: db(),
    mailer: appMailer(),
    siteUrl: SITE_URL,
    secret: SECRET,
    signupLimit: RATE_LIMIT_SIGNUP,
    confirmMailLimit: RATE_LIMIT_CONFIRM_MAIL,
    now: () => new Date(),
    defer: (task) => after(task),
  });
}
