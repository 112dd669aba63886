import { describe, expect, it } from "vitest";
import { render } from "@react-email/render";
import ConfirmSubscriptionEmail from "@/emails/confirm-subscription";
import WelcomeEmail from "@/emails/welcome";

describe("subscription emails", () => {
  it("the confirmation mail carries its link whole in both parts, and no unsubscribe link", async () => {
    const props = ConfirmSubscriptionEmail.PreviewProps;
    const email = <ConfirmSubscriptionEmail {...props} />;
    const [html, text] = await Promise.all([render(email), render(email, { plainText: true })]);
    expect(html).toContain(`href="${props.confirmUrl}"`);
    expect(text).toContain(props.confirmUrl);
    expect(text).toContain("The link works until 11 December 2026.");
    expect(text).toContain("If that was not you, ignore it");
    expect(html).not.toMatch(/unsubscribe/i);
  });

  it("the welcome mail links to preferences and unsubscribe in both parts", async () => {
    const props = WelcomeEmail.PreviewProps;
    const email = <WelcomeEmail {...props} />;
    const [html, text] = await Promise.all([render(email), render(email, { plainText: true })]);
    for (const url of [props.preferencesUrl, props.unsubscribeUrl]) {
      expect(html).toContain(`href="${url}"`);
      expect(text).toContain(url);
    }
    expect(text).toContain("once a week, with papers about diffusion, agents");
  });
});
