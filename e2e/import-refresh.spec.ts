import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { E2E_DATABASE_URL } from "./support/e2e-env";

test("a paper seeded while the site runs appears on its day page, in search and in the API", async ({
  page,
  request,
}) => {
  const day = "2025-01-15";
  const title = "Wombatfetch: Caches That Notice Imports";
  // Seen once before the import, so a stale cached answer would show if invalidation failed.
  await page.goto(`/papers/date/${day}`);
  await expect(page.getByText("No papers were featured on this day.")).toBeVisible();
  expect(await (await request.get(`/api/papers/search?q=wombatfetch`)).json()).toEqual([]);

  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "e2e-import-")), "late.json");
  fs.writeFileSync(
    file,
    JSON.stringify({
      date: day,
      papers: [{ id: "2501.07777", title, authors: ["Late Author"], summary: "Imported late.", publishedAt: day }],
    }),
  );
  const seed = spawnSync("npx", ["tsx", "scripts/seed.ts", file], {
    env: { ...process.env, DATABASE_URL: E2E_DATABASE_URL },
    encoding: "utf8",
  });
  expect(seed.status, seed.stderr).toBe(0);

  await expect
    .poll(async () => (await (await request.get(`/api/papers/search?q=wombatfetch`)).json()).length, {
      timeout: 15_000,
    })
    .toBe(1);
  await expect
    .poll(
      async () => {
        await page.goto(`/papers/date/${day}`);
        return page.getByRole("heading", { name: title }).count();
      },
      { timeout: 15_000 },
    )
    .toBe(1);
});
