import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PaperList } from "@/app/_components/paper-list";
import { db } from "@/lib/db";
import { describePeriodLong } from "@/lib/digest/describe-period";
import { isCalendarDate } from "@/lib/digest/digest-period";
import { findBuiltDigest } from "@/lib/digest/find-built-digest";

export const dynamic = "force-dynamic";

interface Props {
  params: Promise<{ date: string }>;
  searchParams: Promise<{ kind?: string | string[] }>;
}

/** The key in the URL, or null for anything that cannot name a digest (which is a 404, not an error). */
async function readKey({ params, searchParams }: Props) {
  const { date } = await params;
  const { kind } = await searchParams;
  if (!isCalendarDate(date)) return null;
  return { date, kind: kind === "weekly" ? ("weekly" as const) : ("daily" as const) };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const key = await readKey(props);
  const digest = key && (await findBuiltDigest(db(), key));
  if (!digest) return { title: "Digest not found" };
  const name = key.kind === "daily" ? "Daily digest" : "Weekly digest";
  return { title: `${name}: ${describePeriodLong(digest.period)}` };
}

/** "View in browser" for a digest email: the papers it held, in its order, as the site shows papers. */
export default async function DigestPage(props: Props) {
  const key = await readKey(props);
  const digest = key && (await findBuiltDigest(db(), key));
  if (!digest) notFound();
  const name = key.kind === "daily" ? "Daily Papers" : "Weekly Papers";
  return (
    <>
      <h1>
        {name} for {describePeriodLong(digest.period)}
      </h1>
      <p className="paper-card__meta">
        The {digest.papers.length} most upvoted papers featured {key.kind === "daily" ? "that day" : "that week"}, as
        mailed in the digest. <Link href="/subscribe">Get it by email</Link>.
      </p>
      <PaperList papers={digest.papers} />
    </>
  );
}
