// The main job: `npm start`. Applies migrations, seeds the demo data into an empty
// database, builds the site when the build is missing or older than the code, then
// serves it on HOST:PORT next to the digest worker. SIGTERM stops both cleanly.
import "@/lib/cli/report-fatal-errors";
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { env } from "@/lib/env";
import { db } from "@/lib/db";
import { deployMigrations } from "@/lib/db/migrations";
import { seedDemoDataIfEmpty } from "@/lib/papers/seed-demo-data";
import { isBuildStale } from "@/lib/build-freshness";

const log = (line: string) => console.log(`[start] ${line}`);
const config = env();

const applied = await deployMigrations(config.DATABASE_URL);
log(`migrations: ${applied.length ? `applied ${applied.join(", ")}` : "database up to date"}`);
await seedDemoDataIfEmpty(db(), log);
await db().$disconnect();

if (isBuildStale(process.env.NEXT_DIST_DIR || ".next")) {
  log("building the site (next build)…");
  const build = spawnSync(process.execPath, ["node_modules/next/dist/bin/next", "build"], { stdio: "inherit" });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const children: ChildProcess[] = [];
let stopping = false;

function run(name: string, args: string[]): ChildProcess {
  const child = spawn(process.execPath, args, {
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  child.on("exit", (code, signal) => {
    if (stopping) return;
    log(`${name} exited (${signal ?? code}); stopping`);
    stop(code || 1);
  });
  children.push(child);
  return child;
}

function stop(exitCode = 0): void {
  if (stopping) return;
  stopping = true;
  // `next start` renames its process; signalling the PID we spawned still reaches it.
  const alive = children.filter((child) => child.exitCode === null && child.signalCode === null);
  let waiting = alive.length;
  if (waiting === 0) process.exit(exitCode);
  for (const child of alive) {
    child.once("exit", () => --waiting === 0 && process.exit(exitCode));
    child.kill("SIGTERM");
  }
}

run("site", ["node_modules/next/dist/bin/next", "start", "-p", String(config.PORT), "-H", config.HOST]);
run("worker", ["--import", "tsx", "scripts/worker.ts"]);
log(`serving on http://${config.HOST}:${config.PORT} with the digest worker`);
process.on("SIGTERM", () => stop(0));
process.on("SIGINT", () => stop(0));
