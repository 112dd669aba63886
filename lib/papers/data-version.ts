import fs from "node:fs";
import path from "node:path";
import { env } from "@/lib/env";
import { sqlitePathFromUrl } from "@/lib/db/sqlite-path";

/**
 * A stamp file next to the database that changes whenever papers change. The site
 * keys its caches on it, so a seed run in another process invalidates them without
 * the site asking the database anything per request.
 */
export function dataVersionFile(databaseUrl = env().DATABASE_URL): string {
  return `${sqlitePathFromUrl(databaseUrl)}.version`;
}

export function bumpDataVersion(databaseUrl?: string): void {
  const file = dataVersionFile(databaseUrl);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, `${Date.now()}\n`);
}

let lastCheck = { at: 0, version: "" };

/** The current stamp, looked up at most once a second. */
export function currentDataVersion(now = Date.now()): string {
  if (now - lastCheck.at < 1_000) return lastCheck.version;
  let version = "0";
  try {
    version = String(fs.statSync(dataVersionFile()).mtimeMs);
  } catch {
    // No stamp yet: nothing has been imported since the database was created.
  }
  lastCheck = { at: now, version };
  return version;
}
