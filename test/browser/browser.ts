import { AxeBuilder } from '@axe-core/playwright';
import { generateSync } from 'otplib';
import { type Browser, chromium, type Page } from 'playwright-core';
import { TEST_PASSWORD } from '../admin-session.ts';

/** Debian's Chromium; override with CHROMIUM_PATH. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface BrowserHandle {
  browser: Browser;
  close(): Promise<void>;
}

/**
 * Launches headless Chromium with no background networking. Playwright gives every launch a
 * fresh temporary profile (it refuses --user-data-dir for launch()).
 */
export async function launchBrowser(): Promise<BrowserHandle> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
      '--disable-quic',
    ],
  });
  return {
    browser,
    async close() {
      await browser.close();
    },
  };
}

/** Viewports the pages are checked at. */
export const viewports = {
  phone: { width: 360, height: 740 },
  desktop: { width: 1366, height: 900 },
} as const;

/** Runs axe with the WCAG 2.0/2.1/2.2 A and AA rules; returns readable violations. */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  return results.violations.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes
        .slice(0, 3)
        .map((node) => node.target.join(' '))
        .join(', ')}`,
  );
}

/** A page in its own context (axe needs one created by newContext). Closing the page closes both. */
export async function openPage(
  handle: BrowserHandle,
  viewport: { width: number; height: number },
): Promise<Page> {
  const context = await handle.browser.newContext({ viewport });
  const page = await context.newPage();
  // The browser may already be gone when a page closes at the end of a file.
  page.on('close', () => {
    context.close().catch(() => {});
  });
  return page;
}

/** Sets the root font size like a reader's 200% text setting (CSSOM, allowed by our CSP). */
export async function zoomText(page: Page, percent: number): Promise<void> {
  await page.evaluate((value) => {
    document.documentElement.style.fontSize = `${value}%`;
  }, percent);
}

/**
 * Signs a staff member in through the login forms, with the second factor when they have one,
 * and waits for the admin. (admin-responsive, newsroom and translations keep their own copies.)
 */
export async function logInThroughForms(
  page: Page,
  base: string,
  user: { email: string; totpSecret?: string | undefined },
  /** The app's time when a test moved its clock (the second factor's code is for that time). */
  at?: Date,
): Promise<void> {
  await page.goto(`${base}/admin/login`);
  await page.getByLabel('Thư điện tử').fill(user.email);
  await page.getByLabel('Mật khẩu').fill(TEST_PASSWORD);
  await Promise.all([
    page.waitForURL((url) => url.pathname !== '/admin/login'),
    page.getByLabel('Mật khẩu').press('Enter'),
  ]);
  if (!user.totpSecret) return;
  await page.getByLabel('Mã xác thực').fill(
    generateSync({
      secret: user.totpSecret,
      ...(at ? { epoch: Math.floor(at.getTime() / 1000) } : {}),
    }),
  );
  await Promise.all([
    page.waitForURL((url) => url.pathname === '/admin'),
    page.getByLabel('Mã xác thực').press('Enter'),
  ]);
}
