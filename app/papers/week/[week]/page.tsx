import { PeriodPage, periodMetadata } from "@/app/_components/period-page";

export async function generateMetadata({ params }: { params: Promise<{ week: string }> }) {
  return periodMetadata("week", (await params).week);
}

export default async function WeekPage({ params }: { params: Promise<{ week: string }> }) {
  return <PeriodPage kind="week" segment={(await params).week} />;
}
