import { Hr, Link, Text } from "@react-email/components";
import { theme } from "@/emails/components/digest-theme";

export interface DigestFooterProps {
  /** Why this reader gets this email: their address, frequency and topics. */
  reason: string;
  preferencesUrl: string;
  unsubscribeUrl: string;
}

const small = { margin: "0 0 6px", fontSize: "12px", lineHeight: "18px", color: theme.muted };

/** Why you get this, with preferences and one-click unsubscribe links. */
export function DigestFooter({ reason, preferencesUrl, unsubscribeUrl }: DigestFooterProps) {
  return (
    <>
      <Hr style={{ borderColor: theme.border, margin: "20px 0 12px" }} />
      <Text className="dp-muted" style={small}>
        {reason}
      </Text>
      <Text className="dp-muted" style={small}>
        <Link className="dp-link" href={preferencesUrl} style={{ color: theme.accent }}>
          Change preferences
        </Link>
        {" · "}
        <Link className="dp-link" href={unsubscribeUrl} style={{ color: theme.accent }}>
          Unsubscribe
        </Link>
      </Text>
    </>
  );
}
