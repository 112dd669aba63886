import { PeriodPage, periodMetadata } from "@/app/_components/period-page";

// Rendered on first request, then served as cached HTML and re-rendered in the background
// at most every few seconds; the data under it is cached until the next import (data version).
export const revalidate = 5;
export const generateStaticParams = () => [];

export async function generateMetadata({ params }: { params: Promise<{ month: string }> }) {
  return periodMetadata("month", (await params).month);
}

export default async function MonthPage({ params }: { params: Promise<{ month: string }> }) {
  return <PeriodPage kind="month" segment={(await params).month} />;
}
