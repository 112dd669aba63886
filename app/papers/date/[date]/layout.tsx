import { PageProblem } from "@/app/_components/page-problem";
import { parseDay } from "@/lib/papers/periods";

export default async function DayLayout({
  children,
  params,
}: {
  children: React.ReactNode;
  params: Promise<{ date: string }>;
}) {
  const { date } = await params;
  return (
    <>
      <PageProblem check={() => parseDay(decodeURIComponent(date))} />
      {children}
    </>
  );
}
