import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { renderRss } from "@/lib/papers/feed/render-rss";
import { makeTestPaper } from "@/lib/papers/make-test-paper";
import type { Paper } from "@/lib/papers/paper";

const paper = {
  ...makeTestPaper({ id: "2601.00077", title: "<script>alert(1)</script> & Friends", dailyDate: "2026-01-02" }),
  summary: "Less < more & \"quotes\" 'apostrophes' \u0001control",
  authors: ["Ada & Co"],
  publishedAt: new Date("2026-01-01T00:00:00Z"),
} as unknown as Paper;

const channel = {
  title: "Daily Papers: a & b",
  description: "Latest",
  link: "http://127.0.0.1/",
  self: "http://127.0.0.1/feed.xml?q=a&b",
  siteUrl: "http://127.0.0.1",
};

describe("renderRss", () => {
  it("produces valid XML in which markup and ampersands in papers come back as the same text", () => {
    const xml = renderRss(channel, [paper]);
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).not.toContain("<script>");
    const item = new XMLParser({ processEntities: true }).parse(xml).rss.channel.item;
    expect(item.title).toBe("<script>alert(1)</script> & Friends");
    expect(item.description).toContain("Less < more & \"quotes\" 'apostrophes' control");
    expect(item.link).toBe("http://127.0.0.1/papers/2601.00077");
  });
});
