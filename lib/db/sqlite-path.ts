import path from "node:path";

/** The file a `file:` DATABASE_URL names, resolved against the working directory. */
export function sqlitePathFromUrl(databaseUrl: string): string {
  if (!databaseUrl.startsWith("file:")) {
    throw new Error(`DATABASE_URL must be a file: URL for SQLite, got ${databaseUrl.split(":")[0]}:`);
  }
  const file = databaseUrl.slice("file:".length).replace(/\?.*$/, "");
  return file === ":memory:" ? file : path.resolve(file);
}
