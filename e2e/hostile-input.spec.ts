import { XMLParser, XMLValidator } from "fast-xml-parser";
import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/axe";

const HOSTILE_TITLE = "Escaping <script>alert('title')</script> & Ampersands in Paper Titles";
const LONG = "attention ".repeat(1_100);

// [url, expected status]; every one must be answered, none with a 500.
const CASES: [string, number][] = [
  ["/papers/date/2026-02-30", 404],
  ["/papers/date/2026-13-01", 404],
  ["/papers/date/not-a-date", 404],
  ["/papers/date/%3Cscript%3E", 404],
  ["/papers/date/2026-06-01%00", 400],
  ["/papers/week/2025-W53", 404],
  ["/papers/week/2026-W00", 404],
  ["/papers/week/2026-23", 404],
  ["/papers/month/2026-13", 404],
  ["/papers/month/99999-01", 404],
  ["/papers/9999.99999", 404],
  ["/papers/not-an-id", 404],
  ["/papers/a/b/c/d", 404],
  ["/papers/date?date=garbage", 404],
  ["/papers/date/2026-06-01%0A", 400],
  ["/papers/%E0%A4%A", 400],
  ["/papers/date/%ZZ", 400],
  [`/search?q=${encodeURIComponent('"unbalanced (paren AND OR NEAR(')}`, 200],
  [`/search?q=${encodeURIComponent("'; DROP TABLE Paper; --")}`, 200],
  [`/search?q=${encodeURIComponent("🤖🚀 emoji ✨")}`, 200],
  [`/search?q=${encodeURIComponent(LONG)}`, 200],
  ["/search?q=a&sort=sideways", 200],
  ["/search?q=a&from=2026-99-99", 200],
  ["/search?q=a&page=-3", 200],
  ["/search?q=a&q=b&page=99999999999999999999", 200],
  ["/api/daily_papers?date=2026-02-30", 400],
  ["/api/daily_papers?week=W1", 400],
  ["/api/daily_papers?month=2026-1", 400],
  ["/api/daily_papers?limit=abc", 400],
  ["/api/daily_papers?limit=1000", 400],
  ["/api/daily_papers?p=-1", 400],
  ["/api/daily_papers?sort=random", 400],
  ["/api/papers/%3Cscript%3E", 404],
  ["/api/papers/2401.99999", 404],
  ["/api/papers/search", 400],
  [`/api/papers/search?q=${encodeURIComponent("*** ((( )))")}`, 400],
  [`/api/papers/search?q=${encodeURIComponent(LONG)}`, 400],
  ["/api/papers/search?q=a&limit=0", 400],
  ["/api/papers/search?q=a&p=100000", 400],
  [`/api/papers/search?q=${encodeURIComponent('author:"')}`, 400],
  [`/feed.xml?q=${encodeURIComponent("((( )))")}`, 400],
];

test.describe("hostile and malformed input never produces a 500", () => {
  for (const [url, status] of CASES) {
    test(`${status} for ${url.slice(0, 80)}`, async ({ request }) => {
      const response = await request.get(url, { maxRedirects: 5 });
      expect(response.status()).toBe(status);
      if (url.startsWith("/api/")) expect((await response.json()).error).toMatch(/\w/);
    });
  }
});

test("a 404 page for a malformed address is a real page without JavaScript too", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  for (const url of ["/papers/date/2026-02-30", "/papers/week/2026-W60", "/papers/not-an-id"]) {
    const response = await page.goto(url);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
    await expect(page.getByText("Addresses look like")).toBeVisible();
    await expect(page.getByText("Get trending papers in your email inbox!")).toBeVisible();
  }
  await context.close();
});

test("a 404 page says what was wrong with the URL", async ({ page }) => {
  const response = await page.goto("/papers/date/2026-02-30");
  expect(response?.status()).toBe(404);
  await expect(page.locator(".notice--error")).toHaveText("2026-02-30 is not a day on the calendar.");
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});

test("a paper with <script> and & in its text shows them as text everywhere", async ({ page, request }) => {
  let scriptsRan = false;
  await page.exposeFunction("alert", () => (scriptsRan = true));

  for (const url of ["/papers/date/2026-06-01", "/papers/week/2026-W23", "/papers/month/2026-06"]) {
    await page.goto(url);
    await expect(page.getByRole("heading", { name: HOSTILE_TITLE })).toBeVisible();
  }

  await page.goto("/papers/2606.99999");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(HOSTILE_TITLE);
  await expect(page.getByText("<script>window.__pwned = true</script> & similar markup")).toBeVisible();
  await expect(page.getByText("Zoë <b>Bold</b> & Sons", { exact: false })).toBeVisible();
  const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? "{}");
  expect(jsonLd.name).toBe(HOSTILE_TITLE);

  await page.goto(`/search?q=${encodeURIComponent("quokka")}`);
  await expect(page.locator(".paper-card__title").first()).toHaveText(HOSTILE_TITLE);
  expect(await page.evaluate(() => (window as { __pwned?: boolean }).__pwned)).toBeUndefined();
  expect(scriptsRan).toBe(false);

  const api = await (await request.get("/api/papers/2606.99999")).json();
  expect(api.title).toBe(HOSTILE_TITLE);
  const feed = await (await request.get("/feed.xml?q=quokka")).text();
  expect(XMLValidator.validate(feed)).toBe(true);
  expect(new XMLParser().parse(feed).rss.channel.item.title).toBe(HOSTILE_TITLE);
});
