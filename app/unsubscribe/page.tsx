import type { Metadata } from "next";
import Link from "next/link";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { findLinkedSubscriber } from "@/lib/subscribers/find-linked-subscriber";
import { signLinkToken } from "@/lib/subscribers/link-tokens";
import { maskEmail } from "@/lib/subscribers/mask-email";
import styles from "@/app/subscribe/subscription.module.css";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Unsubscribe", robots: { index: false }, referrer: "no-referrer" };

/**
 * GET shows a button and changes nothing (mail scanners open links). The button POSTs
 * to this same URL, as one-click mail clients do; proxy.ts hands that to the route.
 */
export default async function UnsubscribePage({ searchParams }: { searchParams: Promise<{ token?: string }> }) {
  const { token = "" } = await searchParams;
  const linked = await findLinkedSubscriber(db(), "unsubscribe", token, env().SECRET);
  if (linked.link === "invalid") {
    return (
      <section className={styles.panel}>
        <h1>This unsubscribe link is not valid</h1>
        <div className={styles.error} role="alert">
          <p>The link may be incomplete. Please use the unsubscribe link at the bottom of our most recent email.</p>
        </div>
      </section>
    );
  }
  if (linked.link === "erased" || linked.subscriber.status === "unsubscribed") {
    const who = linked.link === "valid" ? maskEmail(linked.subscriber.email) : "This address";
    return (
      <section className={styles.panel}>
        <h1>You&apos;re unsubscribed</h1>
        <div className={styles.notice} role="status">
          <p>{`${who} will get no more emails from Daily Papers.`}</p>
        </div>
        <p className={styles.hint}>
          Changed your mind? <Link href="/subscribe">Subscribe again</Link>; we will ask you to confirm.
        </p>
      </section>
    );
  }
  const { subscriber } = linked;
  const preferencesToken = signLinkToken("preferences", subscriber.id, env().SECRET);
  return (
    <section className={styles.panel}>
      <h1>Unsubscribe from Daily Papers</h1>
      <p
        className={styles.lead}
      >{`Stop sending the ${subscriber.frequency} digest to ${maskEmail(subscriber.email)}.`}</p>
      <form className={styles.form} method="post" action={`/unsubscribe?token=${encodeURIComponent(token)}`}>
        <button className={styles.button} type="submit">
          Unsubscribe
        </button>
      </form>
      <p className={styles.hint}>
        Too many emails? <Link href={`/preferences?token=${preferencesToken}`}>Get a weekly digest or pick topics</Link>{" "}
        instead.
      </p>
    </section>
  );
}
