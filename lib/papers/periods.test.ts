import { describe, expect, it } from "vitest";
import { parseDay, parseMonth, parseWeek, periodContaining, weekOf } from "@/lib/papers/periods";

describe("periods", () => {
  it("accepts real days and refuses impossible or malformed ones with a 404 that says why", () => {
    expect(parseDay("2024-02-29")).toMatchObject({ from: "2024-02-29", to: "2024-02-29" });
    expect(() => parseDay("2026-02-29")).toThrow("2026-02-29 is not a day on the calendar.");
    expect(() => parseDay("2026-13-01")).toThrow(/not a day on the calendar/);
    expect(() => parseDay("2026-6-1")).toThrow(/write it as YYYY-MM-DD/);
    expect(() => parseDay("<script>")).toThrow(/is not a date/);
    try {
      parseDay("yesterday");
    } catch (error) {
      expect((error as { status: number }).status).toBe(404);
    }
  });

  it("maps ISO weeks to Monday..Sunday, including week 53 and weeks that straddle a year", () => {
    expect(parseWeek("2026-W01")).toMatchObject({ from: "2025-12-29", to: "2026-01-04" });
    expect(parseWeek("2026-W53")).toMatchObject({ from: "2026-12-28", to: "2027-01-03" });
    expect(() => parseWeek("2025-W53")).toThrow("2025 has no week 53: ISO years have 52 or 53 weeks.");
    expect(() => parseWeek("2026-W00")).toThrow(/no week 0/);
    expect(() => parseWeek("2026-23")).toThrow(/YYYY-Www/);
  });

  it("finds the week and month a day belongs to", () => {
    expect(weekOf("2026-06-01")).toBe("2026-W23");
    expect(weekOf("2027-01-01")).toBe("2026-W53");
    expect(weekOf("2024-12-30")).toBe("2025-W01");
    expect(periodContaining("month", "2026-02-14")).toMatchObject({ key: "2026-02", to: "2026-02-28" });
  });

  it("knows how long each month is", () => {
    expect(parseMonth("2024-02").to).toBe("2024-02-29");
    expect(parseMonth("2026-12").to).toBe("2026-12-31");
    expect(() => parseMonth("2026-00")).toThrow(/not a month/);
  });
});
