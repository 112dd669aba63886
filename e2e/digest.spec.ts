import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { expect, test } from "@playwright/test";
import path from "node:path";
import { E2E_DATABASE_URL, E2E_DIR, E2E_PORT, E2E_SMTP_PORT } from "./support/e2e-env";
import { expectNoSeriousA11yViolations, watchConsoleErrors } from "./support/axe";
import { waitForMail } from "./support/mailbox";
import { subscribeAndConfirm, uniqueAddress } from "./support/subscription-mail";

// The digest end to end: a reader subscribes through the site, `npm run digest` mails the
// demo day over the e2e SMTP server, and the mail's links work on the built site.
const DEMO_DAY = "2026-10-03";
const run = promisify(execFile);

/** Runs scripts/digest.ts against the e2e site's database and SMTP server; returns stdout. */
async function digest(...args: string[]): Promise<string> {
  const { stdout } = await run(process.execPath, ["--import", "tsx", "scripts/digest.ts", ...args], {
    env: {
      ...process.env,
      DATABASE_URL: E2E_DATABASE_URL,
      SITE_URL: `http://127.0.0.1:${E2E_PORT}`,
      SMTP_URL: `smtp://127.0.0.1:${E2E_SMTP_PORT}`,
      MAIL_FROM: "Daily Papers <digest@papers.test>",
      SECRET: "e2e-secret-that-is-long-enough", // as e2e/support/start-server.ts gives the site
      DIGEST_RATE_PER_SECOND: "100",
      OUTBOX_DIR: path.join(E2E_DIR, "outbox"),
    },
  });
  return stdout;
}

test("a subscriber gets the digest; its links open the digest page and unsubscribe in one click", async ({
  page,
  request,
}) => {
  const address = uniqueAddress("digest");
  await subscribeAndConfirm(request, address);

  const summary = await digest("--date", DEMO_DAY);
  expect(summary).toMatch(/digest daily 2026-10-03: \d+ subscribers?, \d+ sent/);
  const mail = await waitForMail(address, 3);
  expect(mail.subject).toMatch(/^Daily Papers, Sat, Oct 3, 2026: .+/);
  expect(mail.html).toBeTruthy();
  expect(mail.text).toContain("Change frequency or topics");

  const pageUrl = /(http:\/\/\S+\/digests\/2026-10-03)\b/.exec(mail.text ?? "")![1];
  const errors = watchConsoleErrors(page);
  await page.goto(pageUrl);
  await expect(
    page.getByRole("heading", { level: 1, name: "Daily Papers for Saturday, October 3, 2026" }),
  ).toBeVisible();
  await expect(page.locator("ol.paper-list > li")).toHaveCount(10);
  const topTitle = mail.subject!.replace(/^Daily Papers, Sat, Oct 3, 2026: /, "").replace(/…$/, "");
  await expect(page.locator("ol.paper-list > li").first()).toContainText(topTitle);
  await expectNoSeriousA11yViolations(page);
  expect(errors).toEqual([]);

  const list = mail.headers.get("list") as { unsubscribe?: { url?: string } };
  const response = await request.post(list.unsubscribe!.url!, {
    headers: { "content-type": "application/x-www-form-urlencoded" },
    data: "List-Unsubscribe=One-Click",
    maxRedirects: 0,
  });
  expect(response.status()).toBe(200);
  // A dry run lists everyone the digest would go to now: the reader is no longer among them.
  expect(await digest("--date", DEMO_DAY, "--dry-run")).not.toContain(address);
});

test("a digest that was never built, or a malformed date, is a 404 page", async ({ page }) => {
  for (const path of ["/digests/2026-10-04", "/digests/2026-02-30", "/digests/yesterday"]) {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
  }
});
