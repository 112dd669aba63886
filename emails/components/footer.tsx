import { Hr, Link, Section, Text } from "@react-email/components";

export interface EmailFooterProps {
  /** Why this person gets this mail, in one sentence. */
  reason: string;
  /** Absent in mail to unconfirmed addresses, which are not on the list yet. */
  preferencesUrl?: string;
  unsubscribeUrl?: string;
}

const muted = { color: "#5b6472", fontSize: "13px", lineHeight: "20px", margin: "4px 0" };

/**
 * The footer of every mail: why it came, and (for subscribers) the preferences and
 * unsubscribe links. Link labels are whole strings so the HTML holds them verbatim.
 */
export function EmailFooter({ reason, preferencesUrl, unsubscribeUrl }: EmailFooterProps) {
  return (
    <Section>
      <Hr style={{ borderColor: "#e3e6eb", margin: "24px 0 12px" }} />
      <Text style={muted}>{reason}</Text>
      {preferencesUrl && unsubscribeUrl ? (
        <Text style={muted}>
          <Link href={preferencesUrl} style={{ color: "#1d4ed8" }}>
            Change frequency or topics
          </Link>
          {" · "}
          <Link href={unsubscribeUrl} style={{ color: "#1d4ed8" }}>
            Unsubscribe
          </Link>
        </Text>
      ) : null}
    </Section>
  );
}
