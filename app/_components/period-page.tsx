import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { periodTitle, PeriodView } from "@/app/_components/period-view";
import { db } from "@/lib/db";
import { browsePeriod } from "@/lib/papers/browse-period";
import { cacheByDataVersion } from "@/lib/papers/cache-by-data-version";
import { parsePeriodOrNull } from "@/lib/papers/parse-period";
import { periodHref } from "@/lib/papers/period-links";
import type { Period } from "@/lib/papers/periods";

const LIMITS = { day: 200, week: 50, month: 100 } as const;

export function loadPeriodView(period: Period) {
  return cacheByDataVersion(`period:${period.key}`, () => browsePeriod(db(), period, { limit: LIMITS[period.kind] }));
}

export function periodMetadata(kind: Period["kind"], segment: string): Metadata {
  const period = parsePeriodOrNull(kind, segment);
  if (!period) return { title: "Page not found" };
  const url = periodHref(kind, period.from);
  return { title: periodTitle(period), alternates: { canonical: url }, openGraph: { title: periodTitle(period), url } };
}

/** The shared body of the day, week and month routes. */
export async function PeriodPage({ kind, segment }: { kind: Period["kind"]; segment: string }) {
  const period = parsePeriodOrNull(kind, segment);
  if (!period) notFound();
  return <PeriodView view={await loadPeriodView(period)} />;
}
