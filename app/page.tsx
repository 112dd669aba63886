import { db } from "@/lib/db";
import { findLatestDailyDate, listDailyPapers } from "@/lib/papers/list-daily-papers";

export const dynamic = "force-dynamic";

export default async function HomePage() {
  const date = await findLatestDailyDate(db());
  if (!date)
    return (
      <p>
        No papers yet. An admin can add some with <code>npm run seed -- &lt;file&gt;</code>.
      </p>
    );
  const papers = await listDailyPapers(db(), { from: date });
  return (
    <>
      <h1>Daily Papers for {date}</h1>
      <ol className="paper-list">
        {papers.map((paper) => (
          <li key={paper.id} className="paper-card">
            <h2>{paper.title}</h2>
            <p className="paper-card__meta">
              {paper.authors.length} authors · {paper.upvotes} upvotes
            </p>
          </li>
        ))}
      </ol>
    </>
  );
}
