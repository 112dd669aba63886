import { setTimeout as sleep } from "node:timers/promises";

/**
 * Spaces sends `1 / ratePerSecond` apart on the process's monotonic clock (the digest's
 * injected wall clock may be shifted in tests; pacing is about real time). Call `wait()`
 * before each send.
 */
export function createPacer(ratePerSecond: number) {
  const interval = 1000 / ratePerSecond;
  let nextSlot = 0;
  return {
    async wait(): Promise<void> {
      const now = performance.now();
      const delay = nextSlot - now;
      nextSlot = Math.max(now, nextSlot) + interval;
      if (delay > 0) await sleep(delay);
    },
  };
}

export type Pacer = ReturnType<typeof createPacer>;
