import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations, watchConsoleErrors } from "./support/axe";

test("a reader walks back three days, opens a week and a month, a paper and a similar paper", async ({ page }) => {
  // A long journey with six accessibility scans: give it room on a busy two-core machine.
  test.setTimeout(120_000);
  const errors = watchConsoleErrors(page);
  await page.goto("/");
  await expect(page.getByText("Get trending papers in your email inbox!")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Papers of Saturday, October 3, 2026");
  await expectNoSeriousA11yViolations(page);

  for (const day of ["Thursday, June 4, 2026", "Wednesday, June 3, 2026", "Tuesday, June 2, 2026"]) {
    await page
      .getByRole("link", { name: /Previous day/ })
      .first()
      .click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Papers of ${day}`);
  }
  await expect(page).toHaveURL(/\/papers\/date\/2026-06-02$/);
  await expectNoSeriousA11yViolations(page);

  await page.getByRole("link", { name: "week", exact: true }).click();
  await expect(page).toHaveURL(/\/papers\/week\/2026-W23$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Top papers of week 23: Jun 1 – Jun 7, 2026");
  await expectNoSeriousA11yViolations(page);

  await page.getByRole("link", { name: "June 2026" }).click();
  await expect(page).toHaveURL(/\/papers\/month\/2026-06$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Top papers of June 2026");
  await expectNoSeriousA11yViolations(page);

  const firstTitle = page.locator(".paper-card__title a").first();
  const title = await firstTitle.innerText();
  await firstTitle.click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(page.getByRole("heading", { name: "Similar papers" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  const similar = page.locator(".similar__list a").first();
  const similarTitle = await similar.innerText();
  await similar.click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(similarTitle);
  expect(errors).toEqual([]);
});

test("a day without papers says so and links the nearest days that have some", async ({ page }) => {
  await page.goto("/papers/date/2026-07-15");
  await expect(page.getByText("No papers were featured on this day.")).toBeVisible();
  await expect(page.getByRole("link", { name: "Jun 4, 2026" }).first()).toBeVisible();
  await expect(page.getByRole("link", { name: "Oct 3, 2026" }).first()).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});

test("the calendar and the jump-to-day form reach any day", async ({ page }) => {
  await page.goto("/papers/month/2026-06");
  await page.getByRole("link", { name: /Jun 3, 2026: 34 papers/ }).click();
  await expect(page).toHaveURL(/\/papers\/date\/2026-06-03$/);
  await page.getByLabel("Go to day").fill("2026-05-29");
  await page.getByRole("button", { name: "Go" }).click();
  await expect(page).toHaveURL(/\/papers\/date\/2026-05-29$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Papers of Friday, May 29, 2026");
});

test("a phone-width screen shows the cards without sideways scrolling", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto("/");
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await expectNoSeriousA11yViolations(page);
});

test("dark mode keeps text readable", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "dark" });
  await page.goto("/papers/date/2026-06-02");
  await expectNoSeriousA11yViolations(page);
});
