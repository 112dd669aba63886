import { PeriodPage, periodMetadata } from "@/app/_components/period-page";

// Rendered on first request, then served as cached HTML and re-rendered in the background
// at most every few seconds; the data under it is cached until the next import (data version).
export const revalidate = 5;
export const generateStaticParams = () => [];

export async function generateMetadata({ params }: { params: Promise<{ date: string }> }) {
  return periodMetadata("day", (await params).date);
}

export default async function DayPage({ params }: { params: Promise<{ date: string }> }) {
  return <PeriodPage kind="day" segment={(await params).date} />;
}
