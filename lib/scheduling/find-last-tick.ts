import type { ScheduledTask } from "node-cron";

const MINUTE = 60_000;

/**
 * The latest minute in (now - lookbackMs, now] at which `task` fires, or null. node-cron
 * neither reports past ticks nor runs missed ones; the worker uses this on start to send
 * a digest whose tick passed while it was down. Matching is done by the task itself, so
 * the time zone and daylight saving are applied exactly as they are for scheduling.
 */
export function findLastTick(task: Pick<ScheduledTask, "match">, now: Date, lookbackMs: number): Date | null {
  const latest = Math.floor(now.getTime() / MINUTE) * MINUTE;
  for (let at = latest; at > now.getTime() - lookbackMs; at -= MINUTE) {
    if (task.match(new Date(at))) return new Date(at);
  }
  return null;
}
