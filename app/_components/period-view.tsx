import Link from "next/link";
import { DayCalendar } from "@/app/_components/day-calendar";
import { JumpToDay } from "@/app/_components/jump-to-day";
import { PaperList } from "@/app/_components/paper-list";
import { PeriodNav } from "@/app/_components/period-nav";
import type { PeriodView as View } from "@/lib/papers/browse-period";
import { formatDay, formatLongDay, formatMonth, formatMonthDay } from "@/lib/papers/format-dates";
import { monthOf, weekOf } from "@/lib/papers/periods";

export function periodTitle({ kind, key, from, to }: View["period"]): string {
  if (kind === "day") return `Papers of ${formatLongDay(from)}`;
  if (kind === "week") return `Top papers of week ${Number(key.slice(6))}: ${formatMonthDay(from)} – ${formatDay(to)}`;
  return `Top papers of ${formatMonth(key)}`;
}

const noun = (count: number) => (count === 1 ? "paper" : "papers");

/** A day, week or month page: heading, navigation, the papers, and the jump-to-day calendar. */
export function PeriodView({ view }: { view: View }) {
  const { period, papers, total, previous, next, calendar } = view;
  return (
    <div className="period">
      <div className="period__main">
        <h1>{periodTitle(period)}</h1>
        <p className="period__summary">
          {total === 0
            ? `No papers were featured ${period.kind === "day" ? "on this day" : `in this ${period.kind}`}.`
            : papers.length < total
              ? `The ${papers.length} most upvoted of ${total} ${noun(total)}.`
              : `${total} ${noun(total)}, most upvoted first.`}
          {period.kind === "day" && (
            <>
              {" "}
              See the <Link href={`/papers/week/${weekOf(period.from)}`}>week</Link> or the{" "}
              <Link href={`/papers/month/${monthOf(period.from)}`}>month</Link>.
            </>
          )}
        </p>
        <PeriodNav kind={period.kind} previous={previous} next={next} />
        {total === 0 && (previous || next) && (
          <p>
            The nearest days with papers are{" "}
            {[previous, next]
              .filter((day): day is string => day !== null)
              .map((day, i) => (
                <span key={day}>
                  {i > 0 && " and "}
                  <Link href={`/papers/date/${day}`}>{formatDay(day)}</Link>
                </span>
              ))}
            .
          </p>
        )}
        <PaperList papers={papers} />
        {papers.length > 3 && <PeriodNav kind={period.kind} previous={previous} next={next} />}
      </div>
      <aside className="period__aside" aria-label="Jump to a day">
        <DayCalendar
          month={monthOf(period.from)}
          counts={calendar}
          selected={period.kind === "month" ? undefined : period}
        />
        <JumpToDay value={period.kind === "day" ? period.from : undefined} />
      </aside>
    </div>
  );
}
