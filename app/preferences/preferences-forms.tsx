import Link from "next/link";
import styles from "@/app/subscribe/subscription.module.css";

interface FormsProps {
  /** `/api/subscribe/preferences?token=…`, where all three forms post. */
  action: string;
  status: string;
  frequency: string;
  topics: string[];
}

/** Plain HTML forms: they work without JavaScript, and each sends only its own fields. */
export function PreferencesForms({ action, status, frequency, topics }: FormsProps) {
  return (
    <>
      <form className={styles.form} method="post" action={action}>
        <fieldset className={styles.field}>
          <legend className={styles.label}>How often</legend>
          <div className={styles.choices}>
            {["daily", "weekly"].map((value) => (
              <label key={value} className={styles.choice}>
                <input type="radio" name="frequency" value={value} defaultChecked={frequency === value} />{" "}
                {value === "daily" ? "Daily" : "Weekly"}
              </label>
            ))}
          </div>
        </fieldset>
        <div className={styles.field}>
          <label className={styles.label} htmlFor="preferences-topics">
            Topics
          </label>
          <input
            id="preferences-topics"
            className={styles.input}
            name="topics"
            type="text"
            defaultValue={topics.join(", ")}
            aria-describedby="preferences-topics-hint"
          />
          <p id="preferences-topics-hint" className={styles.hint}>
            Comma-separated keywords, up to 20. Leave empty to get every paper.
          </p>
        </div>
        <button className={styles.button} type="submit" name="intent" value="save">
          Save preferences
        </button>
      </form>

      <div className={styles.section}>
        <h2>Unsubscribe</h2>
        {status === "unsubscribed" ? (
          <p className={styles.hint}>
            You are unsubscribed and get no emails. <Link href="/subscribe">Subscribe again</Link>; we will ask you to
            confirm.
          </p>
        ) : (
          <form className={styles.form} method="post" action={action}>
            <p className={styles.hint}>Stop all emails. Your preferences are kept in case you come back.</p>
            <button className={styles.secondaryButton} type="submit" name="intent" value="unsubscribe">
              Unsubscribe
            </button>
          </form>
        )}
      </div>

      <div className={styles.section}>
        <h2>Delete my data</h2>
        <form className={styles.form} method="post" action={action}>
          <p className={styles.hint}>
            Deletes your address, preferences and consent record. We keep only a one-way hash of the address so that it
            is never emailed again.
          </p>
          <label className={styles.choice}>
            <input type="checkbox" name="confirm" value="yes" required /> I understand this cannot be undone
          </label>
          <button className={styles.dangerButton} type="submit" name="intent" value="erase">
            Delete my data
          </button>
        </form>
      </div>
    </>
  );
}
