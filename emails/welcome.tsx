import { Body, Container, Head, Heading, Html, Preview, Text } from "@react-email/components";
import { EmailFooter } from "@/emails/components/footer";

export interface WelcomeEmailProps {
  /** "daily" or "weekly". */
  frequency: string;
  topics: string[];
  siteHost: string;
  preferencesUrl: string;
  unsubscribeUrl: string;
}

const text = { color: "#111418", fontSize: "16px", lineHeight: "24px" };

/** Sent once, right after an address is confirmed: what comes next, and how to leave. */
export default function WelcomeEmail({
  frequency,
  topics,
  siteHost,
  preferencesUrl,
  unsubscribeUrl,
}: WelcomeEmailProps) {
  const often = frequency === "weekly" ? "once a week" : "every day";
  const about = topics.length ? `papers about ${topics.join(", ")}` : "the most upvoted new papers";
  const what = `You will get the Daily Papers digest ${often}, with ${about}. The first one comes with the next edition.`;
  const reason = `You get this email because you subscribed to Daily Papers on ${siteHost} and confirmed your address.`;
  return (
    <Html lang="en">
      <Head />
      <Preview>Your Daily Papers subscription is active</Preview>
      <Body style={{ backgroundColor: "#ffffff", fontFamily: "system-ui, -apple-system, Segoe UI, sans-serif" }}>
        <Container style={{ maxWidth: "560px", padding: "24px" }}>
          <Heading as="h1" style={{ fontSize: "22px", color: "#111418" }}>
            You&apos;re subscribed
          </Heading>
          <Text style={text}>{what}</Text>
          <Text style={text}>You can change how often and about what, or leave, with the links below.</Text>
          <EmailFooter reason={reason} preferencesUrl={preferencesUrl} unsubscribeUrl={unsubscribeUrl} />
        </Container>
      </Body>
    </Html>
  );
}

WelcomeEmail.PreviewProps = {
  frequency: "weekly",
  topics: ["diffusion", "agents"],
  siteHost: "papers.example.org",
  preferencesUrl: "https://papers.example.org/preferences?token=cmabc123def456ghi789.signature",
  unsubscribeUrl: "https://papers.example.org/unsubscribe?token=cmabc123def456ghi789.signature",
} satisfies WelcomeEmailProps;
