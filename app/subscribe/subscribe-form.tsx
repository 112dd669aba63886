"use client";

import { useState, type FormEvent } from "react";
import styles from "@/app/subscribe/subscription.module.css";

type FormState =
  | { kind: "idle" | "sending" }
  | { kind: "accepted"; message: string }
  | { kind: "refused"; message: string; fields: Record<string, string[]> };

/**
 * Progressive enhancement: without JavaScript this is a plain form POST to
 * /api/subscribe (answered with a redirect to a page); with it, the same request goes
 * as JSON and the answer appears in place, without a reload.
 */
export function SubscribeForm({ consentText }: { consentText: string }) {
  const [state, setState] = useState<FormState>({ kind: "idle" });

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const topics = String(form.get("topics") ?? "")
      .split(",")
      .map((topic) => topic.trim())
      .filter(Boolean);
    setState({ kind: "sending" });
    try {
      const response = await fetch("/api/subscribe", {
        method: "POST",
        headers: { "content-type": "application/json", accept: "application/json" },
        body: JSON.stringify({ email: form.get("email"), frequency: form.get("frequency"), topics }),
      });
      const body = await response.json();
      if (response.ok) setState({ kind: "accepted", message: body.message });
      else setState({ kind: "refused", message: body.error, fields: body.fields ?? {} });
    } catch {
      setState({ kind: "refused", message: "We could not reach the server. Please try again.", fields: {} });
    }
  }

  if (state.kind === "accepted") {
    return (
      <div className={styles.notice} role="status">
        <h2>Check your inbox</h2>
        <p>{state.message}</p>
      </div>
    );
  }
  const fields = state.kind === "refused" ? state.fields : {};
  return (
    <form className={styles.form} action="/api/subscribe" method="post" onSubmit={submit}>
      {state.kind === "refused" ? (
        <p className={styles.error} role="alert">
          {state.message}
        </p>
      ) : null}
      <div className={styles.field}>
        <label className={styles.label} htmlFor="subscribe-email">
          Email address
        </label>
        <input
          id="subscribe-email"
          className={styles.input}
          name="email"
          type="email"
          autoComplete="email"
          maxLength={254}
          required
          aria-invalid={fields.email ? true : undefined}
          aria-describedby={fields.email ? "subscribe-email-error" : undefined}
        />
        {fields.email ? (
          <p id="subscribe-email-error" className={styles.fieldError}>
            {`Email address ${fields.email[0]}.`}
          </p>
        ) : null}
      </div>
      <fieldset className={styles.field}>
        <legend className={styles.label}>How often</legend>
        <div className={styles.choices}>
          <label className={styles.choice}>
            <input type="radio" name="frequency" value="daily" defaultChecked /> Daily
          </label>
          <label className={styles.choice}>
            <input type="radio" name="frequency" value="weekly" /> Weekly
          </label>
        </div>
      </fieldset>
      <div className={styles.field}>
        <label className={styles.label} htmlFor="subscribe-topics">
          Topics <span className={styles.hint}>(optional)</span>
        </label>
        <input
          id="subscribe-topics"
          className={styles.input}
          name="topics"
          type="text"
          placeholder="e.g. diffusion, agents, robotics"
          aria-describedby="subscribe-topics-hint"
          aria-invalid={fields.topics ? true : undefined}
        />
        <p id="subscribe-topics-hint" className={fields.topics ? styles.fieldError : styles.hint}>
          {fields.topics
            ? `Topics: ${fields.topics[0]}.`
            : "Comma-separated keywords, up to 20. Leave empty to get every paper."}
        </p>
      </div>
      <p className={styles.consent}>{consentText}</p>
      <button className={styles.button} type="submit" disabled={state.kind === "sending"}>
        {state.kind === "sending" ? "Subscribing…" : "Subscribe"}
      </button>
    </form>
  );
}
