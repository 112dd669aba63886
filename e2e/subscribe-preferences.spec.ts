import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { mailsTo, waitForMail } from "./support/mailbox";
import { linkIn, subscribeAndConfirm, uniqueAddress } from "./support/subscription-mail";

async function expectAccessible(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  const serious = violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

test("preferences: change frequency and topics, then delete my data for good", async ({ page, request }) => {
  const address = uniqueAddress("prefs");
  const welcome = await subscribeAndConfirm(request, address);
  await page.goto(linkIn(welcome, "/preferences"));
  await expect(page.getByRole("heading", { name: "Email preferences" })).toBeVisible();
  await expect(page.getByText(/: subscribed\.$/)).toBeVisible();

  await page.getByLabel("Weekly").check();
  await page.getByLabel("Topics").fill("robotics, world models");
  await page.getByRole("button", { name: "Save preferences" }).click();
  await expect(page.getByRole("status")).toHaveText("Your preferences are saved.");
  await expect(page.getByLabel("Weekly")).toBeChecked();
  await expect(page.getByLabel("Topics")).toHaveValue("robotics, world models");

  await page.getByLabel("I understand this cannot be undone").check();
  await page.getByRole("button", { name: "Delete my data" }).click();
  await expect(page.getByRole("heading", { name: "Your data is deleted" })).toBeVisible();

  // The address is now only a hash on the suppression list: a new signup is answered
  // like any other, and no mail goes out.
  expect((await request.post("/api/subscribe", { data: { email: address } })).status()).toBe(202);
  await page.waitForTimeout(1000);
  expect(await mailsTo(address)).toHaveLength(2);
});

test("a tampered or unknown link changes nothing and says what to do", async ({ page }) => {
  await page.goto(`/subscribe/confirm?token=${"A".repeat(43)}`);
  await expect(page.getByRole("heading", { name: "This link is not valid" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Send me a new link" })).toHaveAttribute("href", "/subscribe");
  await page.goto("/unsubscribe?token=forged.token");
  await expect(page.getByRole("heading", { name: "This unsubscribe link is not valid" })).toBeVisible();
  await page.goto("/preferences?token=forged.token");
  await expect(page.getByRole("heading", { name: "This preferences link is not valid" })).toBeVisible();
});

test("the subscription pages have no serious accessibility problems or console errors", async ({ page, request }) => {
  const errors: string[] = [];
  page.on("console", (message) => message.type() === "error" && errors.push(message.text()));
  page.on("pageerror", (error) => errors.push(error.message));

  await page.goto("/subscribe");
  await expectAccessible(page);
  const address = uniqueAddress("a11y");
  await page.getByLabel("Email address").fill(address);
  await page.getByRole("button", { name: "Subscribe" }).click();
  await expect(page.getByRole("status")).toBeVisible();
  await expectAccessible(page);

  await page.goto(linkIn(await waitForMail(address), "/subscribe/confirm"));
  await expectAccessible(page);
  const welcome = await subscribeAndConfirm(request, uniqueAddress("a11y-active"));
  for (const path of ["/unsubscribe", "/preferences"]) {
    await page.goto(linkIn(welcome, path));
    await expectAccessible(page);
  }
  expect(errors).toEqual([]);
});
