import { parseDay, parseMonth, parseWeek, type Period } from "@/lib/papers/periods";

const PARSERS = { day: parseDay, week: parseWeek, month: parseMonth } as const;

/** A period from a URL segment, or null when it is malformed or impossible. */
export function parsePeriodOrNull(kind: Period["kind"], segment: string): Period | null {
  try {
    return PARSERS[kind](decodeURIComponent(segment));
  } catch {
    return null;
  }
}
