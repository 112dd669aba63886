import { PeriodPage, periodMetadata } from "@/app/_components/period-page";

export async function generateMetadata({ params }: { params: Promise<{ date: string }> }) {
  return periodMetadata("day", (await params).date);
}

export default async function DayPage({ params }: { params: Promise<{ date: string }> }) {
  return <PeriodPage kind="day" segment={(await params).date} />;
}
