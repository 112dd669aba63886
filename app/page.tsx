import { loadPeriodView } from "@/app/_components/period-page";
import { PeriodView } from "@/app/_components/period-view";
import { loadLatestDay } from "@/lib/papers/latest-day";
import { parseDay } from "@/lib/papers/periods";

export const dynamic = "force-dynamic";

/** The latest featured day that has papers. */
export default async function HomePage() {
  const latest = await loadLatestDay();
  if (!latest) {
    return (
      <>
        <h1>Daily Papers</h1>
        <p>
          No papers yet. An admin can add some with <code>npm run seed -- &lt;file&gt;</code>.
        </p>
      </>
    );
  }
  return <PeriodView view={await loadPeriodView(parseDay(latest))} />;
}
