import Link from "next/link";
import { formatDay, formatMonth } from "@/lib/papers/format-dates";
import { periodHref } from "@/lib/papers/period-links";
import { monthOf, weekOf, type Period } from "@/lib/papers/periods";

const label = (kind: Period["kind"], day: string) =>
  kind === "day" ? formatDay(day) : kind === "week" ? `Week ${weekOf(day)}` : formatMonth(monthOf(day));

/** Previous and next links to the nearest periods that have papers. */
export function PeriodNav({
  kind,
  previous,
  next,
}: {
  kind: Period["kind"];
  previous: string | null;
  next: string | null;
}) {
  return (
    <nav className="period-nav" aria-label={`Previous and next ${kind}`}>
      {previous ? (
        <Link href={periodHref(kind, previous)} rel="prev" className="period-nav__link">
          <span>
            <span aria-hidden="true">← </span>Previous {kind}
          </span>
          <span className="period-nav__when">{label(kind, previous)}</span>
        </Link>
      ) : (
        <span />
      )}
      {next ? (
        <Link href={periodHref(kind, next)} rel="next" className="period-nav__link period-nav__link--next">
          <span>
            Next {kind}
            <span aria-hidden="true"> →</span>
          </span>
          <span className="period-nav__when">{label(kind, next)}</span>
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
