import type { Metadata } from "next";
import Link from "next/link";
import { notFound, permanentRedirect } from "next/navigation";
import { PaperJsonLd } from "@/app/_components/paper-json-ld";
import { PaperLinks } from "@/app/_components/paper-links";
import { env } from "@/lib/env";
import { formatDay, isoDay } from "@/lib/papers/format-dates";
import { loadPaperView, type PaperView } from "@/lib/papers/load-paper-view";

type Props = { params: Promise<{ id: string[] }> };

async function loadOrNull(params: Props["params"]): Promise<PaperView | null> {
  return loadPaperView((await params).id.join("/")).catch(() => null);
}

// Rendered per request from cached data: unlike day pages there can be 100k of these, too
// many to keep as generated HTML on disk.
export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const view = await loadOrNull(params);
  if (!view) return { title: "Paper not found" };
  const { paper } = view;
  const url = `/papers/${paper.id}`;
  const description = paper.summary.length > 300 ? `${paper.summary.slice(0, 297)}…` : paper.summary;
  return {
    title: paper.title,
    description,
    authors: paper.authors.slice(0, 20).map((name) => ({ name })),
    alternates: { canonical: url },
    openGraph: {
      type: "article",
      url,
      title: paper.title,
      description,
      publishedTime: paper.publishedAt.toISOString(),
      authors: paper.authors.slice(0, 20),
      ...(paper.thumbnail ? { images: [paper.thumbnail] } : {}),
    },
    twitter: { card: paper.thumbnail ? "summary_large_image" : "summary", title: paper.title, description },
  };
}

export default async function PaperPage({ params }: Props) {
  const raw = (await params).id.join("/");
  const view = await loadOrNull(params);
  if (!view) notFound();
  const { paper, similar } = view;
  if (decodeURIComponent(raw) !== paper.id) permanentRedirect(`/papers/${paper.id}`);
  return (
    <article className="paper" aria-labelledby="paper-title">
      <PaperJsonLd paper={paper} url={new URL(`/papers/${paper.id}`, env().SITE_URL).toString()} />
      <p className="paper__id">arXiv:{paper.id}</p>
      <h1 id="paper-title">{paper.title}</h1>
      <p className="paper__authors">{paper.authors.join(", ")}</p>
      <dl className="paper__facts">
        <div>
          <dt>Published on arXiv</dt>
          <dd>
            <time dateTime={isoDay(paper.publishedAt)}>{formatDay(paper.publishedAt)}</time>
          </dd>
        </div>
        {paper.dailyDate && (
          <div>
            <dt>Featured</dt>
            <dd>
              <Link href={`/papers/date/${paper.dailyDate}`}>{formatDay(paper.dailyDate)}</Link>
            </dd>
          </div>
        )}
        <div>
          <dt>Upvotes</dt>
          <dd>{paper.upvotes}</dd>
        </div>
        {paper.submittedBy && (
          <div>
            <dt>Submitted by</dt>
            <dd>{paper.submitterFullname ?? paper.submittedBy}</dd>
          </div>
        )}
        {paper.numComments !== null && (
          <div>
            <dt>Comments</dt>
            <dd>{paper.numComments}</dd>
          </div>
        )}
      </dl>
      <PaperLinks paper={paper} />
      <h2>Abstract</h2>
      <p className="paper__abstract">{paper.summary}</p>
      {paper.aiSummary && (
        <>
          <h2>AI summary</h2>
          <p>{paper.aiSummary}</p>
        </>
      )}
      {paper.aiKeywords && paper.aiKeywords.length > 0 && (
        <>
          <h2>Keywords</h2>
          <ul className="keywords">
            {paper.aiKeywords.map((keyword) => (
              <li key={keyword}>
                <Link href={`/search?q=${encodeURIComponent(`"${keyword}"`)}`}>{keyword}</Link>
              </li>
            ))}
          </ul>
        </>
      )}
      <section aria-labelledby="similar-title" className="similar">
        <h2 id="similar-title">Similar papers</h2>
        {similar.length === 0 ? (
          <p>No similar papers yet.</p>
        ) : (
          <ol className="similar__list">
            {similar.map((other) => (
              <li key={other.id}>
                <Link href={`/papers/${other.id}`} prefetch={false}>
                  {other.title}
                </Link>
                <span className="similar__meta">
                  {" "}
                  · {other.authors.length} {other.authors.length === 1 ? "author" : "authors"} ·{" "}
                  {formatDay(other.publishedAt)} · {other.upvotes} upvotes
                </span>
              </li>
            ))}
          </ol>
        )}
      </section>
    </article>
  );
}
