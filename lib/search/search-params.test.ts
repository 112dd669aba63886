import { describe, expect, it } from "vitest";
import { parseSearchParams } from "@/lib/search/search-params";

const parse = (query: string) => parseSearchParams(new URLSearchParams(query));

describe("parseSearchParams", () => {
  it("fills in defaults and keeps what was given", () => {
    expect(parse("q=attention")).toMatchObject({ q: "attention", sort: "relevance", page: 1, p: 0, limit: 20 });
    expect(parse("q=a&sort=date&from=2026-01-01&to=2026-02-01&limit=5&p=2")).toMatchObject({
      sort: "date",
      from: "2026-01-01",
      to: "2026-02-01",
      limit: 5,
      p: 2,
    });
  });

  it("takes the first of repeated parameters and treats empty dates as absent", () => {
    expect(parse("q=one&q=two&from=&to=")).toMatchObject({ q: "one", from: undefined, to: undefined });
  });

  it.each([
    ["q=a&sort=sideways", "sort must be one of relevance, date, upvotes"],
    ["q=a&from=2026-02-30", "from must be a real date, YYYY-MM-DD"],
    ["q=a&to=yesterday", "to must be a real date, YYYY-MM-DD"],
    ["q=a&from=2026-03-01&to=2026-01-01", "from must not be after to"],
    ["q=a&limit=0", "limit must be at least 1"],
    ["q=a&limit=1000", "limit must be at most 100"],
    ["q=a&limit=abc", "limit must be a number"],
    ["q=a&p=-1", "p must be at least 0"],
    ["q=a&p=1.5", "p must be a whole number"],
    ["q=a&page=0", "page must be at least 1"],
    ["q=a&page=99999999999999999999", "page must be at most 1000"],
  ])("refuses %s with a 400 that names the parameter", (query, message) => {
    expect(() => parse(query)).toThrow(expect.objectContaining({ message, status: 400 }));
  });
});
