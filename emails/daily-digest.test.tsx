import { describe, expect, it } from "vitest";
import { composeDigestEmail, digestSubject } from "@/lib/digest/compose-digest-email";
import { digestPeriod } from "@/lib/digest/digest-period";
import { makeTestPaperView } from "@/lib/papers/make-test-paper";
import type { Paper } from "@/lib/papers/paper";

const MAX_TOP_N = 50; // lib/env.ts caps DIGEST_TOP_N here
const GMAIL_CLIP_BYTES = 102 * 1024;

/** A paper as long as real ones get: a long title, many authors, a long AI summary. */
function longPaper(i: number): Paper {
  const id = `2512.${String(10000 + i)}`;
  return makeTestPaperView({
    id,
    title: `A Very Long Title About Scaling Multimodal Reasoning With Verifier-Guided Search, Part ${i} & "More"`,
    summary: "Abstract. ".repeat(200),
    authors: Array.from({ length: 40 }, (_, a) => `Author Number${a} Surname-Hyphenated`),
    publishedAt: new Date("2026-12-01T00:00:00Z"),
    dailyDate: "2026-12-03",
    upvotes: 1000 - i,
    githubRepo: `https://github.com/example-organisation/a-fairly-long-repository-name-${i}`,
    aiSummary: `${"This sentence describes the method in some detail, with many words to fill space. ".repeat(2)}A third is dropped.`,
  });
}

const reader = {
  email: "reader@example.org",
  topics: ["diffusion", "reasoning"],
  unsubscribeUrl: "https://papers.example.org/unsubscribe?token=abc.def",
  preferencesUrl: "https://papers.example.org/preferences?token=abc.ghi",
};
const period = digestPeriod("daily", "2026-12-03");

describe("the digest email", () => {
  it("stays under Gmail's 102 KB clipping limit with the largest top N and long papers", async () => {
    const papers = Array.from({ length: MAX_TOP_N }, (_, i) => longPaper(i));
    const email = await composeDigestEmail(period, papers, reader, "https://papers.example.org");
    const bytes = Buffer.byteLength(email.html, "utf8");
    expect(bytes).toBeLessThan(GMAIL_CLIP_BYTES);
    expect(email.html.match(/class="dp-card"/g)).toHaveLength(MAX_TOP_N);
  });

  it("has a table layout, inline styles, dark-mode rules, and every link in both parts", async () => {
    const email = await composeDigestEmail(period, [longPaper(1), longPaper(2)], reader, "https://papers.example.org");
    expect(email.html).toContain('role="presentation"');
    expect(email.html).toContain('<meta name="color-scheme" content="light dark"');
    expect(email.html).toContain("@media (prefers-color-scheme:dark)");
    expect(email.html).toMatch(/<td[^>]*style="/);
    for (const part of [email.html, email.text]) {
      expect(part).toContain("https://papers.example.org/digests/2026-12-03");
      expect(part).toContain("https://papers.example.org/papers/2512.10001");
      expect(part).toContain("https://arxiv.org/abs/2512.10001");
      expect(part).toContain("https://arxiv.org/pdf/2512.10001");
      expect(part).toContain("https://github.com/example-organisation/a-fairly-long-repository-name-1");
      expect(part).toContain("https://papers.example.org/unsubscribe?token=abc.def");
      expect(part).toContain("https://papers.example.org/preferences?token=abc.ghi");
    }
    expect(email.text.toLowerCase()).toContain("daily papers for thursday, december 3, 2026");
    expect(email.text).toContain(
      "Author Number0 Surname-Hyphenated, Author Number1 Surname-Hyphenated, Author Number2 Surname-Hyphenated et al.",
    );
    expect(email.text).toContain("many words to fill space. This sentence");
    expect(email.text).not.toContain("A third is dropped");
    expect(email.text).toContain("▲ 999 upvotes");
    expect(email.text).toContain(
      "reader@example.org subscribed to Daily Papers: the daily digest, papers on diffusion, reasoning.",
    );
  });

  it("names the date and the top paper in the subject", () => {
    expect(digestSubject(period, longPaper(0))).toMatch(/^Daily Papers, Thu, Dec 3, 2026: A Very Long Title .*…$/);
    expect(digestSubject(digestPeriod("weekly", "2026-12-03"), { ...longPaper(0), title: "Short" })).toBe(
      "Weekly Papers, Nov 30 – Dec 6, 2026: Short",
    );
  });
});
