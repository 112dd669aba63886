import { describe, expect, it } from "vitest";
import { parseDailyPapersParams } from "@/lib/papers/daily-papers-params";

const parse = (query: string) => parseDailyPapersParams(new URLSearchParams(query));

describe("parseDailyPapersParams", () => {
  it("reads a day, an ISO week or a month as a span of featured days", () => {
    expect(parse("date=2026-06-01").period).toMatchObject({ from: "2026-06-01", to: "2026-06-01" });
    expect(parse("week=2026-W23").period).toMatchObject({ from: "2026-06-01", to: "2026-06-07" });
    expect(parse("month=2026-02").period).toMatchObject({ from: "2026-02-01", to: "2026-02-28" });
    expect(parse("")).toMatchObject({ period: null, limit: 50, p: 0, sort: "upvotes" });
  });

  it.each([
    ["date=2026-02-30", "date: 2026-02-30 is not a day on the calendar."],
    ["week=2026-W54", "week: 2026 has no week 54: ISO years have 52 or 53 weeks."],
    ["month=2026-1", 'month: "2026-1" is not a month: write it as YYYY-MM, e.g. 2026-06.'],
    ["date=2026-06-01&month=2026-06", "give one of date, week or month, not date and month"],
    ["limit=101", "limit must be at most 100"],
    ["p=x", "p must be a number"],
    ["sort=random", "sort must be one of upvotes, trending, publishedAt"],
  ])("refuses %s with a 400 that names the parameter", (query, message) => {
    expect(() => parse(query)).toThrow(expect.objectContaining({ message, status: 400 }));
  });
});
