import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LanguageCode } from '../../src/db/schema.ts';
import { demoSites } from '../../src/demo/content/sites.ts';
import { languageInfo, languages } from '../../src/i18n/index.ts';
import { routeSlugs } from '../../src/web/urls.ts';
import type { Client } from '../admin-session.ts';
import { createTestApp, type TestApp } from '../harness.ts';
import { axePlan } from './axe-plan.ts';
import { axeViolations, type BrowserHandle, launchBrowser, openPage } from './browser.ts';
import {
  adminTemplate,
  crawlAdmin,
  type Doc,
  demoAdministrator,
  extraPublicPaths,
  htmlLang,
  publicTemplate,
  signInDemoAdministrator,
  sitemapUrls,
} from './conformance-urls.ts';
import { nuErrors } from './nu-checker.ts';

// Issue 13, "Done when": the Nu Html Checker finds no error in any document of a generated list
// (every sitemap entry of the three demo sites and their language alternates, the public
// templates no sitemap lists, every admin screen in the three interface languages), and axe finds
// no WCAG 2.2 AA violation on a sample of each template, in each language, at 390 and 1280 px.

let t: TestApp;
let browserHandle: BrowserHandle;
let port: number;
let admin: Client;
const docs: Doc[] = [];
const widths = [390, 1280] as const;
/** A search that finds the demo's content, per language. */
const searchTerms: Record<LanguageCode, string> = { vi: 'Lạc Hồng', en: 'Lac Hong', zh: '雒鸿' };

/** Fetches a path on a site (by Host), as a reader or as the signed-in administrator. */
async function fetchDoc(host: string, path: string, area: Doc['area'], client?: Client): Promise<Doc> {
  const response = client
    ? await client.request({ method: 'GET', url: path, headers: { host } })
    : await t.app.inject({ url: path, headers: { host } });
  const html = response.body;
  return {
    host,
    path,
    status: response.statusCode,
    html,
    area,
    lang: htmlLang(html),
    template: area === 'admin' ? adminTemplate(path) : publicTemplate(html, response.statusCode),
    signedIn: client !== undefined,
  };
}

/** The staff interface language is the user's own (users.locale). */
async function setAdminLanguage(lang: LanguageCode): Promise<void> {
  await t.services.db
    .updateTable('users')
    .set({ locale: lang })
    .where('email', '=', demoAdministrator(t.dataDir).email)
    .execute();
}

const name = (doc: Doc) => `${doc.host}${doc.path}${doc.signedIn ? ` (${doc.lang}, signed in)` : ''}`;

beforeAll(async () => {
  t = await createTestApp({ demo: true });
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  port = (t.app.server.address() as AddressInfo).port;
  browserHandle = await launchBrowser();

  // Public: every sitemap entry and alternate of every demo site, and the unlisted templates.
  const publicPaths = new Map<string, { host: string; path: string }>();
  for (const site of demoSites) {
    const host = site.hostnames[0] as string;
    for (const url of await sitemapUrls(t, host))
      publicPaths.set(`${url.hostname}${url.pathname}${url.search}`, {
        host: url.hostname,
        path: url.pathname + url.search,
      });
    for (const lang of languages)
      for (const path of extraPublicPaths(
        languageInfo[lang].prefix,
        routeSlugs.search[lang],
        searchTerms[lang],
      ))
        publicPaths.set(`${host}${path}`, { host, path });
  }
  for (const { host, path } of publicPaths.values()) docs.push(await fetchDoc(host, path, 'public'));
  // The language alternates the pages name that were not fetched yet (e.g. of a search).
  for (const doc of [...docs]) {
    for (const match of doc.html.matchAll(/<link rel="alternate" hreflang="[^"]+" href="([^"]+)"/g)) {
      const url = new URL((match[1] as string).replaceAll('&amp;', '&'), `http://${doc.host}`);
      const key = `${url.hostname}${url.pathname}${url.search}`;
      if (publicPaths.has(key)) continue;
      publicPaths.set(key, { host: url.hostname, path: url.pathname + url.search });
      docs.push(await fetchDoc(url.hostname, url.pathname + url.search, 'public'));
    }
  }

  // Admin: the screens met on the way in, the forgotten-password form, then every screen in
  // each interface language, signed in as the demo administrator.
  const adminHost = demoSites.find((site) => site.isDefault)?.hostnames[0] as string;
  const signIn = await signInDemoAdministrator(t, adminHost);
  admin = signIn.client;
  for (const screen of signIn.screens)
    docs.push({
      ...screen,
      host: adminHost,
      area: 'admin',
      lang: htmlLang(screen.html),
      template: screen.path,
      signedIn: false,
    });
  docs.push(await fetchDoc(adminHost, '/admin/password/forgot', 'admin'));
  for (const lang of languages) {
    await setAdminLanguage(lang);
    for (const screen of await crawlAdmin(admin))
      docs.push({
        ...screen,
        host: adminHost,
        area: 'admin',
        lang: htmlLang(screen.html),
        template: adminTemplate(screen.path),
        signedIn: true,
      });
  }
}, 300_000);

afterAll(async () => {
  await browserHandle?.close();
  await t?.close();
});

describe('the generated list of documents', () => {
  it('holds every sitemap entry, every language and the admin, and each answers as it should', () => {
    const unexpected = docs
      .filter((doc) => doc.status !== 200)
      .filter((doc) => !(doc.status === 404 && doc.path.endsWith('khong-co-trang-nay-404')))
      .filter((doc) => !(doc.status === 400 && doc.path.endsWith('/%ZZ')))
      .map((doc) => `${name(doc)}: ${doc.status}`);
    expect(unexpected).toEqual([]);
    for (const area of ['public', 'admin'] as const)
      for (const lang of ['vi', 'en', 'zh-Hans'])
        expect(
          docs.filter((doc) => doc.area === area && doc.lang === lang).length,
          `${area} ${lang}`,
        ).toBeGreaterThan(area === 'public' ? 20 : 15);
    for (const site of demoSites)
      expect(
        docs.some((doc) => doc.host === site.hostnames[0]),
        site.code,
      ).toBe(true);
  });
});

describe('the Nu Html Checker', () => {
  it('finds no error in any document', async () => {
    const started = Date.now();
    // A document with a known error proves the checker ran and its report was read.
    const canary = {
      name: 'canary',
      html: '<!DOCTYPE html><html lang="vi"><head><title>x</title></head><body><a href="/%ZZ">x</a></body></html>',
    };
    const errors = await nuErrors([canary, ...docs.map((doc) => ({ name: name(doc), html: doc.html }))]);
    console.info(`Nu Html Checker: ${docs.length} documents in ${Date.now() - started} ms`);
    expect(errors.filter((error) => error.url === 'canary').map((error) => error.message)).toEqual([
      expect.stringContaining('/%ZZ'),
    ]);
    expect(
      errors
        .filter((error) => error.url !== 'canary')
        .map((error) => `${error.url}:${error.line ?? '?'}: ${error.message} «${error.extract}»`),
    ).toEqual([]);
  }, 300_000);
});

describe('axe (WCAG 2.2 AA)', () => {
  it('finds no violation on a sample of each template, language and width', async () => {
    const started = Date.now();
    const plan = axePlan(docs, widths, process.env.CONFORMANCE_AXE === 'full');
    const violations: string[] = [];
    let runs = 0;
    // Two pages at a time (two cores); the interface language of the admin is a setting of the
    // signed-in user, so each language is one round.
    const pages = [
      await openPage(browserHandle, { width: widths[0], height: 900 }),
      await openPage(browserHandle, { width: widths[0], height: 900 }),
    ];
    const origin = `http://${docs.find((doc) => doc.signedIn)?.host}:${port}`;
    for (const page of pages)
      await page
        .context()
        .addCookies([...admin.cookies].map(([cookie, value]) => ({ name: cookie, value, url: origin })));
    for (const lang of languages) {
      await setAdminLanguage(lang);
      const queue = plan.filter((run) => run.doc.lang === languageInfo[lang].htmlLang);
      await Promise.all(
        pages.map(async (page) => {
          for (let run = queue.shift(); run; run = queue.shift()) {
            await page.setViewportSize({ width: run.width, height: 900 });
            await page.goto(`http://${run.doc.host}:${port}${run.doc.path}`);
            // The editor island replaces the body's textarea; check the page it leaves.
            if ((await page.locator('textarea[data-rich-editor]').count()) > 0)
              await page.locator('[contenteditable="true"]').first().waitFor({ timeout: 10_000 });
            runs += 1;
            if (process.env.CONFORMANCE_LOG)
              console.info(
                `axe ${runs}/${plan.length} ${Date.now() - started} ms ${name(run.doc)} @${run.width}`,
              );
            for (const violation of await axeViolations(page)) {
              const found = `${name(run.doc)} @${run.width}px: ${violation}`;
              // Said at once, so a run cut short still names what it found.
              console.warn(`axe: ${found}`);
              violations.push(found);
            }
          }
        }),
      );
    }
    for (const page of pages) await page.close();
    console.info(
      `axe: ${runs} runs over ${new Set(plan.map((run) => run.doc)).size} sampled pages in ${Date.now() - started} ms`,
    );
    expect(violations).toEqual([]);
  }, 900_000);
});
