import { after } from "next/server";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { appMailer } from "@/lib/email/app-mailer";
import type { SubscriptionDeps } from "@/app/api/subscribe/handle-subscribe";

/** What the subscription route handlers run on in the app; tests build their own. */
export function subscriptionDepsFromEnv(): SubscriptionDeps {
  const { SITE_URL, SECRET, RATE_LIMIT_SIGNUP, RATE_LIMIT_CONFIRM_MAIL, SUPPRESS_ERASED_ADDRESSES } = env();
  return {
    db: db(),
    mailer: appMailer(),
    siteUrl: SITE_URL,
    secret: SECRET,
    signupLimit: RATE_LIMIT_SIGNUP,
    confirmMailLimit: RATE_LIMIT_CONFIRM_MAIL,
    now: () => new Date(),
    defer: (task) => after(task),
    suppressErased: SUPPRESS_ERASED_ADDRESSES,
  };
}
