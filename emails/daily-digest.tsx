import { Body, Container, Head, Heading, Html, Link, Preview, Text } from "@react-email/components";
import { EmailFooter, type EmailFooterProps } from "@/emails/components/footer";
import { DigestPaper, type DigestEmailPaper } from "@/emails/components/digest-paper";
import { darkModeCss, theme } from "@/emails/components/digest-theme";

export interface DailyDigestEmailProps {
  /** "Daily Papers for Thursday, December 3, 2026" */
  heading: string;
  /** One line under the heading: what this selection is. */
  intro: string;
  papers: DigestEmailPaper[];
  viewInBrowserUrl: string;
  footer: EmailFooterProps;
}

/** The daily (or weekly) digest: a single-column table layout with inline styles, light and dark. */
export default function DailyDigestEmail({ heading, intro, papers, viewInBrowserUrl, footer }: DailyDigestEmailProps) {
  return (
    <Html lang="en">
      <Head>
        <meta name="color-scheme" content="light dark" />
        <meta name="supported-color-schemes" content="light dark" />
        <style>{darkModeCss}</style>
      </Head>
      <Preview>{papers[0] ? `${papers[0].title}` : heading}</Preview>
      <Body
        className="dp-body"
        style={{ margin: "0", background: theme.background, color: theme.text, fontFamily: theme.font }}
      >
        <Container className="dp-page" style={{ maxWidth: "640px", padding: "16px", background: theme.background }}>
          <Text className="dp-muted" style={{ margin: "0 0 8px", fontSize: "12px", color: theme.muted }}>
            <Link className="dp-link" href={viewInBrowserUrl} style={{ color: theme.accent }}>
              View in browser
            </Link>
          </Text>
          <Heading
            as="h1"
            className="dp-text"
            style={{ margin: "0 0 4px", fontSize: "22px", lineHeight: "30px", color: theme.text }}
          >
            {heading}
          </Heading>
          <Text className="dp-muted" style={{ margin: "0 0 16px", fontSize: "14px", color: theme.muted }}>
            {intro}
          </Text>
          {papers.map((paper, index) => (
            <DigestPaper key={paper.id} paper={paper} rank={index + 1} />
          ))}
          <div className="dp-footer">
            <EmailFooter {...footer} />
          </div>
        </Container>
      </Body>
    </Html>
  );
}

const site = "https://papers.example.org";

DailyDigestEmail.PreviewProps = {
  heading: "Daily Papers for Thursday, December 3, 2026",
  intro: "The 2 most upvoted papers featured on Thursday, December 3.",
  viewInBrowserUrl: `${site}/digests/2026-12-03`,
  papers: [
    {
      id: "2512.01234",
      title: "Scaling Test-Time Compute for Multimodal Reasoning",
      url: `${site}/papers/2512.01234`,
      authors: "Ada Lovelace, Alan Turing, Grace Hopper et al.",
      summary:
        "We show that spending more compute at inference improves multimodal reasoning. A verifier-guided search beats larger models on six benchmarks.",
      upvotes: 212,
      arxivUrl: "https://arxiv.org/abs/2512.01234",
      pdfUrl: "https://arxiv.org/pdf/2512.01234",
      codeUrl: "https://github.com/example/ttc-mm",
    },
    {
      id: "2512.04321",
      title: "Denoising Diffusion for Protein Backbones",
      url: `${site}/papers/2512.04321`,
      authors: "Rosalind Franklin, Linus Pauling",
      summary: "A diffusion model generates designable protein backbones. It runs ten times faster than prior work.",
      upvotes: 87,
      arxivUrl: "https://arxiv.org/abs/2512.04321",
      pdfUrl: "https://arxiv.org/pdf/2512.04321",
      codeUrl: null,
    },
  ],
  footer: {
    reason: "You get this because reader@example.org subscribed to Daily Papers: the daily digest.",
    preferencesUrl: `${site}/preferences?token=preview`,
    unsubscribeUrl: `${site}/unsubscribe?token=preview`,
  },
} satisfies DailyDigestEmailProps;
