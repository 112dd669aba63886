import { redirect } from "next/navigation";
import { loadLatestDay } from "@/lib/papers/latest-day";

/** The target of the jump-to-day form (?date=YYYY-MM-DD), and of /papers/date alone (the latest day). */
export default async function JumpToDayPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { date } = await searchParams;
  if (typeof date === "string" && date.trim()) redirect(`/papers/date/${encodeURIComponent(date.trim())}`);
  const latest = await loadLatestDay();
  redirect(latest ? `/papers/date/${latest}` : "/");
}
