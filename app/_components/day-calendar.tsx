import Link from "next/link";
import { formatDay, formatMonth } from "@/lib/papers/format-dates";
import type { DayCount } from "@/lib/papers/day-index";
import { addDays, parseMonth } from "@/lib/papers/periods";

const WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

/** A month grid where each day with papers links to its page and shows how many it has. */
export function DayCalendar({
  month,
  counts,
  selected,
}: {
  month: string;
  counts: DayCount[];
  /** The days the page is about (a day or a week), marked in the grid. */
  selected?: { from: string; to: string };
}) {
  const isSelected = (day: string | null) => !!day && !!selected && day >= selected.from && day <= selected.to;
  const current = selected?.from === selected?.to ? selected?.from : undefined;
  const { from, to } = parseMonth(month);
  const countOf = new Map(counts.map((day) => [day.date, day.count]));
  const lead = (new Date(`${from}T00:00:00Z`).getUTCDay() + 6) % 7;
  const days: (string | null)[] = Array(lead).fill(null);
  for (let day = from; day <= to; day = addDays(day, 1)) days.push(day);
  const weeks = Array.from({ length: Math.ceil(days.length / 7) }, (_, i) => days.slice(i * 7, i * 7 + 7));
  return (
    <table className="calendar">
      <caption>
        <Link href={`/papers/month/${month}`}>{formatMonth(month)}</Link>
      </caption>
      <thead>
        <tr>
          {WEEKDAYS.map((weekday) => (
            <th key={weekday} scope="col" abbr={weekday}>
              {weekday.slice(0, 2)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {weeks.map((week, i) => (
          <tr key={i}>
            {Array.from({ length: 7 }, (_, j) => week[j] ?? null).map((day, j) => {
              const count = day ? countOf.get(day) : undefined;
              return (
                <td key={j} className={isSelected(day) ? "calendar__current" : undefined}>
                  {day && count ? (
                    <Link
                      href={`/papers/date/${day}`}
                      aria-label={`${formatDay(day)}: ${count} papers`}
                      aria-current={day === current ? "date" : undefined}
                    >
                      {Number(day.slice(8))}
                      <span className="calendar__count">{count}</span>
                    </Link>
                  ) : (
                    day && <span className="calendar__empty">{Number(day.slice(8))}</span>
                  )}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
