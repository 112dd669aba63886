// Starts what the e2e specs run against: a fresh migrated database seeded with the demo
// data and the fixtures, a real SMTP server on 127.0.0.1 whose messages land as .eml
// files in var/e2e/mail, and the built site (`next start`). Playwright stops it.
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { deployMigrations } from "@/lib/db/migrations";
import { startSmtpSink } from "@/lib/testing/smtp-sink";
import { E2E_DATABASE_URL, E2E_DIR, E2E_MAIL_DIR, E2E_PORT, E2E_SMTP_PORT } from "./e2e-env";

fs.rmSync(E2E_DIR, { recursive: true, force: true });
fs.mkdirSync(E2E_MAIL_DIR, { recursive: true });
await deployMigrations(E2E_DATABASE_URL);

const env = {
  ...process.env,
  DATABASE_URL: E2E_DATABASE_URL,
  SITE_URL: `http://127.0.0.1:${E2E_PORT}`,
  SMTP_URL: `smtp://127.0.0.1:${E2E_SMTP_PORT}`,
  MAIL_FROM: "Daily Papers <digest@papers.test>",
  SECRET: "e2e-secret-that-is-long-enough",
  RATE_LIMIT_SIGNUP: "off",
  RATE_LIMIT_CONFIRM_MAIL: "off",
  NEXT_TELEMETRY_DISABLED: "1",
};

const filesIn = (dir: string) =>
  fs.existsSync(dir)
    ? fs
        .readdirSync(dir)
        .filter((f) => /\.(json|xml)$/.test(f))
        .map((f) => path.join(dir, f))
    : [];
const seed = spawn("npx", ["tsx", "scripts/seed.ts", ...filesIn("prisma/demo"), ...filesIn("e2e/fixtures")], {
  env,
  stdio: "inherit",
});
if ((await new Promise((resolve) => seed.on("exit", resolve))) !== 0) throw new Error("e2e seed failed");

const sink = await startSmtpSink(E2E_SMTP_PORT);
let saved = 0;
setInterval(() => {
  while (saved < sink.received.length) {
    fs.writeFileSync(path.join(E2E_MAIL_DIR, `${String(saved).padStart(4, "0")}.eml`), sink.received[saved].raw);
    saved++;
  }
}, 50).unref();

const site = spawn("npx", ["next", "start", "-p", String(E2E_PORT), "-H", "127.0.0.1"], { env, stdio: "inherit" });
const stop = () => {
  site.kill("SIGTERM");
  void sink.stop().then(() => process.exit(0));
};
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
site.on("exit", (code) => process.exit(code ?? 0));
