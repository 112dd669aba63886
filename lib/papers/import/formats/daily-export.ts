import { authorNames, FileFormatError, isObject, type RawRecord } from "@/lib/papers/import/raw-record";

/** A daily export: `{ date, papers: [{ id, title, authors: [names], summary, ... }] }`; `date` is the featured day. */
export function readDailyExport(json: unknown): RawRecord[] {
  if (!isObject(json) || !Array.isArray(json.papers)) {
    throw new FileFormatError('expected { "date": "YYYY-MM-DD", "papers": [...] }');
  }
  return json.papers.map((item, index) => {
    const paper = isObject(item) ? item : {};
    return {
      position: index + 1,
      fields: {
        id: paper.id,
        title: paper.title,
        summary: paper.summary,
        authors: authorNames(paper.authors),
        publishedAt: paper.publishedAt,
        dailyDate: json.date,
        upvotes: paper.upvotes,
        githubRepo: paper.githubRepo,
      },
    };
  });
}
