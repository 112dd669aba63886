import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";

export interface RateLimit {
  count: number;
  windowMs: number;
}

export type RateLimitResult = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/**
 * Counts one hit against `key` in a fixed window and says whether it is within `limit`.
 * The counter lives in the database, so every process of the site shares it. Each step
 * is a single conditional statement (no read-then-write), so two processes racing on the
 * same key never lose a hit; a null limit means the limit is off.
 */
export async function consumeRateLimit(
  db: PrismaClient,
  key: string,
  limit: RateLimit | null,
  { now = new Date() }: { now?: Date } = {},
): Promise<RateLimitResult> {
  if (!limit) return { allowed: true };
  const windowOpenedAfter = new Date(now.getTime() - limit.windowMs);
  for (let attempt = 0; attempt < 3; attempt++) {
    const bucket = (await countHit(db, key, windowOpenedAfter)) ?? (await openWindow(db, key, windowOpenedAfter, now));
    if (!bucket) continue;
    if (bucket.count <= limit.count) return { allowed: true };
    const endsAt = bucket.windowStart.getTime() + limit.windowMs;
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((endsAt - now.getTime()) / 1000)) };
  }
  throw new Error(`rate limit bucket ${key} kept changing under us`);
}

function isPrismaError(error: unknown, code: string): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === code;
}

/** Adds the hit to the current window and returns the new count (null when no window is open). */
async function countHit(db: PrismaClient, key: string, windowOpenedAfter: Date) {
  try {
    return await db.rateLimitBucket.update({
      where: { key, windowStart: { gt: windowOpenedAfter } },
      data: { count: { increment: 1 } },
    });
  } catch (error) {
    if (isPrismaError(error, "P2025")) return null;
    throw error;
  }
}

/** Starts a new window at `now` (resetting an expired one); null when another process won the race. */
async function openWindow(db: PrismaClient, key: string, windowOpenedAfter: Date, now: Date) {
  const fresh = { windowStart: now, count: 1 };
  try {
    return await db.rateLimitBucket.update({ where: { key, windowStart: { lte: windowOpenedAfter } }, data: fresh });
  } catch (error) {
    if (!isPrismaError(error, "P2025")) throw error;
  }
  try {
    const created = await db.rateLimitBucket.create({ data: { key, ...fresh } });
    await dropExpiredBuckets(db, key, windowOpenedAfter);
    return created;
  } catch (error) {
    if (isPrismaError(error, "P2002")) return null;
    throw error;
  }
}

/**
 * A new key (a new IP, a new address) is the moment to forget expired ones of the same
 * kind (`signup:`, `confirm-mail:`), which share one window length: the table stays as
 * small as the number of recent clients, with no cleanup job to run.
 */
async function dropExpiredBuckets(db: PrismaClient, key: string, windowOpenedAfter: Date): Promise<void> {
  const kind = key.slice(0, key.indexOf(":") + 1);
  if (!kind) return;
  await db.rateLimitBucket.deleteMany({
    where: { key: { startsWith: kind }, windowStart: { lte: windowOpenedAfter } },
  });
}
