import { Link, Section, Text } from "@react-email/components";
import { theme } from "@/emails/components/digest-theme";

export interface DigestEmailPaper {
  id: string;
  title: string;
  /** The paper's page on this site. */
  url: string;
  /** The first authors, "A, B, C et al." */
  authors: string;
  /** Two sentences: the AI summary when there is one, else the abstract's opening. */
  summary: string;
  upvotes: number;
  arxivUrl: string;
  pdfUrl: string;
  codeUrl: string | null;
}

const link = { color: theme.accent, textDecoration: "none" };
const small = { margin: "0", fontSize: "13px", lineHeight: "20px", color: theme.muted };

/** One paper as a card; plain-text readers get the same order: title, authors, summary, links. */
export function DigestPaper({ paper, rank }: { paper: DigestEmailPaper; rank: number }) {
  const links = [
    { label: "arXiv", href: paper.arxivUrl },
    { label: "PDF", href: paper.pdfUrl },
    ...(paper.codeUrl ? [{ label: "Code", href: paper.codeUrl }] : []),
  ];
  return (
    <Section
      className="dp-card"
      style={{
        background: theme.card,
        border: `1px solid ${theme.border}`,
        borderRadius: "8px",
        padding: "14px 16px",
        margin: "0 0 12px",
      }}
    >
      <Text className="dp-text" style={{ margin: "0 0 4px", fontSize: "17px", lineHeight: "24px", fontWeight: 600 }}>
        {`${rank}. `}
        <Link className="dp-link" href={paper.url} style={link}>
          {paper.title}
        </Link>
      </Text>
      <Text className="dp-muted" style={small}>
        {paper.authors}
      </Text>
      <Text className="dp-text" style={{ margin: "8px 0", fontSize: "15px", lineHeight: "22px", color: theme.text }}>
        {paper.summary}
      </Text>
      <Text className="dp-muted" style={small}>
        {`▲ ${paper.upvotes} upvotes`}
        {links.map(({ label, href }) => (
          <span key={label}>
            {" · "}
            <Link className="dp-link" href={href} style={link}>
              {label}
            </Link>
          </span>
        ))}
      </Text>
    </Section>
  );
}
