import { PageProblem } from "@/app/_components/page-problem";
import { parseWeek } from "@/lib/papers/periods";

export default async function WeekLayout({
  children,
  params,
}: {
  children: React.ReactNode;
  params: Promise<{ week: string }>;
}) {
  const { week } = await params;
  return (
    <>
      <PageProblem check={() => parseWeek(decodeURIComponent(week))} />
      {children}
    </>
  );
}
