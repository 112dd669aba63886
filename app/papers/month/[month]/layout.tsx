import { PageProblem } from "@/app/_components/page-problem";
import { parseMonth } from "@/lib/papers/periods";

export default async function MonthLayout({
  children,
  params,
}: {
  children: React.ReactNode;
  params: Promise<{ month: string }>;
}) {
  const { month } = await params;
  return (
    <>
      <PageProblem check={() => parseMonth(decodeURIComponent(month))} />
      {children}
    </>
  );
}
