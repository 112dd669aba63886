import cron, { type ScheduledTask } from "node-cron";
import type { DigestKind } from "@/lib/digest/digest-period";

export interface DigestSchedule {
  dailyCron: string;
  weeklyCron: string;
  /** An IANA zone: cron fields are read on its wall clock, through daylight-saving changes. */
  timeZone: string;
}

/**
 * Starts one cron task per digest kind. `noOverlap` makes a tick that comes while the
 * previous run of the same kind is still sending skip rather than start a second run
 * (the ledger would keep that safe, but two runs would just compete for the same rows).
 * `run` gets the tick's scheduled time, so a late start still picks the right period.
 */
export function scheduleDigests(
  schedule: DigestSchedule,
  run: (kind: DigestKind, scheduledAt: Date) => Promise<unknown>,
): ScheduledTask[] {
  try {
    new Intl.DateTimeFormat("en", { timeZone: schedule.timeZone });
  } catch {
    throw new Error(`unknown time zone for the digest schedule: "${schedule.timeZone}" (expected e.g. Europe/Berlin)`);
  }
  const kinds: [DigestKind, string][] = [
    ["daily", schedule.dailyCron],
    ["weekly", schedule.weeklyCron],
  ];
  return kinds.map(([kind, expression]) => {
    if (!cron.validate(expression)) throw new Error(`invalid cron expression for the ${kind} digest: "${expression}"`);
    return cron.schedule(expression, (context) => run(kind, context.date), {
      name: `${kind}-digest`,
      timezone: schedule.timeZone,
      noOverlap: true,
    });
  });
}
