import fs from "node:fs";
import path from "node:path";

const SOURCES = ["app", "lib", "emails", "next.config.js", "package-lock.json", "tsconfig.json"];

function newestMtime(entry: string): number {
  const stat = fs.statSync(entry, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  return fs
    .readdirSync(entry)
    .filter((name) => name !== "generated")
    .reduce((newest, name) => Math.max(newest, newestMtime(path.join(entry, name))), stat.mtimeMs);
}

/** True when there is no production build, or the code changed after it was made. */
export function isBuildStale(distDir: string): boolean {
  const built = fs.statSync(path.join(distDir, "BUILD_ID"), { throwIfNoEntry: false });
  if (!built) return true;
  return SOURCES.some((source) => newestMtime(source) > built.mtimeMs);
}
