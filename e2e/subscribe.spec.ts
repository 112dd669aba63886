import { expect, test } from "@playwright/test";
import { waitForMail } from "./support/mailbox";
import { linkIn, subscribeAndConfirm, uniqueAddress } from "./support/subscription-mail";

test("subscribe through the form, confirm from the mail, and see the subscription active", async ({ page }) => {
  const address = uniqueAddress("reader");
  await page.goto("/");
  await page.getByRole("link", { name: "Subscribe", exact: true }).click();
  await expect(page).toHaveURL(/\/subscribe$/);
  await page.getByLabel("Email address").fill(address);
  await page.getByLabel("Weekly").check();
  await page.getByLabel("Topics").fill("agents, diffusion");
  await page.getByRole("button", { name: "Subscribe" }).click();
  await expect(page.getByRole("status")).toContainText("Check your inbox");
  await expect(page).toHaveURL(/\/subscribe$/);

  const mail = await waitForMail(address);
  expect(mail.subject).toBe("Confirm your Daily Papers subscription");
  const link = linkIn(mail, "/subscribe/confirm");
  expect(mail.html).toContain(`href="${link}"`);

  await page.goto(link);
  await expect(page.getByRole("heading", { name: "Confirm your subscription" })).toBeVisible();
  await expect(page.getByText("once a week about agents, diffusion")).toBeVisible();
  await page.getByRole("button", { name: "Confirm" }).click();
  await expect(page.getByRole("heading", { name: "You're subscribed" })).toBeVisible();
  await expect(page.getByRole("status")).toContainText("Your subscription is active");
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the form still subscribes, landing on a check-your-inbox page", async ({ page }) => {
    const address = uniqueAddress("no-js");
    await page.goto("/subscribe");
    await page.getByLabel("Email address").fill(address);
    await page.getByRole("button", { name: "Subscribe" }).click();
    await expect(page).toHaveURL(/\/subscribe\/check-inbox$/);
    await expect(page.getByRole("heading", { name: "Check your inbox" })).toBeVisible();
    expect((await waitForMail(address)).subject).toBe("Confirm your Daily Papers subscription");
  });
});

test("unsubscribe through the page behind a mail's footer link", async ({ page, request }) => {
  const welcome = await subscribeAndConfirm(request, uniqueAddress("leaver"));
  const footerLink = /href="([^"]+\/unsubscribe\?token=[^"]+)"/.exec(String(welcome.html))?.[1];
  expect(footerLink).toBeDefined();

  await page.goto(footerLink!);
  await expect(page.getByRole("heading", { name: "Unsubscribe from Daily Papers" })).toBeVisible();
  await page.getByRole("button", { name: "Unsubscribe" }).click();
  await expect(page.getByRole("heading", { name: "You're unsubscribed" })).toBeVisible();
  await expect(page.getByRole("status")).toContainText("will get no more emails");
});

test("unsubscribe with one plain HTTP POST to the List-Unsubscribe URL (RFC 8058)", async ({ page, request }) => {
  const welcome = await subscribeAndConfirm(request, uniqueAddress("one-click"));
  const list = welcome.headers.get("list") as { unsubscribe?: { url?: string } } | undefined;
  // mailparser files List-Unsubscribe and List-Unsubscribe-Post under "list".
  expect(JSON.stringify(list)).toContain("One-Click");
  const url = list?.unsubscribe?.url;
  expect(url).toMatch(/\/unsubscribe\?token=/);

  const response = await request.post(url!, {
    headers: { "content-type": "application/x-www-form-urlencoded" },
    data: "List-Unsubscribe=One-Click",
    maxRedirects: 0,
  });
  expect(response.status()).toBe(200);

  await page.goto(url!);
  await expect(page.getByRole("heading", { name: "You're unsubscribed" })).toBeVisible();
});

test("the signup API over HTTP: same answer for new and known addresses, 4xx for bad bodies", async ({ request }) => {
  const address = uniqueAddress("api");
  const answer = async (data: unknown, headers?: Record<string, string>) => {
    const response = await request.post("/api/subscribe", { data, headers, maxRedirects: 0 });
    return { status: response.status(), body: await response.text() };
  };
  const fresh = await answer({ email: address });
  expect(fresh.status).toBe(202);
  expect(await answer({ email: address.toUpperCase() })).toEqual(fresh);

  expect((await answer({ email: "not an address" })).status).toBe(400);
  expect((await answer({ email: `${address}\r\nBcc: everyone@example.org` })).status).toBe(400);
  expect((await answer({ email: address, admin: true })).status).toBe(400);
  expect((await answer("{not json", { "content-type": "application/json" })).status).toBe(400);
  expect((await answer(address, { "content-type": "text/plain" })).status).toBe(415);
  expect((await answer({ email: address, topics: ["x".repeat(12_000)] })).status).toBe(413);
});
