const dayFormat = new Intl.DateTimeFormat("en-US", {
  month: "short",
  day: "numeric",
  year: "numeric",
  timeZone: "UTC",
});
const longDayFormat = new Intl.DateTimeFormat("en-US", {
  weekday: "long",
  month: "long",
  day: "numeric",
  year: "numeric",
  timeZone: "UTC",
});
const monthFormat = new Intl.DateTimeFormat("en-US", { month: "long", year: "numeric", timeZone: "UTC" });

const monthDayFormat = new Intl.DateTimeFormat("en-US", { month: "short", day: "numeric", timeZone: "UTC" });

const asDate = (day: string | Date) => (typeof day === "string" ? new Date(`${day}T00:00:00Z`) : day);

/** "Jun 1, 2026": dates are UTC days everywhere, so a page reads the same in every timezone. */
export const formatDay = (day: string | Date) => dayFormat.format(asDate(day));
/** "Jun 1", for spans whose year is said once. */
export const formatMonthDay = (day: string) => monthDayFormat.format(asDate(day));
/** "Monday, June 1, 2026". */
export const formatLongDay = (day: string) => longDayFormat.format(asDate(day));
/** "June 2026" from YYYY-MM or YYYY-MM-DD. */
export const formatMonth = (month: string) => monthFormat.format(asDate(`${month.slice(0, 7)}-01`));
/** YYYY-MM-DD of a timestamp, in UTC. */
export const isoDay = (date: Date) => date.toISOString().slice(0, 10);
