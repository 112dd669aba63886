import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { tsconfigPaths: true },
  test: {
    include: ["{lib,app,emails,scripts}/**/*.test.{ts,tsx}"],
    environment: "node",
    globalSetup: ["lib/testing/global-setup.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Integration tests open SQLite files and SMTP ports: two workers fit two cores.
    maxWorkers: 2,
  },
});
