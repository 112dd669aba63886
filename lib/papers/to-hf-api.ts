import type { Paper } from "@/lib/papers/paper";

/** The featured day as the Hugging Face API writes it: a timestamp. */
const dailyTimestamp = (paper: Paper) => (paper.dailyDate ? `${paper.dailyDate}T00:00:00.000Z` : null);

/** A paper in the Hugging Face `/api/papers/<id>` shape (import format 1 reads it back). */
export function toHfPaper(paper: Paper) {
  return {
    id: paper.id,
    authors: paper.authors.map((name) => ({ name, hidden: false })),
    publishedAt: paper.publishedAt.toISOString(),
    submittedOnDailyAt: dailyTimestamp(paper),
    title: paper.title,
    summary: paper.summary,
    upvotes: paper.upvotes,
    githubRepo: paper.githubRepo,
    githubStars: paper.githubStars,
    projectPage: paper.projectPage,
    ai_summary: paper.aiSummary,
    ai_keywords: paper.aiKeywords,
  };
}

/** One item of the Hugging Face `/api/daily_papers` list. */
export function toHfDailyItem(paper: Paper) {
  return {
    paper: toHfPaper(paper),
    publishedAt: dailyTimestamp(paper) ?? paper.publishedAt.toISOString(),
    title: paper.title,
    summary: paper.summary,
    thumbnail: paper.thumbnail,
    numComments: paper.numComments ?? 0,
    submittedBy: paper.submittedBy ? { name: paper.submittedBy, fullname: paper.submitterFullname } : null,
    isAuthorParticipating: false,
  };
}
