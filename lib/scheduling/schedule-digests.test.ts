import { afterEach, describe, expect, it, vi } from "vitest";
import type { ScheduledTask } from "node-cron";
import { lastCompletePeriod, type DigestKind } from "@/lib/digest/digest-period";
import { findLastTick } from "@/lib/scheduling/find-last-tick";
import { scheduleDigests } from "@/lib/scheduling/schedule-digests";

const HOUR = 3_600_000;
let tasks: ScheduledTask[] = [];

afterEach(async () => {
  for (const task of tasks) await task.destroy();
  tasks = [];
  vi.useRealTimers();
});

/** Runs the real node-cron schedule on a fake clock from `start` for `hours`, recording each tick. */
async function ticksBetween(start: string, hours: number, timeZone: string) {
  vi.useFakeTimers({ now: new Date(start) });
  const ticks: { kind: DigestKind; at: string; digest: string }[] = [];
  tasks = scheduleDigests({ dailyCron: "0 8 * * *", weeklyCron: "0 8 * * 1", timeZone }, async (kind, scheduledAt) => {
    ticks.push({ kind, at: new Date().toISOString(), digest: lastCompletePeriod(kind, scheduledAt, timeZone).date });
  });
  await vi.advanceTimersByTimeAsync(hours * HOUR);
  return ticks;
}

describe("the digest schedule in a time zone with daylight saving", () => {
  it("fires at 08:00 Berlin time on both sides of the spring change, mailing the day before", async () => {
    // Europe/Berlin goes from UTC+1 to UTC+2 at 01:00 UTC on Sunday 2026-03-29.
    const ticks = await ticksBetween("2026-03-27T12:00:00Z", 3 * 24, "Europe/Berlin");
    expect(ticks).toEqual([
      { kind: "daily", at: "2026-03-28T07:00:00.000Z", digest: "2026-03-27" },
      { kind: "daily", at: "2026-03-29T06:00:00.000Z", digest: "2026-03-28" },
      { kind: "daily", at: "2026-03-30T06:00:00.000Z", digest: "2026-03-29" },
      { kind: "weekly", at: "2026-03-30T06:00:00.000Z", digest: "2026-03-23" },
    ]);
  });

  it("fires once, at the new offset, on the day clocks go back in New York", async () => {
    // America/New_York goes from UTC-4 to UTC-5 at 06:00 UTC on Sunday 2026-11-01.
    const ticks = await ticksBetween("2026-10-31T00:00:00Z", 2 * 24, "America/New_York");
    expect(ticks.filter((t) => t.kind === "daily")).toEqual([
      { kind: "daily", at: "2026-10-31T12:00:00.000Z", digest: "2026-10-30" },
      { kind: "daily", at: "2026-11-01T13:00:00.000Z", digest: "2026-10-31" },
    ]);
  });

  it("reports the next run on the zone's clock and refuses a malformed expression", () => {
    vi.useFakeTimers({ now: new Date("2026-03-28T12:00:00Z") });
    tasks = scheduleDigests(
      { dailyCron: "0 8 * * *", weeklyCron: "0 8 * * 1", timeZone: "Europe/Berlin" },
      async () => {},
    );
    expect(tasks[0].getNextRun()?.toISOString()).toBe("2026-03-29T06:00:00.000Z");
    expect(tasks[1].getNextRun()?.toISOString()).toBe("2026-03-30T06:00:00.000Z");
    expect(() =>
      scheduleDigests({ dailyCron: "0 8 * *", weeklyCron: "0 8 * * 1", timeZone: "UTC" }, async () => {}),
    ).toThrow(/daily digest/);
    expect(() =>
      scheduleDigests({ dailyCron: "0 8 * * *", weeklyCron: "0 8 * * 1", timeZone: "Mars/Olympus" }, async () => {}),
    ).toThrow(/unknown time zone/);
  });

  it("finds the tick a worker that was down missed, on the zone's clock", () => {
    vi.useFakeTimers({ now: new Date("2026-03-29T12:00:00Z") });
    tasks = scheduleDigests(
      { dailyCron: "0 8 * * *", weeklyCron: "0 8 * * 1", timeZone: "Europe/Berlin" },
      async () => {},
    );
    const day = 24 * HOUR;
    expect(findLastTick(tasks[0], new Date("2026-03-29T10:00:00Z"), day)?.toISOString()).toBe(
      "2026-03-29T06:00:00.000Z",
    );
    expect(findLastTick(tasks[0], new Date("2026-03-29T05:59:00Z"), day)?.toISOString()).toBe(
      "2026-03-28T07:00:00.000Z",
    );
    expect(findLastTick(tasks[1], new Date("2026-03-29T10:00:00Z"), 7 * day)?.toISOString()).toBe(
      "2026-03-23T07:00:00.000Z",
    );
    expect(findLastTick(tasks[0], new Date("2026-03-29T05:59:00Z"), HOUR)).toBeNull();
  });
});
