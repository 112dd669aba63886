import { redirect } from "next/navigation";
import { loadLatestDay } from "@/lib/papers/latest-day";
import { periodHref } from "@/lib/papers/period-links";

export const dynamic = "force-dynamic";

/** The week of the latest featured day. */
export default async function LatestWeekPage() {
  const latest = await loadLatestDay();
  redirect(latest ? periodHref("week", latest) : "/");
}
