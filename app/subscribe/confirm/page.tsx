import type { Metadata } from "next";
import Link from "next/link";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { inspectConfirmToken, type ConfirmingSubscriber } from "@/lib/subscribers/confirm-subscriber";
import { signLinkToken } from "@/lib/subscribers/link-tokens";
import { maskEmail } from "@/lib/subscribers/mask-email";
import styles from "@/app/subscribe/subscription.module.css";

export const dynamic = "force-dynamic";
// The token is in the URL: keep it out of search engines and other sites' logs.
export const metadata: Metadata = {
  title: "Confirm your subscription",
  robots: { index: false },
  referrer: "no-referrer",
};

function describe(subscriber: ConfirmingSubscriber): string {
  const topics = subscriber.topics.length ? ` about ${subscriber.topics.join(", ")}` : "";
  const often = subscriber.frequency === "weekly" ? "once a week" : "every day";
  return `the Daily Papers digest ${often}${topics}, sent to ${maskEmail(subscriber.email)}`;
}

/**
 * GET only looks (mail scanners open links); the Confirm button POSTs to this same URL,
 * which proxy.ts hands to the confirm route, which sends the browser back here.
 */
export default async function ConfirmPage({ searchParams }: { searchParams: Promise<{ token?: string }> }) {
  const { token = "" } = await searchParams;
  const link = await inspectConfirmToken(db(), token, { now: new Date() });
  const query = `token=${encodeURIComponent(token)}`;
  return (
    <section className={styles.panel}>
      {link.state === "ready" ? (
        <>
          <h1>Confirm your subscription</h1>
          <p className={styles.lead}>{`You are about to subscribe to ${describe(link.subscriber)}.`}</p>
          <form className={styles.form} method="post" action={`/subscribe/confirm?${query}`}>
            <button className={styles.button} type="submit">
              Confirm
            </button>
          </form>
        </>
      ) : link.state === "confirmed" ? (
        <>
          <h1>You&apos;re subscribed</h1>
          <div className={styles.notice} role="status">
            <p>{`Your subscription is active: ${describe(link.subscriber)}.`}</p>
          </div>
          <p className={styles.hint}>
            You can{" "}
            <Link href={`/preferences?token=${signLinkToken("preferences", link.subscriber.id, env().SECRET)}`}>
              change frequency or topics
            </Link>{" "}
            at any time.
          </p>
        </>
      ) : link.state === "expired" ? (
        <>
          <h1>This link has expired</h1>
          <div className={styles.error} role="alert">
            <p>{`Confirmation links work for 7 days. Nothing was changed. We can send a new link to ${maskEmail(link.subscriber.email)}.`}</p>
          </div>
          <form className={styles.form} method="post" action={`/api/subscribe/resend?${query}`}>
            <button className={styles.button} type="submit">
              Send me a new link
            </button>
          </form>
        </>
      ) : (
        <>
          <h1>This link is not valid</h1>
          <div className={styles.error} role="alert">
            <p>
              Nothing was changed. The link may be incomplete, or replaced by a newer one: look for our most recent
              email, or ask for a new link.
            </p>
          </div>
          <p>
            <Link className={styles.button} href="/subscribe">
              Send me a new link
            </Link>
          </p>
        </>
      )}
    </section>
  );
}
