import { authorNames, FileFormatError, isObject, type RawRecord } from "@/lib/papers/import/raw-record";

/** The Hugging Face `/api/daily_papers` response: `[{ paper: {...}, title, thumbnail, submittedBy, ... }]`. */
export function readHfApi(json: unknown): RawRecord[] {
  if (!Array.isArray(json)) throw new FileFormatError("expected a JSON array of daily_papers items");
  return json.map((item, index) => {
    const entry = isObject(item) ? item : {};
    const paper = isObject(entry.paper) ? entry.paper : {};
    const submitter = isObject(entry.submittedBy) ? entry.submittedBy : {};
    return {
      position: index + 1,
      fields: {
        id: paper.id,
        title: paper.title ?? entry.title,
        summary: paper.summary ?? entry.summary,
        authors: authorNames(paper.authors),
        publishedAt: paper.publishedAt ?? entry.publishedAt,
        dailyDate: paper.submittedOnDailyAt,
        upvotes: paper.upvotes,
        githubRepo: paper.githubRepo,
        githubStars: paper.githubStars,
        projectPage: paper.projectPage,
        thumbnail: entry.thumbnail,
        numComments: entry.numComments,
        submittedBy: submitter.name,
        submitterFullname: submitter.fullname,
        aiSummary: paper.ai_summary,
        aiKeywords: paper.ai_keywords,
      },
    };
  });
}
