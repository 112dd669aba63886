import type { Paper as PaperRow } from "@/lib/generated/prisma/client";

/** A paper as the pages, the API, feeds and emails see it. */
export interface Paper {
  id: string;
  title: string;
  summary: string;
  authors: string[];
  publishedAt: Date;
  /** The featured day, YYYY-MM-DD, or null. */
  dailyDate: string | null;
  upvotes: number;
  githubRepo: string | null;
  githubStars: number | null;
  projectPage: string | null;
  thumbnail: string | null;
  submittedBy: string | null;
  submitterFullname: string | null;
  numComments: number | null;
  aiSummary: string | null;
  aiKeywords: string[] | null;
  createdAt: Date;
  updatedAt: Date;
}

/** Rows hold authors and keywords as JSON; the import validated them as string arrays. */
export function toPaper(row: PaperRow): Paper {
  return {
    ...row,
    authors: row.authors as string[],
    aiKeywords: (row.aiKeywords as string[] | null) ?? null,
  };
}

export const arxivAbsUrl = (id: string) => `https://arxiv.org/abs/${id}`;
export const arxivPdfUrl = (id: string) => `https://arxiv.org/pdf/${id}`;
