import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations, watchConsoleErrors } from "./support/axe";

const JEV = "Replacing Large Language Models with Jev Decision Models for Low-Latency Edge Service Orchestration";

test("a quoted phrase from an abstract finds that paper first, with the words marked", async ({ page }) => {
  const errors = watchConsoleErrors(page);
  await page.goto("/");
  await page
    .getByRole("searchbox", { name: "Search papers" })
    .fill('"decision-oriented application programming interface"');
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status")).toContainText(/paper/);
  await expect(page.locator(".paper-card__title").first()).toHaveText(JEV);
  await expect(page.locator(".paper-card__abstract mark").first()).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  expect(errors).toEqual([]);
});

test("author search finds the author's papers", async ({ page }) => {
  await page.goto(`/search?q=${encodeURIComponent('author:"Delong Li"')}`);
  await expect(page.locator(".paper-card__title", { hasText: JEV })).toBeVisible();
});

test("results page forward and back, keeping the query and sort", async ({ page }) => {
  await page.goto("/search?q=language+models&sort=upvotes");
  await expect(page.getByText(/Page 1 of \d+/)).toBeVisible();
  const firstOnPage1 = await page.locator(".paper-card__title").first().innerText();
  await page.getByRole("link", { name: "Next page →" }).click();
  await expect(page).toHaveURL(/page=2/);
  await expect(page).toHaveURL(/sort=upvotes/);
  await expect(page.getByText(/Page 2 of \d+/)).toBeVisible();
  expect(await page.locator(".paper-card__title").first().innerText()).not.toBe(firstOnPage1);
  await page.getByRole("link", { name: "← Previous page" }).click();
  await expect(page.locator(".paper-card__title").first()).toHaveText(firstOnPage1);
});

test("an unusable query gets a message, not an error page", async ({ page }) => {
  await page.goto(`/search?q=${encodeURIComponent("((( *** )))")}`);
  await expect(page.locator(".notice--error")).toContainText("Type a word");
});
