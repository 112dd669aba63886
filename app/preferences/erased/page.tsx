import type { Metadata } from "next";
import styles from "@/app/subscribe/subscription.module.css";

export const metadata: Metadata = { title: "Your data is deleted", robots: { index: false } };

export default function ErasedPage() {
  return (
    <section className={styles.panel}>
      <h1>Your data is deleted</h1>
      <div className={styles.notice} role="status">
        <p>
          We deleted your address, your preferences and the record of your consent. All we keep is a one-way hash of the
          address, so that it is never emailed again.
        </p>
      </div>
    </section>
  );
}
