import { describe, expect, it } from "vitest";
import { composeDigestEmail } from "@/lib/digest/compose-digest-email";
import { createDigestComposer } from "@/lib/digest/digest-composer";
import { digestPeriod } from "@/lib/digest/digest-period";
import { makeTestPaperView } from "@/lib/papers/make-test-paper";
import type { Paper } from "@/lib/papers/paper";

const paper = (i: number): Paper =>
  makeTestPaperView({
    id: `2612.0000${i}`,
    title: `Paper <${i}> & "friends"`,
    summary: "One sentence. Two sentences. Three.",
    publishedAt: new Date("2026-12-01T00:00:00Z"),
    dailyDate: "2026-12-03",
    upvotes: 10 - i,
  });

describe("createDigestComposer", () => {
  it("gives each reader exactly what rendering for them alone would", async () => {
    const period = digestPeriod("daily", "2026-12-03");
    const papers = [paper(1), paper(2)];
    const compose = createDigestComposer(period, "https://papers.example.org");
    for (const reader of [
      {
        email: "o'brien&co@example.org",
        topics: [],
        unsubscribeUrl: "https://x.org/u?token=a.b",
        preferencesUrl: "https://x.org/p?token=c.d",
      },
      {
        email: "second@example.org",
        topics: ["diffusion"],
        unsubscribeUrl: "https://x.org/u?token=e.f",
        preferencesUrl: "https://x.org/p?token=g.h",
      },
    ]) {
      const direct = await composeDigestEmail(period, papers, reader, "https://papers.example.org");
      expect(await compose(papers, reader)).toEqual(direct);
    }
  });
});
