import { arxivAbsUrl, arxivPdfUrl, type Paper } from "@/lib/papers/paper";

/** schema.org ScholarlyArticle; `<` is escaped so no title can close the script element. */
export function PaperJsonLd({ paper, url }: { paper: Paper; url: string }) {
  const data = {
    "@context": "https://schema.org",
    "@type": "ScholarlyArticle",
    "@id": url,
    url,
    headline: paper.title.slice(0, 110),
    name: paper.title,
    abstract: paper.summary,
    author: paper.authors.map((name) => ({ "@type": "Person", name })),
    datePublished: paper.publishedAt.toISOString(),
    identifier: { "@type": "PropertyValue", propertyID: "arXiv", value: paper.id },
    sameAs: arxivAbsUrl(paper.id),
    encoding: { "@type": "MediaObject", contentUrl: arxivPdfUrl(paper.id), encodingFormat: "application/pdf" },
    ...(paper.aiKeywords?.length ? { keywords: paper.aiKeywords.join(", ") } : {}),
    interactionStatistic: {
      "@type": "InteractionCounter",
      interactionType: "https://schema.org/LikeAction",
      userInteractionCount: paper.upvotes,
    },
  };
  const json = JSON.stringify(data)
    .replace(/</g, "\\u003c")
    .replace(/\u2028|\u2029/g, " ");
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: json }} />;
}
