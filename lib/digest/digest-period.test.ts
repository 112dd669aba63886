import { describe, expect, it } from "vitest";
import { digestPeriod, isCalendarDate, isoWeekMonday, lastCompletePeriod, localDate } from "@/lib/digest/digest-period";

describe("digest periods", () => {
  it("find the Monday of an ISO week, across a year boundary", () => {
    expect(isoWeekMonday("2026-12-06")).toBe("2026-11-30"); // a Sunday
    expect(isoWeekMonday("2026-11-30")).toBe("2026-11-30");
    expect(isoWeekMonday("2027-01-01")).toBe("2026-12-28"); // ISO week 2026-W53
  });

  it("cover one day for daily and Monday to Sunday for weekly", () => {
    expect(digestPeriod("daily", "2026-12-03")).toEqual({
      kind: "daily",
      date: "2026-12-03",
      from: "2026-12-03",
      to: "2026-12-03",
    });
    expect(digestPeriod("weekly", "2026-12-03")).toEqual({
      kind: "weekly",
      date: "2026-11-30",
      from: "2026-11-30",
      to: "2026-12-06",
    });
  });

  it("name the period just completed on the digest time zone's clock", () => {
    // 23:30 UTC on Dec 6 is already Monday Dec 7 in Tokyo.
    const now = new Date("2026-12-06T23:30:00Z");
    expect(localDate(now, "Asia/Tokyo")).toBe("2026-12-07");
    expect(lastCompletePeriod("daily", now, "UTC").date).toBe("2026-12-05");
    expect(lastCompletePeriod("daily", now, "Asia/Tokyo").date).toBe("2026-12-06");
    expect(lastCompletePeriod("weekly", now, "Asia/Tokyo")).toMatchObject({ date: "2026-11-30", to: "2026-12-06" });
    expect(lastCompletePeriod("weekly", now, "UTC").date).toBe("2026-11-23");
  });

  it("accept only real calendar dates", () => {
    expect(isCalendarDate("2026-02-28")).toBe(true);
    expect(isCalendarDate("2026-02-30")).toBe(false);
    expect(isCalendarDate("2026-2-3")).toBe(false);
    expect(isCalendarDate("latest")).toBe(false);
  });
});
