import type { Metadata } from "next";
import { CONSENT_TEXT } from "@/lib/subscribers/consent";
import { SubscribeForm } from "@/app/subscribe/subscribe-form";
import styles from "@/app/subscribe/subscription.module.css";

export const metadata: Metadata = { title: "Subscribe" };

// Messages for browsers without JavaScript, which the API sends back here with a code.
const ERRORS: Record<string, string> = {
  invalid: "That did not work: please check the address and topics and try again.",
  "rate-limited": "Too many attempts in a short time. Please wait a while and try again.",
  link: "That confirmation link is not valid any more. Enter your address again to get a new one.",
  unavailable: "Something went wrong on our side. Please try again in a few minutes.",
};

export default async function SubscribePage({ searchParams }: { searchParams: Promise<{ error?: string }> }) {
  const { error } = await searchParams;
  const message = error ? (ERRORS[error] ?? ERRORS.invalid) : null;
  return (
    <section className={styles.panel}>
      <h1>Get trending papers in your inbox</h1>
      <p className={styles.lead}>
        One email with the day&apos;s most upvoted papers, every day or once a week. We ask you to confirm your address
        first, and every email has a one-click unsubscribe link.
      </p>
      {message ? (
        <p className={styles.error} role="alert">
          {message}
        </p>
      ) : null}
      <SubscribeForm consentText={CONSENT_TEXT} />
    </section>
  );
}
