import { PeriodPage, periodMetadata } from "@/app/_components/period-page";

export async function generateMetadata({ params }: { params: Promise<{ month: string }> }) {
  return periodMetadata("month", (await params).month);
}

export default async function MonthPage({ params }: { params: Promise<{ month: string }> }) {
  return <PeriodPage kind="month" segment={(await params).month} />;
}
