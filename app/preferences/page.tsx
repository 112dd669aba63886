import type { Metadata } from "next";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { findLinkedSubscriber } from "@/lib/subscribers/find-linked-subscriber";
import { maskEmail } from "@/lib/subscribers/mask-email";
import { PreferencesForms } from "@/app/preferences/preferences-forms";
import styles from "@/app/subscribe/subscription.module.css";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Email preferences", robots: { index: false }, referrer: "no-referrer" };

const STATUS_LABELS: Record<string, string> = {
  active: "subscribed",
  pending: "waiting for you to confirm the address",
  unsubscribed: "unsubscribed",
};

interface SearchParams {
  token?: string;
  saved?: string;
  error?: string;
}

export default async function PreferencesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const { token = "", saved, error } = await searchParams;
  const linked = await findLinkedSubscriber(db(), "preferences", token, env().SECRET);
  if (linked.link !== "valid") {
    return (
      <section className={styles.panel}>
        <h1>{linked.link === "erased" ? "Your data is deleted" : "This preferences link is not valid"}</h1>
        <div className={styles.error} role="alert">
          <p>
            {linked.link === "erased"
              ? "There is no subscription for this link any more."
              : "The link may be incomplete. Please use the link at the bottom of our most recent email."}
          </p>
        </div>
      </section>
    );
  }
  const { subscriber } = linked;
  const topics = Array.isArray(subscriber.topics) ? (subscriber.topics as string[]) : [];
  return (
    <section className={styles.panel}>
      <h1>Email preferences</h1>
      <p className={styles.lead}>{`${maskEmail(subscriber.email)}: ${STATUS_LABELS[subscriber.status]}.`}</p>
      {saved ? (
        <p className={styles.notice} role="status">
          Your preferences are saved.
        </p>
      ) : null}
      {error ? (
        <p className={styles.error} role="alert">
          That did not work: please check the topics (up to 20, each at most 50 characters) and try again.
        </p>
      ) : null}
      <PreferencesForms
        action={`/api/subscribe/preferences?token=${encodeURIComponent(token)}`}
        status={subscriber.status}
        frequency={subscriber.frequency}
        topics={topics}
      />
    </section>
  );
}
