import fs from "node:fs";
import path from "node:path";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";
import { sqlitePathFromUrl } from "@/lib/db/sqlite-path";

/** Builds a client for one SQLite file; tests use it to open their own databases. */
export function createDb(databaseUrl: string): PrismaClient {
  const file = sqlitePathFromUrl(databaseUrl);
  if (file !== ":memory:") fs.mkdirSync(path.dirname(file), { recursive: true });
  // The site, the worker and the seed script share the file: wait for a lock rather
  // than fail with SQLITE_BUSY.
  const adapter = new PrismaBetterSqlite3({ url: file, timeout: 15_000 });
  return new PrismaClient({ adapter });
}

const globalForDb = globalThis as unknown as { dailyPapersDb?: PrismaClient };

/** The one Prisma client of this process (kept across Next.js dev reloads). */
export function db(): PrismaClient {
  globalForDb.dailyPapersDb ??= createDb(env().DATABASE_URL);
  return globalForDb.dailyPapersDb;
}
