import { createElement } from "react";
import { render } from "@react-email/render";
import DailyDigestEmail, { type DailyDigestEmailProps } from "@/emails/daily-digest";
import type { DigestPeriod } from "@/lib/digest/digest-period";
import { describePeriodLong, describePeriodShort } from "@/lib/digest/describe-period";
import { digestPageUrl, paperPageUrl } from "@/lib/digest/digest-links";
import { firstTwoSentences } from "@/lib/digest/two-sentences";
import { arxivAbsUrl, arxivPdfUrl, type Paper } from "@/lib/papers/paper";

export interface DigestReader {
  email: string;
  topics: string[];
  unsubscribeUrl: string;
  preferencesUrl: string;
}

export interface DigestEmail {
  subject: string;
  html: string;
  text: string;
}

const TITLE_IN_SUBJECT = 90;
const FIRST_AUTHORS = 3;

function shorten(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).replace(/\s+\S*$/, "")}…`;
}

const listName = (kind: DigestPeriod["kind"]) => (kind === "daily" ? "Daily Papers" : "Weekly Papers");

/** "Daily Papers, Thu, Dec 3, 2026: <top paper>": the date and the paper most worth opening for. */
export function digestSubject(period: DigestPeriod, topPaper: Paper): string {
  return `${listName(period.kind)}, ${describePeriodShort(period)}: ${shorten(topPaper.title, TITLE_IN_SUBJECT)}`;
}

function introLine(period: DigestPeriod, count: number, topics: string[]): string {
  const what = count === 1 ? "The most upvoted paper" : `The ${count} most upvoted papers`;
  const matching = topics.length ? ` matching your topics (${topics.join(", ")})` : "";
  const when = period.kind === "daily" ? "featured that day" : "featured that week";
  return `${what}${matching}, ${when}.`;
}

function emailProps(
  period: DigestPeriod,
  papers: Paper[],
  reader: DigestReader,
  siteUrl: string,
): DailyDigestEmailProps {
  const frequency = period.kind === "daily" ? "daily" : "weekly";
  const topics = reader.topics.length ? `, papers on ${reader.topics.join(", ")}` : "";
  return {
    heading: `${listName(period.kind)} for ${describePeriodLong(period)}`,
    intro: introLine(period, papers.length, reader.topics),
    viewInBrowserUrl: digestPageUrl(siteUrl, period),
    papers: papers.map((paper) => ({
      id: paper.id,
      title: paper.title,
      url: paperPageUrl(siteUrl, paper.id),
      authors:
        paper.authors.slice(0, FIRST_AUTHORS).join(", ") + (paper.authors.length > FIRST_AUTHORS ? " et al." : ""),
      summary: firstTwoSentences(paper.aiSummary ?? paper.summary),
      upvotes: paper.upvotes,
      arxivUrl: arxivAbsUrl(paper.id),
      pdfUrl: arxivPdfUrl(paper.id),
      codeUrl: paper.githubRepo,
    })),
    footer: {
      reason: `You get this because ${reader.email} subscribed to Daily Papers: the ${frequency} digest${topics}.`,
      preferencesUrl: reader.preferencesUrl,
      unsubscribeUrl: reader.unsubscribeUrl,
    },
  };
}

/** Subject, HTML and plain text of one reader's digest (papers already chosen for them). */
export async function composeDigestEmail(
  period: DigestPeriod,
  papers: Paper[],
  reader: DigestReader,
  siteUrl: string,
): Promise<DigestEmail> {
  const element = createElement(DailyDigestEmail, emailProps(period, papers, reader, siteUrl));
  const [html, text] = await Promise.all([render(element), render(element, { plainText: true })]);
  return { subject: digestSubject(period, papers[0]), html, text };
}
