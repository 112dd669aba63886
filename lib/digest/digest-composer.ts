import { createBoundedCache } from "@/lib/digest/bounded-cache";
import { composeDigestEmail, type DigestEmail, type DigestReader } from "@/lib/digest/compose-digest-email";
import type { DigestPeriod } from "@/lib/digest/digest-period";
import type { Paper } from "@/lib/papers/paper";

// Stand-ins for what differs between readers of the same selection. They need no HTML
// escaping, so they appear verbatim in both rendered parts and can be swapped for the
// reader's own values.
const STAND_IN = {
  email: "reader.stand-in@digest.invalid",
  unsubscribeUrl: "https://digest.invalid/unsubscribe-stand-in",
  preferencesUrl: "https://digest.invalid/preferences-stand-in",
};

/** About 20 KB each at the default top 10. */
const TEMPLATES_KEPT = 200;

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;" })[c]!);

function personalize(template: DigestEmail, reader: DigestReader): DigestEmail {
  const fill = (text: string, escape: (value: string) => string) =>
    text
      .replaceAll(STAND_IN.email, escape(reader.email))
      .replaceAll(STAND_IN.unsubscribeUrl, escape(reader.unsubscribeUrl))
      .replaceAll(STAND_IN.preferencesUrl, escape(reader.preferencesUrl));
  return { subject: template.subject, html: fill(template.html, escapeHtml), text: fill(template.text, (v) => v) };
}

/**
 * Composes digests for one run, rendering each distinct selection (papers and topics)
 * once and filling in each reader's address and links: rendering is most of the cost
 * of a message, and most readers share a selection.
 */
export function createDigestComposer(period: DigestPeriod, siteUrl: string) {
  const templates = createBoundedCache<DigestEmail>(TEMPLATES_KEPT);
  return async (papers: Paper[], reader: DigestReader): Promise<DigestEmail> => {
    const key = JSON.stringify([papers.map((paper) => paper.id), reader.topics]);
    const template = await templates(key, () =>
      composeDigestEmail(period, papers, { ...STAND_IN, topics: reader.topics }, siteUrl),
    );
    return personalize(template, reader);
  };
}
