import Link from "next/link";
import { MarkedText } from "@/app/_components/marked-text";
import { PaperLinks } from "@/app/_components/paper-links";
import { excerptOf } from "@/lib/papers/excerpt";
import { formatDay, isoDay } from "@/lib/papers/format-dates";
import type { Paper } from "@/lib/papers/paper";

const SHOWN_AUTHORS = 3;

export interface CardHighlight {
  title: string;
  snippet: string;
}

/**
 * One paper in a list, as on the reference page: title, authors, abstract, date, upvotes.
 * Titles are not prefetched: a day lists up to 200 papers, and a visit should not cost
 * the server a request for each one in view.
 */
export function PaperCard({ paper, highlight }: { paper: Paper; highlight?: CardHighlight }) {
  const excerpt = highlight ? null : excerptOf(paper.summary);
  const shown = paper.authors.slice(0, SHOWN_AUTHORS).join(", ");
  return (
    <article className="paper-card" aria-labelledby={`title-${paper.id}`}>
      <p className="paper-card__upvotes">
        <span aria-hidden="true">▲</span>
        <span>{paper.upvotes}</span>
        <span className="visually-hidden"> upvotes</span>
      </p>
      <div className="paper-card__body">
        <h2 id={`title-${paper.id}`} className="paper-card__title">
          <Link href={`/papers/${paper.id}`} prefetch={false}>
            {highlight ? <MarkedText text={highlight.title} /> : paper.title}
          </Link>
        </h2>
        <p className="paper-card__authors">
          {shown}
          {paper.authors.length > SHOWN_AUTHORS && ", …"} · {paper.authors.length}{" "}
          {paper.authors.length === 1 ? "author" : "authors"}
        </p>
        {highlight ? (
          <p className="paper-card__abstract">
            <MarkedText text={highlight.snippet} />
          </p>
        ) : excerpt ? (
          // The rest of the abstract follows the excerpt in place when opened; no text is sent twice.
          <div className="paper-card__abstract">
            {excerpt.head}
            <details className="paper-card__more">
              <summary>
                <span aria-hidden="true">… </span>more<span className="visually-hidden"> of the abstract</span>
              </summary>
              {excerpt.tail}
            </details>
          </div>
        ) : (
          <p className="paper-card__abstract">{paper.summary}</p>
        )}
        <div className="paper-card__meta">
          <span>
            Published <time dateTime={isoDay(paper.publishedAt)}>{formatDay(paper.publishedAt)}</time>
          </span>
          {paper.submittedBy && <span>Submitted by {paper.submitterFullname ?? paper.submittedBy}</span>}
          <PaperLinks paper={paper} />
        </div>
      </div>
    </article>
  );
}
