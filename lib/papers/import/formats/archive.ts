import { authorNames, FileFormatError, isObject, type RawRecord } from "@/lib/papers/import/raw-record";

/** An archive: `{ papers: { "<arxiv id>": { title, authors, summary, submittedOnDailyAt, ... } } }`. */
export function readArchive(json: unknown): RawRecord[] {
  if (!isObject(json) || !isObject(json.papers)) {
    throw new FileFormatError('expected { "papers": { "<arxiv id>": {...} } }');
  }
  return Object.entries(json.papers).map(([id, item], index) => {
    const paper = isObject(item) ? item : {};
    return {
      position: index + 1,
      fields: {
        id,
        title: paper.title,
        summary: paper.summary,
        authors: authorNames(paper.authors),
        publishedAt: paper.publishedAt,
        dailyDate: paper.submittedOnDailyAt,
        upvotes: paper.upvotes,
        githubRepo: paper.githubRepo,
        submittedBy: paper.submittedBy,
      },
    };
  });
}
