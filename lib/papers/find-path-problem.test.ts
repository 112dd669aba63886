import { describe, expect, it } from "vitest";
import { findPathProblem } from "@/lib/papers/find-path-problem";

describe("findPathProblem", () => {
  it.each([
    ["/papers/date/2026-02-30", "2026-02-30 is not a day on the calendar."],
    ["/papers/date/2026-13-01", "2026-13-01 is not a day on the calendar."],
    ["/papers/date/%3Cscript%3E", /"<script>" is not a date/],
    ["/papers/week/2026-W00", "2026 has no week 0: ISO years have 52 or 53 weeks."],
    ["/papers/month/2026-13", /2026-13/],
    ["/papers/not-an-id", /"not-an-id" is not an arXiv id/],
    ["/papers/a/b/c/d", /is not an arXiv id/],
  ])("%s is malformed: %s", (path, message) => {
    expect(findPathProblem(path)).toMatch(message);
  });

  it.each([
    "/papers/date/2026-06-01",
    "/papers/week/2026-W23",
    "/papers/month/2026-06",
    "/papers/date",
    "/papers/week",
    "/papers/2401.12345",
    "/papers/2401.12345v2",
    "/papers/hep-th/9901001",
    "/papers/9999.99999",
    "/search",
  ])("%s is well-formed", (path) => {
    expect(findPathProblem(path)).toBeNull();
  });
});
