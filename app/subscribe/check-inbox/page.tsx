import type { Metadata } from "next";
import Link from "next/link";
import { ACCEPTED_MESSAGE } from "@/lib/subscribers/accepted-message";
import styles from "@/app/subscribe/subscription.module.css";

export const metadata: Metadata = { title: "Check your inbox", robots: { index: false } };

/** Where a signup without JavaScript lands: the same words the API answers with. */
export default function CheckInboxPage() {
  return (
    <section className={styles.panel}>
      <h1>Check your inbox</h1>
      <div className={styles.notice} role="status">
        <p>{ACCEPTED_MESSAGE}</p>
      </div>
      <p className={styles.hint}>
        Nothing after a few minutes? Look in your spam folder, or <Link href="/subscribe">try again</Link>.
      </p>
    </section>
  );
}
