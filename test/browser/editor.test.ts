import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import formbody from '@fastify/formbody';
import fastifyStatic from '@fastify/static';
import { build } from 'esbuild';
import Fastify, { type FastifyInstance } from 'fastify';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerSecurityHeaders } from '../../src/platform/security.ts';
import { createStaff, TEST_PASSWORD } from '../admin-session.ts';
import { createPage, defaultSiteId, paragraphs } from '../factories.ts';
import { createTestApp, type TestApp } from '../harness.ts';
import { axeViolations, type BrowserHandle, launchBrowser, openPage, viewports } from './browser.ts';

// The editor island in Chromium, on a tiny page with the portal's real CSP (script-src 'self').

interface Doc {
  type: string;
  attrs?: Record<string, unknown>;
  content?: Doc[];
  text?: string;
  marks?: { type: string; attrs?: Record<string, unknown> }[];
}

const root = process.cwd();
let server: FastifyInstance;
let browserHandle: BrowserHandle;
let base: string;
let mediaApi = true;

const escapeHtml = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

const page = (bare: boolean, value = '') => `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Soạn bài</title><link rel="icon" href="/assets/emblem.svg" type="image/svg+xml"><link rel="stylesheet" href="/assets/site.css"><link rel="stylesheet" href="/assets/admin.css">
${bare ? '' : '<link rel="stylesheet" href="/assets/editor.css">'}
</head><body><main id="main"><h1>Viết bài</h1>
<form method="post" action="/editor"><label for="b">Nội dung</label><textarea id="b" data-rich-editor name="body">${escapeHtml(value)}</textarea>
<p><button type="submit">Gửi duyệt</button></p></form></main>
<script type="module" src="/assets/build/editor.js"></script></body></html>`;

/** Stored bodies a server form could render into the textarea. */
const STORED_DOC = {
  type: 'doc',
  content: [
    { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Đã lưu' }] },
    { type: 'figure', attrs: { mediaId: 3, src: '', alt: '', caption: 'Cầu mới', credit: '' } },
    { type: 'paragraph', content: [{ type: 'text', text: 'Đoạn cuối.' }] },
  ],
};
const stored: Record<string, string> = { saved: JSON.stringify(STORED_DOC), broken: '<p>HTML cũ</p>' };

const GOOGLE_PASTE = `<meta charset="utf-8"><b style="font-weight:normal;" id="docs-internal-guid-1a2b3c4d-7fff-8e9f-0a1b-2c3d4e5f6a7b"><p dir="ltr" style="line-height:1.38;margin-top:0pt;margin-bottom:0pt;"><span style="font-size:11pt;font-family:Arial;font-weight:400;white-space:pre-wrap;">Lịch </span><span style="font-size:11pt;font-family:Arial;font-weight:700;white-space:pre-wrap;">tiếp dân</span><span style="font-size:11pt;font-style:italic;font-weight:400;white-space:pre-wrap;"> tháng 5</span></p><ol style="margin-top:0;margin-bottom:0;"><li dir="ltr" style="list-style-type:decimal;" aria-level="1"><p dir="ltr" role="presentation"><span style="font-size:11pt;font-weight:400;">Thứ hai</span></p></li></ol></b><br class="Apple-interchange-newline">`;

const WORD_PASTE = `<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><style>p.MsoNormal{margin:0}</style></head><body>
<!--StartFragment--><h1><span lang=VI>Mục tiêu<o:p></o:p></span></h1>
<p class=MsoNormal><span lang=VI style='font-size:13pt'>Theo <b>Kế hoạch 12</b>, xem <a href="https://dinh.gov.vn/kh-12">văn bản</a>.<o:p></o:p></span></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoListParagraphCxSpFirst style='text-indent:-18pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span style='font-family:Symbol'><span style='mso-list:Ignore'>·<span style='font:7pt "Times New Roman"'>&nbsp; </span></span></span><![endif]><span lang=VI>Một cửa<o:p></o:p></span></p>
<p class=MsoListParagraphCxSpLast style='text-indent:-18pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span style='font-family:Symbol'><span style='mso-list:Ignore'>·<span style='font:7pt "Times New Roman"'>&nbsp; </span></span></span><![endif]><span lang=VI>Trực tuyến<o:p></o:p></span></p>
<table class=MsoTableGrid border=1 style='mso-yfti-tbllook:1184'><tr><td width=300 style='border:solid windowtext 1pt'><p class=MsoNormal><b>Chỉ tiêu</b><o:p></o:p></p></td><td><p class=MsoNormal>90%<o:p></o:p></p></td></tr></table>
<!--EndFragment--></body></html>`;

beforeAll(async () => {
  // The bundle as scripts/build.mjs makes it (rebuilt here so the test never runs a stale one).
  await build({
    entryPoints: { editor: 'src/web/islands/editor/index.ts' },
    outdir: 'dist/public',
    bundle: true,
    platform: 'browser',
    format: 'esm',
    target: 'es2020',
    minify: true,
    sourcemap: true,
    logLevel: 'warning',
  });
  server = Fastify({ logger: false });
  await registerSecurityHeaders(server);
  await server.register(formbody);
  await server.register(fastifyStatic, {
    root: path.join(root, 'src/web/assets'),
    prefix: '/assets/',
    decorateReply: false,
  });
  await server.register(fastifyStatic, {
    root: path.join(root, 'dist/public'),
    prefix: '/assets/build/',
    decorateReply: false,
  });
  server.get('/editor', async (request, reply) =>
    reply
      .type('text/html; charset=utf-8')
      .send(page('bare' in (request.query as object), stored[(request.query as { doc?: string }).doc ?? ''])),
  );
  server.post('/editor', async (request, reply) => {
    const body = (request.body as { body?: string }).body ?? '';
    const escaped = body.replace(/&/g, '&amp;').replace(/</g, '&lt;');
    return reply
      .type('text/html; charset=utf-8')
      .send(
        `<!doctype html><html lang="vi"><title>Đã nhận</title><pre id="received">${escaped}</pre></html>`,
      );
  });
  server.get('/api/v1/media', async (_request, reply) => {
    if (!mediaApi) return reply.code(404).send({ error: 'not found' });
    return {
      items: [
        { id: 7, url: '/assets/emblem.svg', alt: '', caption: 'Toàn cảnh hội nghị', credit: 'Sở TT&TT' },
        { id: 8, url: '/assets/emblem.svg', alt: 'Quốc huy', caption: '', credit: '' },
      ],
    };
  });
  await server.listen({ port: 0, host: '127.0.0.1' });
  base = `http://127.0.0.1:${(server.server.address() as AddressInfo).port}`;
  browserHandle = await launchBrowser();
});

afterAll(async () => {
  await browserHandle?.close();
  await server?.close();
});

/** Opens the editor page, failing the test on any script error or CSP violation. */
async function open(
  viewport: { width: number; height: number },
  query = '',
  ready = '.rich-editor-content',
): Promise<{ page: Page; problems: string[] }> {
  const p = await openPage(browserHandle, viewport);
  const problems: string[] = [];
  p.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  p.on('console', (message) => {
    // This tiny server has no favicon or web fonts, and in one test no media API (the editor
    // then falls back to typed ids): only the editor's own files must load.
    const url = message.location().url;
    const own = url.includes('/assets/build/') || url.endsWith('/editor.css');
    if (message.text().startsWith('Failed to load resource') && !own) return;
    if (message.type() === 'error' || /Content Security Policy/i.test(message.text())) {
      problems.push(`${message.text()} (${message.location().url})`);
    }
  });
  await p.goto(`${base}/editor${query}`);
  await p.waitForSelector(ready);
  return { page: p, problems };
}

async function json(p: Page): Promise<Doc> {
  return JSON.parse(await p.inputValue('#b')) as Doc;
}

function find(doc: Doc, predicate: (node: Doc) => boolean): Doc[] {
  const out: Doc[] = [];
  const walk = (node: Doc) => {
    if (predicate(node)) out.push(node);
    for (const child of node.content ?? []) walk(child);
  };
  walk(doc);
  return out;
}

const textOf = (node: Doc): string => (node.text ?? '') + (node.content ?? []).map(textOf).join('');

/** Alt+F10 to the toolbar, then arrow keys to the named button, then Enter. */
async function toolbarPress(p: Page, name: string): Promise<void> {
  await p.keyboard.press('Alt+F10');
  for (let i = 0; i < 30; i += 1) {
    if ((await p.evaluate(() => document.activeElement?.getAttribute('aria-label'))) === name) break;
    await p.keyboard.press('ArrowRight');
  }
  expect(await p.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(name);
  await p.keyboard.press('Enter');
}

describe('rich-text editor island', () => {
  it('is served at /assets/build/ by the application', async () => {
    expect(existsSync(path.join(root, 'dist/public/editor.js'))).toBe(true);
    const t = await createTestApp();
    try {
      const response = await t.app.inject({ method: 'GET', url: '/assets/build/editor.js' });
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toMatch(/javascript/);
    } finally {
      await t.close();
    }
  });

  it('writes, formats, pastes from Word, links and inserts a figure with the keyboard', async () => {
    mediaApi = true;
    const { page: p, problems } = await open(viewports.desktop);
    expect(await p.isHidden('#b')).toBe(true);
    expect(JSON.parse(await p.inputValue('#b'))).toEqual({ type: 'doc', content: [{ type: 'paragraph' }] });

    // Keyboard only: Tab reaches the toolbar (one stop), then the editing area.
    await p.keyboard.press('Tab');
    expect(await p.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Đoạn văn');
    await p.keyboard.press('Tab');
    const editable = await p.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      return [el.getAttribute('role'), el.getAttribute('aria-multiline'), el.getAttribute('aria-label')];
    });
    expect(editable).toEqual(['textbox', 'true', 'Nội dung']);

    await p.keyboard.type('Kế hoạch chuyển đổi số');
    await p.keyboard.press('Control+Alt+2');
    await p.keyboard.press('End');
    await p.keyboard.press('Enter');
    await p.keyboard.type('Một từ ');
    await p.keyboard.press('Control+B');
    await p.keyboard.type('đậm');
    await p.keyboard.press('Control+B');
    await p.keyboard.type(' ở đây.');
    await p.keyboard.press('Enter');

    let doc = await json(p);
    expect(doc.content?.[0]).toEqual({
      type: 'heading',
      attrs: { level: 2 },
      content: [{ type: 'text', text: 'Kế hoạch chuyển đổi số' }],
    });
    expect(doc.content?.[1]?.content).toEqual([
      { type: 'text', text: 'Một từ ' },
      { type: 'text', text: 'đậm', marks: [{ type: 'bold' }] },
      { type: 'text', text: ' ở đây.' },
    ]);
    expect(await p.getAttribute('[aria-label="Chữ đậm"]', 'aria-pressed')).toBe('false');

    // Paste from Word: structure kept, junk gone.
    await p.evaluate((html) => {
      const data = new DataTransfer();
      data.setData('text/html', html);
      data.setData('text/plain', 'Mục tiêu');
      document
        .querySelector('.rich-editor-content')!
        .dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    }, WORD_PASTE);
    doc = await json(p);
    expect(find(doc, (n) => n.type === 'heading').map(textOf)).toEqual([
      'Kế hoạch chuyển đổi số',
      'Mục tiêu',
    ]);
    const list = find(doc, (n) => n.type === 'bulletList');
    expect(list.map((l) => l.content?.map(textOf))).toEqual([['Một cửa', 'Trực tuyến']]);
    const table = find(doc, (n) => n.type === 'table')[0]!;
    expect(table.content?.[0]?.content?.map((cell) => [cell.type, textOf(cell)])).toEqual([
      ['tableCell', 'Chỉ tiêu'],
      ['tableCell', '90%'],
    ]);
    const pastedBold = find(doc, (n) => n.type === 'text' && !!n.marks?.some((m) => m.type === 'bold'));
    expect(pastedBold.map((n) => n.text)).toEqual(['đậm', 'Kế hoạch 12', 'Chỉ tiêu']);
    const links = find(doc, (n) => !!n.marks?.some((m) => m.type === 'link'));
    expect(links.map((n) => [n.text, n.marks?.find((m) => m.type === 'link')?.attrs?.['href']])).toEqual([
      ['văn bản', 'https://dinh.gov.vn/kh-12'],
    ]);
    expect(JSON.stringify(doc)).not.toMatch(/mso|MsoNormal|o:p|·/);

    // A link: javascript: is refused with a message, a bare host is completed.
    await p.keyboard.press('Control+End');
    await p.keyboard.press('Enter');
    await p.keyboard.type('Xem Cổng thông tin');
    for (const _ of 'Cổng thông tin') await p.keyboard.press('Shift+ArrowLeft');
    await p.keyboard.press('Control+K');
    await p.waitForSelector('dialog[open]');
    await p.keyboard.type('javascript:alert(1)');
    await p.keyboard.press('Enter');
    const error = p.locator('dialog[open] .rich-dialog-error:not([hidden])');
    await expect.poll(() => error.textContent()).toContain('Không dùng javascript:');
    expect(await p.getAttribute('dialog[open] input[name="href"]', 'aria-invalid')).toBe('true');
    await p.fill('dialog[open] input[name="href"]', 'dinh.gov.vn/lien-he');
    await p.keyboard.press('Enter');
    await p.waitForSelector('dialog', { state: 'detached' });
    await p.keyboard.press('End');
    await p.keyboard.type(' của tỉnh.');
    doc = await json(p);
    const portal = find(doc, (n) => n.text === 'Cổng thông tin')[0]!;
    expect(portal.marks).toEqual([
      {
        type: 'link',
        attrs: { href: 'https://dinh.gov.vn/lien-he', target: null, rel: null, class: null, title: null },
      },
    ]);

    // A figure from the media library, with alt text, caption and credit.
    await p.keyboard.press('End');
    await p.keyboard.press('Enter');
    await toolbarPress(p, 'Chèn ảnh');
    await p.waitForSelector('dialog[open] .rich-media-picker');
    expect(await axeViolations(p)).toEqual([]);
    await p.keyboard.press('Space'); // the first library image, focused
    expect(await p.inputValue('dialog[open] input[name="mediaId"]')).toBe('7');
    await p.getByLabel('Mô tả ảnh (alt)').fill('Đại biểu dự hội nghị chuyển đổi số');
    await p.locator('dialog[open] button[type="submit"]').press('Enter');
    await p.waitForSelector('dialog', { state: 'detached' });
    doc = await json(p);
    expect(find(doc, (n) => n.type === 'figure').map((n) => n.attrs)).toEqual([
      {
        mediaId: 7,
        src: '/assets/emblem.svg',
        alt: 'Đại biểu dự hội nghị chuyển đổi số',
        caption: 'Toàn cảnh hội nghị',
        credit: 'Sở TT&TT',
      },
    ]);
    expect(await p.getAttribute('form', 'data-missing-alt')).toBeNull();

    // Word and character counts, announced politely.
    const count = p.locator('.rich-editor-count');
    expect(await count.getAttribute('aria-live')).toBe('polite');
    await expect.poll(() => count.textContent(), { timeout: 5000 }).toMatch(/^\d+ từ · \d+ ký tự$/);
    const words = Number((await count.textContent())?.split(' ')[0]);
    expect(words).toBeGreaterThan(15);

    expect(await axeViolations(p)).toEqual([]);
    await p.screenshot({ path: 'test-results/screenshots/editor-desktop.png', fullPage: true });
    expect(problems).toEqual([]);
    await p.close();
  });

  it('puts the cursor after an inserted or edited photo, so typing never replaces it', async () => {
    mediaApi = true;
    const { page: p, problems } = await open(viewports.desktop);
    await p.focus('.rich-editor-content');
    await p.keyboard.type('Đoạn mở đầu.');
    await p.keyboard.press('Enter');
    await toolbarPress(p, 'Chèn ảnh');
    await p.waitForSelector('dialog[open] .rich-media-picker');
    await p.keyboard.press('Space'); // the first library image
    await p.getByLabel('Mô tả ảnh (alt)').fill('Quốc huy');
    await p.locator('dialog[open] button[type="submit"]').press('Enter');
    await p.waitForSelector('dialog', { state: 'detached' });
    // The next keystrokes write after the photo; they never replace it.
    await p.keyboard.type('Đoạn sau ảnh.');
    const blocks = async () => (await json(p)).content?.map((node) => [node.type, textOf(node)]);
    expect(await blocks()).toEqual([
      ['paragraph', 'Đoạn mở đầu.'],
      ['figure', ''],
      ['paragraph', 'Đoạn sau ảnh.'],
    ]);
    expect(await p.locator('.rich-figure.ProseMirror-selectednode').count()).toBe(0);

    // The same after its dialog closes from "Sửa ảnh": typing goes on below the photo.
    await p.click('.rich-figure-frame');
    expect(await p.locator('.rich-figure.ProseMirror-selectednode').count()).toBe(1);
    await p.keyboard.press('Enter');
    await p.waitForSelector('dialog[open]');
    await p.getByLabel('Chú thích').fill('Quốc huy Việt Nam');
    await p.locator('dialog[open] button[type="submit"]').press('Enter');
    await p.waitForSelector('dialog', { state: 'detached' });
    await p.keyboard.type('Tiếp theo. ');
    expect(await blocks()).toEqual([
      ['paragraph', 'Đoạn mở đầu.'],
      ['figure', ''],
      ['paragraph', 'Tiếp theo. Đoạn sau ảnh.'],
    ]);
    expect(find(await json(p), (n) => n.type === 'figure')[0]?.attrs).toMatchObject({
      mediaId: 7,
      alt: 'Quốc huy',
      caption: 'Quốc huy Việt Nam',
    });
    expect(problems).toEqual([]);
    await p.close();
  });

  it('stops a submit while a figure lacks alt text, then lets it through', async () => {
    mediaApi = false; // the media API is not there: ids are typed in
    const { page: p, problems } = await open(viewports.desktop);
    await p.focus('.rich-editor-content');
    await p.keyboard.type('Ảnh:');
    await toolbarPress(p, 'Chèn ảnh');
    await p.waitForSelector('dialog[open]');
    expect(await p.locator('dialog[open] .rich-media-picker').count()).toBe(0);
    await p.keyboard.type('abc');
    await p.keyboard.press('Enter');
    await expect
      .poll(() => p.locator('dialog[open] .rich-dialog-error:not([hidden])').textContent())
      .toContain('số nguyên dương');
    await p.fill('dialog[open] input[name="mediaId"]', '12');
    await p.keyboard.press('Enter');
    await p.waitForSelector('dialog', { state: 'detached' });
    expect(await p.getAttribute('form', 'data-missing-alt')).toBe('1');

    await p.click('button[type="submit"]');
    const alert = p.locator('.rich-editor-alert');
    await expect.poll(() => alert.textContent()).toContain('Ảnh 1 (mã 12)');
    expect(p.url()).toBe(`${base}/editor`);
    // The figure is selected in the focused editor: Enter opens its dialog.
    expect(await p.evaluate(() => document.activeElement?.classList.contains('rich-editor-content'))).toBe(
      true,
    );
    expect(await p.locator('.rich-figure.ProseMirror-selectednode').count()).toBe(1);
    await p.keyboard.press('Enter');
    await p.waitForSelector('dialog[open]');
    await p.keyboard.type('Bản đồ hành chính tỉnh');
    await p.locator('dialog[open] button[type="submit"]').press('Enter');
    await p.waitForSelector('dialog', { state: 'detached' });
    expect(await p.getAttribute('form', 'data-missing-alt')).toBeNull();
    expect(await alert.isHidden()).toBe(true);

    const sent = await p.inputValue('#b');
    await Promise.all([
      p.waitForURL(`${base}/editor`, { waitUntil: 'load' }),
      p.click('button[type="submit"]'),
    ]);
    expect(JSON.parse((await p.textContent('#received')) ?? '')).toEqual(JSON.parse(sent));
    expect(find(JSON.parse(sent) as Doc, (n) => n.type === 'figure')[0]?.attrs).toMatchObject({
      mediaId: 12,
      alt: 'Bản đồ hành chính tỉnh',
    });
    expect(problems).toEqual([]);
    await p.close();
  });

  it('loads a stored document, flags its figure without alt, and pastes from Google Docs', async () => {
    const { page: p, problems } = await open(viewports.desktop, '?doc=saved');
    expect(await json(p)).toEqual(STORED_DOC);
    expect(await p.getAttribute('form', 'data-missing-alt')).toBe('1');
    expect(await p.locator('.rich-figure-warning:not([hidden])').count()).toBe(1);
    await p.focus('.rich-editor-content');
    await p.keyboard.press('Control+End');
    await p.keyboard.press('Enter');
    await p.evaluate((html) => {
      const data = new DataTransfer();
      data.setData('text/html', html);
      data.setData('text/plain', 'Lịch tiếp dân tháng 5');
      document
        .querySelector('.rich-editor-content')!
        .dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    }, GOOGLE_PASTE);
    const doc = await json(p);
    const marked = find(doc, (n) => !!n.marks?.length).map((n) => [n.text, n.marks?.map((m) => m.type)]);
    expect(marked).toEqual([
      ['tiếp dân', ['bold']],
      [' tháng 5', ['italic']],
    ]);
    expect(find(doc, (n) => n.type === 'orderedList').map(textOf)).toEqual(['Thứ hai']);
    // Escape closes a dialog and puts focus back in the editor.
    await p.keyboard.press('Control+K');
    await p.waitForSelector('dialog[open]');
    await p.keyboard.press('Escape');
    await p.waitForSelector('dialog', { state: 'detached' });
    expect(await p.evaluate(() => document.activeElement?.classList.contains('rich-editor-content'))).toBe(
      true,
    );
    expect(problems).toEqual([]);
    await p.close();
  });

  it('leaves a textarea it cannot read alone', async () => {
    const { page: p } = await open(viewports.desktop, '?doc=broken', '.rich-editor-note');
    expect(await p.isVisible('#b')).toBe(true);
    expect(await p.inputValue('#b')).toBe('<p>HTML cũ</p>');
    expect(await p.locator('.rich-editor-content').count()).toBe(0);
    await p.close();
  });

  it('is axe-clean and fits a 360 px phone, loading its own stylesheet', async () => {
    const { page: p, problems } = await open(viewports.phone, '?bare');
    await expect
      .poll(() => p.evaluate(() => !!document.querySelector('link[href$="/assets/editor.css"]')))
      .toBe(true);
    await p.focus('.rich-editor-content');
    await p.keyboard.type('Bảng:');
    await toolbarPress(p, 'Chèn bảng');
    expect(await p.getAttribute('[aria-label="Thêm hàng"]', 'aria-disabled')).toBe('false');
    const overflow = await p.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const toolbarRows = await p.evaluate(() => {
      const tops = new Set(
        [...document.querySelectorAll('.rich-toolbar button')].map((b) => b.getBoundingClientRect().top),
      );
      return tops.size;
    });
    expect(toolbarRows).toBeGreaterThan(1);
    await p.screenshot({ path: 'test-results/screenshots/editor-phone.png', fullPage: true });
    expect(await axeViolations(p)).toEqual([]);
    expect(problems).toEqual([]);
    await p.close();
  });
});

/** Runs `test` against the real application on a port, closed afterwards. */
async function withApp(
  test: (app: { t: TestApp; appBase: string; siteId: number }) => Promise<void>,
): Promise<void> {
  const t = await createTestApp();
  try {
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    const appBase = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
    await test({ t, appBase, siteId: await defaultSiteId(t.services.db) });
  } finally {
    await t.close();
  }
}

/** Signs a staff member in through the app's login form (no second factor) and returns the page. */
async function signIn(appBase: string, email: string): Promise<Page> {
  const p = await openPage(browserHandle, viewports.desktop);
  await p.goto(`${appBase}/admin/login`);
  await p.getByLabel('Thư điện tử').fill(email);
  await p.getByLabel('Mật khẩu').fill(TEST_PASSWORD);
  await Promise.all([p.waitForURL(`${appBase}/admin`), p.getByLabel('Mật khẩu').press('Enter')]);
  return p;
}

describe('the editor in the newsroom forms', () => {
  it('names its toolbar, buttons and dialogs in the staff member’s language', async () => {
    await withApp(async ({ t, appBase, siteId }) => {
      const expected = {
        en: {
          toolbar: 'Text formatting',
          first: 'Paragraph',
          image: 'Insert image',
          alt: 'Image description (alt)',
        },
        zh: { toolbar: '文本格式', first: '段落', image: '插入图片', alt: '图片替代文本（alt）' },
      } as const;
      for (const lang of ['en', 'zh'] as const) {
        const writer = await createStaff(t.services, 'contributor', siteId);
        await t.services.db.updateTable('users').set({ locale: lang }).where('id', '=', writer.id).execute();
        const p = await signIn(appBase, writer.email);
        await p.goto(`${appBase}/admin/articles/new`);
        await p.waitForSelector('.rich-editor-content');
        const names = await p.evaluate(() =>
          [...document.querySelectorAll('.rich-toolbar button')].map((b) => b.getAttribute('aria-label')),
        );
        // Every button is named in the staff member's language, none left in Vietnamese.
        expect(names[0], lang).toBe(expected[lang].first);
        expect(names).toContain(expected[lang].image);
        expect(names.filter((name) => /[\u00C0-\u1EF9]/u.test(name ?? ''))).toEqual([]);
        expect(await p.getAttribute('.rich-toolbar', 'aria-label')).toBe(expected[lang].toolbar);
        await p.focus('.rich-editor-content');
        await toolbarPress(p, expected[lang].image);
        await p.waitForSelector('dialog[open]');
        expect(await p.locator('dialog[open] h2').textContent()).toBe(expected[lang].image);
        expect(await p.getByLabel(expected[lang].alt).count()).toBe(1);
        expect(await axeViolations(p)).toEqual([]);
        await p.screenshot({ path: `test-results/screenshots/editor-${lang}.png`, fullPage: false });
        await p.close();
      }
    });
  });

  it('edits a static page in the rich editor, never as raw JSON, and the public page shows the change', async () => {
    await withApp(async ({ t, appBase, siteId }) => {
      const pageId = await createPage(t.services.db, siteId, {
        title: 'Giới thiệu chung',
        slug: 'gioi-thieu-chung',
        body: paragraphs('Lạc Hồng là tỉnh trung du.'),
      });
      const editor = await createStaff(t.services, 'editor', siteId);
      const p = await signIn(appBase, editor.email);
      await p.goto(`${appBase}/admin/pages/${pageId}`);
      await p.waitForSelector('.rich-editor-content');
      // The JSON the form posts stays out of sight; the editor shows the text.
      expect(await p.isVisible('textarea[name="body"]')).toBe(false);
      expect(await p.locator('.rich-editor-content').textContent()).toBe('Lạc Hồng là tỉnh trung du.');
      await p.locator('.rich-editor-content p').click();
      await p.keyboard.press('End');
      await p.keyboard.type(' Tỉnh có 99 xã, phường.');
      await Promise.all([
        p.waitForURL((url) => url.pathname !== `/admin/pages/${pageId}` || url.search.includes('done')),
        p.getByRole('button', { name: 'Lưu', exact: true }).click(),
      ]);
      const publicPage = await t.app.inject({ url: '/gioi-thieu-chung' });
      expect(publicPage.body).toContain('Lạc Hồng là tỉnh trung du. Tỉnh có 99 xã, phường.');
      await p.close();
    });
  });
});
