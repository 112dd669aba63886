export type DigestKind = "daily" | "weekly";

/** What one digest covers: `date` is its key (the day, or the Monday of the ISO week). */
export interface DigestPeriod {
  kind: DigestKind;
  date: string;
  from: string;
  to: string;
}

const DAY_MS = 86_400_000;

const toDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const fromDay = (date: string) => Date.parse(`${date}T00:00:00Z`);

export function addDays(date: string, days: number): string {
  return toDay(fromDay(date) + days * DAY_MS);
}

/** True for a real calendar date written YYYY-MM-DD (2026-02-30 is not one). */
export function isCalendarDate(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(fromDay(value)) && toDay(fromDay(value)) === value;
}

/** The Monday of the ISO week (Monday to Sunday) holding `date`. */
export function isoWeekMonday(date: string): string {
  const weekday = new Date(fromDay(date)).getUTCDay();
  return addDays(date, -((weekday + 6) % 7));
}

/** The calendar day it is at `now` on the wall clocks of `timeZone`. */
export function localDate(now: Date, timeZone: string): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
}

/** The period a digest of this kind covers, for any day inside it. */
export function digestPeriod(kind: DigestKind, date: string): DigestPeriod {
  if (kind === "daily") return { kind, date, from: date, to: date };
  const monday = isoWeekMonday(date);
  return { kind, date: monday, from: monday, to: addDays(monday, 6) };
}

/**
 * The period that has just ended at `now` in `timeZone`: yesterday for a daily run, the
 * previous ISO week for a weekly one. Papers keep being featured during the day, so a
 * morning run mails the day that is complete rather than the one that just began.
 */
export function lastCompletePeriod(kind: DigestKind, now: Date, timeZone: string): DigestPeriod {
  const today = localDate(now, timeZone);
  return kind === "daily"
    ? digestPeriod(kind, addDays(today, -1))
    : digestPeriod(kind, addDays(isoWeekMonday(today), -7));
}
