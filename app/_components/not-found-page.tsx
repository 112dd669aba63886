import Link from "next/link";

/** The body of every 404; the segment's layout puts the specific reason above it. */
export function NotFoundPage() {
  return (
    <section className="not-found" aria-labelledby="not-found-title">
      <h1 id="not-found-title">Page not found</h1>
      <p>
        Try <Link href="/">the latest papers</Link>, <Link href="/search">search</Link>, or pick a day from the calendar
        of <Link href="/papers/month">this month</Link>.
      </p>
    </section>
  );
}
