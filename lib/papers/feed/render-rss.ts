import { arxivAbsUrl, type Paper } from "@/lib/papers/paper";

// XML 1.0 forbids most control characters even when escaped: drop them.
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

export function escapeXml(text: string): string {
  return text
    .replace(INVALID_XML, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

export interface FeedChannel {
  title: string;
  description: string;
  /** Absolute URL of the page the feed follows. */
  link: string;
  /** Absolute URL of the feed itself. */
  self: string;
  siteUrl: string;
}

function renderItem(paper: Paper, siteUrl: string): string {
  const link = new URL(`/papers/${paper.id}`, siteUrl).toString();
  const authors =
    paper.authors.length > 8 ? `${paper.authors.slice(0, 8).join(", ")}, et al.` : paper.authors.join(", ");
  const description = `${authors} · ${paper.upvotes} upvotes · ${arxivAbsUrl(paper.id)}\n\n${paper.summary}`;
  const date = paper.dailyDate ? new Date(`${paper.dailyDate}T00:00:00Z`) : paper.publishedAt;
  return [
    "<item>",
    `<title>${escapeXml(paper.title)}</title>`,
    `<link>${escapeXml(link)}</link>`,
    `<guid isPermaLink="true">${escapeXml(link)}</guid>`,
    `<pubDate>${date.toUTCString()}</pubDate>`,
    `<dc:creator>${escapeXml(authors)}</dc:creator>`,
    `<description>${escapeXml(description)}</description>`,
    "</item>",
  ].join("");
}

/** An RSS 2.0 document; every text is escaped, so titles with markup stay text in readers. */
export function renderRss(channel: FeedChannel, papers: Paper[], now = new Date()): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/">',
    "<channel>",
    `<title>${escapeXml(channel.title)}</title>`,
    `<link>${escapeXml(channel.link)}</link>`,
    `<description>${escapeXml(channel.description)}</description>`,
    `<atom:link href="${escapeXml(channel.self)}" rel="self" type="application/rss+xml"/>`,
    `<lastBuildDate>${now.toUTCString()}</lastBuildDate>`,
    ...papers.map((paper) => renderItem(paper, channel.siteUrl)),
    "</channel>",
    "</rss>",
  ].join("\n");
}
