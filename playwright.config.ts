import { defineConfig, devices } from "@playwright/test";
import path from "node:path";
import { E2E_DIR, E2E_PORT } from "./e2e/support/e2e-env";

export default defineConfig({
  testDir: "e2e",
  // Beside the run's own database, so that two runs on one machine never share it.
  outputDir: path.join(E2E_DIR, "..", `${path.basename(E2E_DIR)}-results`),
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: [["list"]],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${E2E_PORT}`,
    trace: "retain-on-failure",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: {
          executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
          // Quiet on a closed network, and runnable as root.
          args: [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--disable-quic",
            "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
          ],
        },
      },
    },
  ],
  // The built site on a database and SMTP server of its own (see e2e/support/start-server.ts).
  webServer: {
    command: "npx tsx e2e/support/start-server.ts",
    url: `http://127.0.0.1:${E2E_PORT}/healthz`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: "pipe",
    stderr: "pipe",
  },
});
