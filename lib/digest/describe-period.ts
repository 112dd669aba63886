import type { DigestPeriod } from "@/lib/digest/digest-period";

const format = (date: string, options: Intl.DateTimeFormatOptions) =>
  new Intl.DateTimeFormat("en-US", { timeZone: "UTC", ...options }).format(new Date(`${date}T00:00:00Z`));

/** "Thursday, December 3, 2026" or "November 30 – December 6, 2026": for headings. */
export function describePeriodLong(period: DigestPeriod): string {
  if (period.kind === "daily") return format(period.date, { dateStyle: "full" });
  return `${format(period.from, { month: "long", day: "numeric" })} – ${format(period.to, { dateStyle: "long" })}`;
}

/** "Thu, Dec 3, 2026" or "Nov 30 – Dec 6, 2026": short enough for a subject line. */
export function describePeriodShort(period: DigestPeriod): string {
  if (period.kind === "daily")
    return format(period.date, { weekday: "short", month: "short", day: "numeric", year: "numeric" });
  return `${format(period.from, { month: "short", day: "numeric" })} – ${format(period.to, { dateStyle: "medium" })}`;
}
