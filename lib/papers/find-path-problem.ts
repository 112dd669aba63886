import { DomainError } from "@/lib/errors";
import { parseDay, parseMonth, parseWeek } from "@/lib/papers/periods";
import { resolvePaperId } from "@/lib/papers/resolve-paper-id";

// No zod and no database here: proxy.ts runs this on every /papers/ request, and the
// 404 page runs it in the browser to say what was wrong with the address.

const CHECKS: Record<string, (value: string) => unknown> = {
  date: parseDay,
  week: parseWeek,
  month: parseMonth,
};

/**
 * What makes a `/papers/...` address malformed (a date not on the calendar, a text that
 * is no arXiv id), or null when it is well-formed or not about papers. Whether a
 * well-formed paper id exists is for the page to find out.
 */
export function findPathProblem(pathname: string): string | null {
  const period = /^\/papers\/(date|week|month)\/([^/]+)\/?$/.exec(pathname);
  const paper = period ? null : /^\/papers\/(?!(date|week|month)(\/|$))(.+?)\/?$/.exec(pathname);
  try {
    if (period) CHECKS[period[1]](decodeURIComponent(period[2]));
    else if (paper) resolvePaperId(paper[3]);
    return null;
  } catch (error) {
    return error instanceof DomainError ? error.message : "This address is malformed.";
  }
}
