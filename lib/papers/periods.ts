import { DomainError } from "@/lib/errors";

/** A span of featured days, inclusive, as YYYY-MM-DD strings (which sort as dates). */
export interface Period {
  kind: "day" | "week" | "month";
  /** The canonical label: 2026-06-01, 2026-W23, 2026-06. */
  key: string;
  from: string;
  to: string;
}

const DAY_MS = 86_400_000;

const toDay = (date: Date) => date.toISOString().slice(0, 10);
const fromDay = (day: string) => new Date(`${day}T00:00:00Z`);

export const addDays = (day: string, days: number) => toDay(new Date(fromDay(day).getTime() + days * DAY_MS));

/** A wrong period is a 404: the page of a date that does not exist does not exist. */
const invalid = (message: string) => new DomainError(message, 404);

export function parseDay(input: string): Period {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(input);
  if (!match) throw invalid(`"${input.slice(0, 40)}" is not a date: write it as YYYY-MM-DD, e.g. 2026-06-01.`);
  const [year, month, day] = match.slice(1).map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  if (year < 1000 || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    throw invalid(`${input} is not a day on the calendar.`);
  }
  return { kind: "day", key: input, from: input, to: input };
}

/** Monday of ISO week 1: the week that holds the year's first Thursday (so also January 4). */
function firstIsoMonday(year: number): Date {
  const jan4 = new Date(Date.UTC(year, 0, 4));
  return new Date(jan4.getTime() - ((jan4.getUTCDay() + 6) % 7) * DAY_MS);
}

export function parseWeek(input: string): Period {
  const match = /^(\d{4})-W(\d{2})$/.exec(input);
  if (!match) throw invalid(`"${input.slice(0, 40)}" is not an ISO week: write it as YYYY-Www, e.g. 2026-W23.`);
  const [year, week] = match.slice(1).map(Number);
  const monday = new Date(firstIsoMonday(year).getTime() + (week - 1) * 7 * DAY_MS);
  const thursday = new Date(monday.getTime() + 3 * DAY_MS);
  if (year < 1000 || week < 1 || thursday.getUTCFullYear() !== year) {
    throw invalid(`${year} has no week ${week}: ISO years have 52 or 53 weeks.`);
  }
  return { kind: "week", key: input, from: toDay(monday), to: addDays(toDay(monday), 6) };
}

export function parseMonth(input: string): Period {
  const match = /^(\d{4})-(\d{2})$/.exec(input);
  if (!match) throw invalid(`"${input.slice(0, 40)}" is not a month: write it as YYYY-MM, e.g. 2026-06.`);
  const [year, month] = match.slice(1).map(Number);
  if (year < 1000 || month < 1 || month > 12) throw invalid(`${input} is not a month on the calendar.`);
  const last = new Date(Date.UTC(year, month, 0));
  return { kind: "month", key: input, from: `${input}-01`, to: toDay(last) };
}

/** The ISO week (YYYY-Www) a day falls in. */
export function weekOf(day: string): string {
  const date = fromDay(day);
  const thursday = new Date(date.getTime() + (3 - ((date.getUTCDay() + 6) % 7)) * DAY_MS);
  const year = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - firstIsoMonday(year).getTime()) / (7 * DAY_MS)) + 1;
  return `${year}-W${String(week).padStart(2, "0")}`;
}

export const monthOf = (day: string) => day.slice(0, 7);

/** The period of the same kind that contains a day. */
export function periodContaining(kind: Period["kind"], day: string): Period {
  if (kind === "week") return parseWeek(weekOf(day));
  if (kind === "month") return parseMonth(monthOf(day));
  return parseDay(day);
}
