import { expect, test } from "@playwright/test";

test("the home page shows the latest featured day's papers from the demo data", async ({ page }) => {
  const errors: string[] = [];
  page.on("console", (message) => message.type() === "error" && errors.push(message.text()));
  await page.goto("/");
  await expect(page.getByText("Get trending papers in your email inbox!")).toBeVisible();
  await expect(
    page.getByRole("heading", {
      name: "Replacing Large Language Models with Jev Decision Models for Low-Latency Edge Service Orchestration",
    }),
  ).toBeVisible();
  expect(errors).toEqual([]);
});
