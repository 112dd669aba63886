import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { E2E_PORT } from "./support/e2e-env";

// The README's main command on an empty database: migrations, demo data, the built site
// and the worker, then a clean stop on SIGTERM.
test("npm start serves the demo data on PORT and stops cleanly on SIGTERM", async ({ page }) => {
  test.setTimeout(180_000);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "start-"));
  const port = E2E_PORT + 90;
  // A copy of the build, so that a rebuild by `npm start` (when the code looks newer
  // than the build) never pulls the build out from under the e2e server.
  const builtDir = process.env.NEXT_DIST_DIR || ".next";
  const distDir = `${builtDir}-start-e2e`;
  fs.rmSync(distDir, { recursive: true, force: true });
  fs.cpSync(builtDir, distDir, { recursive: true, filter: (source) => !source.endsWith(`${path.sep}cache`) });
  const start = spawn("npm", ["start", "--silent"], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: "127.0.0.1",
      DATABASE_URL: `file:${path.join(dir, "papers.db")}`,
      OUTBOX_DIR: path.join(dir, "outbox"),
      SITE_URL: `http://127.0.0.1:${port}`,
      NEXT_DIST_DIR: distDir,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  start.stdout.on("data", (chunk) => (output += chunk));
  start.stderr.on("data", (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => start.on("exit", resolve));

  await expect
    .poll(async () => (await fetch(`http://127.0.0.1:${port}/healthz`).catch(() => null))?.status, { timeout: 150_000 })
    .toBe(200);
  expect(output).toContain("demo data: hf-daily-2026-10-03.json: 50 papers");

  await page.goto(`http://127.0.0.1:${port}/`);
  await expect(page.getByRole("heading", { name: /Jev Decision Models for Low-Latency Edge Service/ })).toBeVisible();

  start.kill("SIGTERM");
  expect(await exited).toBe(0);
  await expect(fetch(`http://127.0.0.1:${port}/healthz`)).rejects.toThrow();
  fs.rmSync(dir, { recursive: true, force: true });
  fs.rmSync(distDir, { recursive: true, force: true });
});
