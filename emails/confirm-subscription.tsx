import { Body, Button, Container, Head, Heading, Html, Link, Preview, Text } from "@react-email/components";
import { EmailFooter } from "@/emails/components/footer";

export interface ConfirmSubscriptionEmailProps {
  confirmUrl: string;
  /** "daily" or "weekly". */
  frequency: string;
  /** When the link stops working, already formatted for the reader. */
  expiresOn: string;
  /** The site's host name, to say where the address was entered. */
  siteHost: string;
}

const text = { color: "#111418", fontSize: "16px", lineHeight: "24px" };

/** The double opt-in mail: the only mail an unconfirmed address ever gets. */
export default function ConfirmSubscriptionEmail({
  confirmUrl,
  frequency,
  expiresOn,
  siteHost,
}: ConfirmSubscriptionEmailProps) {
  const digest = frequency === "weekly" ? "weekly digest" : "daily digest";
  const request = `Someone, hopefully you, asked for the Daily Papers ${digest} to be sent to this address.`;
  const until = `Until you confirm, we will send you nothing else. The link works until ${expiresOn}.`;
  const reason = `You get this email because this address was entered on ${siteHost}. If that was not you, ignore it: without a confirmation you will not hear from us again.`;
  return (
    <Html lang="en">
      <Head />
      <Preview>Confirm your Daily Papers subscription</Preview>
      <Body style={{ backgroundColor: "#ffffff", fontFamily: "system-ui, -apple-system, Segoe UI, sans-serif" }}>
        <Container style={{ maxWidth: "560px", padding: "24px" }}>
          <Heading as="h1" style={{ fontSize: "22px", color: "#111418" }}>
            Confirm your subscription
          </Heading>
          <Text style={text}>{request}</Text>
          <Button
            href={confirmUrl}
            style={{ backgroundColor: "#1d4ed8", color: "#ffffff", padding: "12px 20px", borderRadius: "8px" }}
          >
            Confirm my subscription
          </Button>
          <Text style={text}>{until}</Text>
          <Text style={{ ...text, fontSize: "14px" }}>
            If the button does not work, open this link: <Link href={confirmUrl}>{confirmUrl}</Link>
          </Text>
          <EmailFooter reason={reason} />
        </Container>
      </Body>
    </Html>
  );
}

ConfirmSubscriptionEmail.PreviewProps = {
  confirmUrl: "https://papers.example.org/subscribe/confirm?token=Zm9vYmFyYmF6cXV4cXV1eGNvcmdlZ3JhdWx0Z2FycGx5",
  frequency: "daily",
  expiresOn: "11 December 2026",
  siteHost: "papers.example.org",
} satisfies ConfirmSubscriptionEmailProps;
