import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAudit } from '../../src/modules/audit/audit.ts';
import { type Client, createStaff, csrfToken, loginAs } from '../admin-session.ts';
import { createArticle, createCategory, createPage, defaultSiteId, paragraphs } from '../factories.ts';
import { createTestApp, type TestApp } from '../harness.ts';
import { articleFields, idFromLocation, loadArticle, postArticle } from '../newsroom.ts';
import {
  addTranslation,
  BODY_WITH_FIGURE_AND_TABLE,
  countRows,
  legalStates,
  linkOf,
  pageIdFrom,
  seedDashboardSite,
} from '../translations.ts';

// "Thêm bản dịch" for articles, static pages and category names; stale flags with the source's
// diff; the translators' dashboard with the content the law requires in English; who may do it.

let t: TestApp;
let siteId: number;
let news: number;
let chief: Client;
let editor: Client;
let contributor: Client;

beforeAll(async () => {
  t = await createTestApp();
  const db = t.services.db;
  siteId = await defaultSiteId(db);
  news = await createCategory(db, siteId, {
    name: 'Tin tức',
    slug: 'tin-tuc',
    showInMenu: true,
    translations: { en: { name: 'News', slug: 'news' } },
  });
  chief = await loginAs(t.app, await createStaff(t.services, 'chief_editor', siteId));
  editor = await loginAs(t.app, await createStaff(t.services, 'editor', siteId));
  contributor = await loginAs(t.app, await createStaff(t.services, 'contributor', siteId));
});
afterAll(async () => t?.close());

const count = (table: 'articles' | 'pages') => countRows(t.services.db, table);
const link = (type: 'article' | 'page' | 'category', id: number, lang: 'en') =>
  linkOf(t.services.db, type, id, lang);
const pageId = pageIdFrom;

describe('"Thêm bản dịch" for an article', () => {
  let vi: number;
  let en: number;

  it('makes a linked English draft prefilled with the source, figures and tables kept', async () => {
    vi = await createArticle(t.services.db, siteId, news, {
      title: 'Khánh thành cầu Lạc Hồng',
      body: BODY_WITH_FIGURE_AND_TABLE,
      cover_alt: 'Ảnh cầu',
      cover_caption: 'Cầu mới',
    });
    const form = await editor.get(`/admin/articles/${vi}/edit`);
    expect(form.body).toContain('Thêm bản dịch tiếng Anh');
    expect(form.body).toContain(`action="/admin/articles/${vi}/translations"`);
    const response = await addTranslation(
      editor,
      `/admin/articles/${vi}/edit`,
      `/admin/articles/${vi}/translations`,
      'en',
    );
    expect(response.statusCode).toBe(303);
    expect(String(response.headers.location)).toMatch(/\?done=translated$/);
    en = idFromLocation(response.headers.location);
    const [source, draft] = [await loadArticle(t.services.db, vi), await loadArticle(t.services.db, en)];
    expect(draft).toMatchObject({
      lang: 'en',
      translation_group: source.translation_group,
      status: 'draft',
      category_id: news,
      title: source.title,
      body: source.body,
      cover_alt: 'Ảnh cầu',
      published_at: null,
    });
    expect(await link('article', en, 'en')).toMatchObject({
      source_id: vi,
      source_lang: 'vi',
      source_version: 1,
      stale_since: null,
    });
    const page = await editor.get(String(response.headers.location));
    expect(page.body).toContain('Đã tạo bản dịch.');
    expect(page.body).toContain('vẫn đang chứa văn bản tiếng Việt');
    expect(page.body).toContain('Bản gốc</span>');
    const audit = await t.services.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'article.translate')
      .executeTakeFirstOrThrow();
    expect(JSON.parse(audit.after ?? '{}')).toMatchObject({ lang: 'en', sourceId: vi, sourceLang: 'vi' });
  });

  it('refuses the item’s own language and a second English version, changing nothing', async () => {
    const before = await count('articles');
    const same = await addTranslation(
      editor,
      `/admin/articles/${vi}/edit`,
      `/admin/articles/${vi}/translations`,
      'vi',
    );
    expect(same.statusCode).toBe(400);
    expect(same.body).toContain('Mục này đã là bản tiếng Việt');
    const twice = await addTranslation(
      editor,
      `/admin/articles/${vi}/edit`,
      `/admin/articles/${vi}/translations`,
      'en',
    );
    expect(twice.statusCode).toBe(409);
    expect(twice.body).toContain('Mục này đã có bản tiếng Anh');
    expect(twice.body).toContain(`href="/admin/articles/${en}/edit"`);
    // From the translation back into the source's language: that version exists too.
    const back = await addTranslation(
      editor,
      `/admin/articles/${en}/edit`,
      `/admin/articles/${en}/translations`,
      'vi',
    );
    expect(back.statusCode).toBe(409);
    const bad = await addTranslation(
      editor,
      `/admin/articles/${vi}/edit`,
      `/admin/articles/${vi}/translations`,
      'fr',
    );
    expect(bad.statusCode).toBe(400);
    expect(await count('articles')).toBe(before);
  });

  it('keeps the translation from going on while it is the source text, and its language fixed', async () => {
    const row = await loadArticle(t.services.db, en);
    const submitted = await postArticle(editor, en, articleFields(row), 'send_for_approval');
    expect(submitted.statusCode).toBe(400);
    expect(submitted.body).toContain(
      'Bản dịch vẫn còn nguyên văn bản gốc ở “Tiêu đề”, “Tóm tắt”, “Nội dung”',
    );
    const moved = await postArticle(editor, en, articleFields(row, { lang: 'vi' }));
    expect(moved.statusCode).toBe(400);
    expect(moved.body).toContain('không đổi được ngôn ngữ');
    expect((await loadArticle(t.services.db, en)).lang).toBe('en');
  });

  it('refuses a translation with only its title translated, naming what is left, on every path', async () => {
    const db = t.services.db;
    const titleOnly = { title: 'Lac Hong bridge opens', slug: '' };
    const left = '“Tóm tắt”, “Nội dung”, “Mô tả ảnh bìa”, “Chú thích ảnh bìa”';
    // The edit form: publishing is refused and nothing is written.
    const form = await postArticle(chief, en, articleFields(await loadArticle(db, en), titleOnly), 'publish');
    expect(form.statusCode).toBe(400);
    expect(form.body).toContain(`Bản dịch vẫn còn nguyên văn bản gốc ở ${left}.`);
    expect(await loadArticle(db, en)).toMatchObject({ status: 'draft', title: 'Khánh thành cầu Lạc Hồng' });
    // Saved as a draft with the title translated, it still cannot move on: the API…
    const saved = await postArticle(chief, en, articleFields(await loadArticle(db, en), titleOnly));
    expect(saved.statusCode).toBe(303);
    const csrf = (await chief.get('/api/v1/csrf-token')).json().token as string;
    const api = await chief.request({
      method: 'POST',
      url: `/api/v1/articles/${en}/transitions`,
      payload: { action: 'publish' },
      headers: { 'x-csrf-token': csrf, 'accept-language': 'en' },
    });
    expect(api.statusCode).toBe(400);
    const fields = api.json().error.fields as { path: string; message: string }[];
    expect(fields.map((field) => field.path)).toEqual(['lead', 'body', 'coverAlt', 'coverCaption']);
    expect(fields[0]?.message).toBe(
      'The translation still holds the original text in “Summary”. Translate all of it before sending it for review or publishing it.',
    );
    // …and the list's bulk action, in the staff member's own language.
    const chiefId = (
      await db
        .selectFrom('users')
        .select('id')
        .where('email', 'like', 'chief_editor.%')
        .executeTakeFirstOrThrow()
    ).id;
    await db.updateTable('users').set({ locale: 'zh' }).where('id', '=', chiefId).execute();
    const list = await chief.get('/admin/articles');
    const bulk = await chief.post('/admin/articles/bulk', {
      _csrf: csrfToken(list.body),
      action: 'publish',
      ids: String(en),
    });
    await db.updateTable('users').set({ locale: 'vi' }).where('id', '=', chiefId).execute();
    expect(bulk.body).toContain('译本的“摘要”、“正文”、“封面图片替代文本”、“封面图片说明”仍是原文。');
    expect((await loadArticle(db, en)).status).toBe('draft');
  });

  it('publishes the English version on its own once translated', async () => {
    const row = await loadArticle(t.services.db, en);
    const saved = await postArticle(
      chief,
      en,
      articleFields(row, {
        title: 'Lac Hong bridge opens',
        slug: '',
        lead: 'A new bridge for the province.',
        body: 'The province opened a new bridge this morning.',
        cover_alt: 'The bridge',
        cover_caption: 'The new bridge',
      }),
      'publish',
    );
    expect(saved.statusCode).toBe(303);
    const published = await loadArticle(t.services.db, en);
    expect(published.status).toBe('published');
    expect((await loadArticle(t.services.db, vi)).status).toBe('published');
    const html = (await t.app.inject({ url: `/en/news/lac-hong-bridge-opens-${en}` })).body;
    expect(html).toContain('The province opened a new bridge this morning.');
    expect(html).toContain('hreflang="vi"');
  });
});

describe('"Thêm bản dịch" for a static page', () => {
  let about: number;
  let child: number;

  it('refuses a sub-page whose parent has no version in that language yet', async () => {
    about = await createPage(t.services.db, siteId, {
      title: 'Giới thiệu chung',
      body: paragraphs('Tỉnh miền núi.'),
    });
    child = await createPage(t.services.db, siteId, { title: 'Cơ cấu tổ chức', parentId: about });
    const before = await count('pages');
    const response = await addTranslation(
      editor,
      `/admin/pages/${child}`,
      `/admin/pages/${child}/translations`,
      'en',
    );
    expect(response.statusCode).toBe(409);
    expect(response.body).toContain('Trang cha “Giới thiệu chung” chưa có bản tiếng Anh');
    expect(await count('pages')).toBe(before);
  });

  it('makes linked drafts under the translated parent; refuses same-language and duplicates', async () => {
    const parent = await addTranslation(
      editor,
      `/admin/pages/${about}`,
      `/admin/pages/${about}/translations`,
      'en',
    );
    expect(parent.statusCode).toBe(303);
    const aboutEn = pageId(parent.headers.location);
    const response = await addTranslation(
      editor,
      `/admin/pages/${child}`,
      `/admin/pages/${child}/translations`,
      'en',
    );
    expect(response.statusCode).toBe(303);
    const childEn = pageId(response.headers.location);
    const row = await t.services.db
      .selectFrom('pages')
      .selectAll()
      .where('id', '=', childEn)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ lang: 'en', parent_id: aboutEn, status: 'draft', title: 'Cơ cấu tổ chức' });
    expect(await link('page', childEn, 'en')).toMatchObject({ source_id: child, source_lang: 'vi' });
    const before = await count('pages');
    const same = await addTranslation(
      editor,
      `/admin/pages/${child}`,
      `/admin/pages/${child}/translations`,
      'vi',
    );
    expect(same.statusCode).toBe(400);
    const twice = await addTranslation(
      editor,
      `/admin/pages/${child}`,
      `/admin/pages/${child}/translations`,
      'en',
    );
    expect(twice.statusCode).toBe(409);
    expect(twice.body).toContain('Mục này đã có bản tiếng Anh');
    expect(await count('pages')).toBe(before);
    // Publishing the untranslated copy is refused; a translated one is published on its own.
    const edit = await editor.get(`/admin/pages/${childEn}`);
    const fields = { _csrf: csrfToken(edit.body), lang: 'en', version: '1', slug: '', status: 'published' };
    const refused = await editor.post(`/admin/pages/${childEn}`, {
      ...fields,
      title: row.title,
      body: row.body,
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.body).toContain('Bản dịch vẫn còn nguyên văn bản gốc ở “Tiêu đề”');
    const ok = await editor.post(`/admin/pages/${childEn}`, {
      ...fields,
      title: 'Organisational structure',
      body: 'Departments.',
    });
    expect(ok.statusCode).toBe(303);
    const published = await t.services.db
      .selectFrom('pages')
      .selectAll()
      .where('id', '=', childEn)
      .executeTakeFirstOrThrow();
    expect(published).toMatchObject({ status: 'published', slug: 'organisational-structure' });
  });
});

describe('"Thêm bản dịch" for a category', () => {
  let economy: number;

  it('shows the source beside the form and creates the English name, linked', async () => {
    economy = await createCategory(t.services.db, siteId, {
      name: 'Kinh tế',
      slug: 'kinh-te',
      showInMenu: true,
    });
    const edit = await chief.get(`/admin/categories/${economy}`);
    expect(edit.body).toContain(`href="/admin/categories/${economy}/translations/en"`);
    const form = await chief.get(`/admin/categories/${economy}/translations/en`);
    expect(form.statusCode).toBe(200);
    expect(form.body).toContain('Bản gốc tiếng Việt');
    const response = await chief.post(`/admin/categories/${economy}/translations/en`, {
      _csrf: csrfToken(form.body),
      intent: 'create',
      from: 'vi',
      name: 'Economy',
      slug: '',
      description: 'Economic news',
    });
    expect(response.statusCode).toBe(303);
    expect((await t.app.inject({ url: '/en/economy' })).statusCode).toBe(200);
    expect(await link('category', economy, 'en')).toMatchObject({ source_id: economy, source_lang: 'vi' });
  });

  it('refuses its own language and a second English name', async () => {
    const same = await chief.get(`/admin/categories/${economy}/translations/vi`);
    expect(same.statusCode).toBe(400);
    expect(same.body).toContain('Mục này đã là bản tiếng Việt');
    const form = await chief.get(`/admin/categories/${economy}/translations/zh`);
    const twice = await chief.post(`/admin/categories/${economy}/translations/en`, {
      _csrf: csrfToken(form.body),
      intent: 'create',
      from: 'vi',
      name: 'Economics',
    });
    expect(twice.statusCode).toBe(409);
    const names = await t.services.db
      .selectFrom('category_translations')
      .select('name')
      .where('category_id', '=', economy)
      .where('lang', '=', 'en')
      .execute();
    expect(names).toEqual([{ name: 'Economy' }]);
  });
});

describe('stale translations', () => {
  /** A Vietnamese article with a published English translation, made through the admin. */
  async function translatedArticle(title: string): Promise<{ vi: number; en: number }> {
    const vi = await createArticle(t.services.db, siteId, news, { title, lead: 'Tóm tắt ban đầu.' });
    const added = await addTranslation(
      chief,
      `/admin/articles/${vi}/edit`,
      `/admin/articles/${vi}/translations`,
      'en',
    );
    const en = idFromLocation(added.headers.location);
    const row = await loadArticle(t.services.db, en);
    const translated = { title: `${title} (English)`, lead: 'First summary.', body: 'English text.' };
    expect((await postArticle(chief, en, articleFields(row, translated), 'publish')).statusCode).toBe(303);
    return { vi, en };
  }

  it('flags the translation when the source’s text changes, not when other fields do', async () => {
    const { vi, en } = await translatedArticle('Hội nghị xúc tiến đầu tư');
    const row = await loadArticle(t.services.db, vi);
    expect((await postArticle(chief, vi, articleFields(row, { featured: '1' }))).statusCode).toBe(303);
    expect((await link('article', en, 'en'))?.stale_since).toBeNull();
    const changed = await postArticle(
      chief,
      vi,
      articleFields(await loadArticle(t.services.db, vi), {
        lead: 'Tóm tắt ban đầu, thêm tổng vốn 850 tỷ đồng.',
      }),
    );
    expect(changed.statusCode).toBe(303);
    expect((await link('article', en, 'en'))?.stale_since).not.toBeNull();
  });

  it('shows the translator what changed, and clears the flag when the translation is updated', async () => {
    const { vi, en } = await translatedArticle('Khởi công đường ven biển');
    const source = await loadArticle(t.services.db, vi);
    await postArticle(chief, vi, articleFields(source, { lead: 'Tuyến đường dài 32 km.' }));
    const page = await chief.get(`/admin/articles/${en}/edit`);
    expect(page.body).toContain('Bản gốc đã thay đổi');
    expect(page.body).toContain('từ phiên bản 1 đến phiên bản 2');
    expect(page.body).toMatch(/<del>Tóm tắt ban đầu.<\/del>/);
    expect(page.body).toMatch(/<ins>Tuyến đường dài 32 km.<\/ins>/);
    expect(page.body).toContain('name="translation_synced"');
    const dashboard = await chief.get('/admin/translations');
    expect(dashboard.body).toContain(`href="/admin/articles/${en}/edit"`);

    const row = await loadArticle(t.services.db, en);
    const saved = await postArticle(chief, en, {
      ...articleFields(row, { lead: 'The road is 32 km long.' }),
      translation_synced: '1',
    });
    expect(saved.statusCode).toBe(303);
    expect(await link('article', en, 'en')).toMatchObject({ stale_since: null, source_version: 2 });
    expect((await chief.get(`/admin/articles/${en}/edit`)).body).not.toContain('Bản gốc đã thay đổi');
    expect((await chief.get('/admin/translations')).body).not.toContain(`href="/admin/articles/${en}/edit"`);
    const audit = await t.services.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'translation.synced')
      .where('entity_id', '=', String(en))
      .executeTakeFirstOrThrow();
    expect(JSON.parse(audit.after ?? '{}')).toMatchObject({ sourceId: vi, sourceVersion: 2 });
  });

  it('flags a page translation and clears it with "Đã cập nhật theo bản gốc"', async () => {
    const vi = await createPage(t.services.db, siteId, {
      title: 'Liên hệ',
      body: paragraphs('Điện thoại 0203.'),
    });
    const added = await addTranslation(editor, `/admin/pages/${vi}`, `/admin/pages/${vi}/translations`, 'en');
    const en = pageId(added.headers.location);
    const edit = await editor.get(`/admin/pages/${vi}`);
    const changed = await editor.post(`/admin/pages/${vi}`, {
      _csrf: csrfToken(edit.body),
      lang: 'vi',
      version: '1',
      title: 'Liên hệ',
      slug: 'lien-he',
      body: 'Điện thoại 0203 3822 555.',
      status: 'published',
    });
    expect(changed.statusCode).toBe(303);
    expect((await link('page', en, 'en'))?.stale_since).not.toBeNull();
    const page = await editor.get(`/admin/pages/${en}`);
    expect(page.body).toContain('<ins>0203 3822 555.</ins>');
    const marked = await editor.post(`/admin/pages/${en}/translations/synced`, {
      _csrf: csrfToken(page.body),
    });
    expect(marked.statusCode).toBe(303);
    expect((await editor.get(String(marked.headers.location))).body).toContain(
      'Đã đánh dấu bản dịch khớp với bản gốc.',
    );
    expect(await link('page', en, 'en')).toMatchObject({ stale_since: null, source_version: 2 });
  });

  it('flags a category name and clears it when the translator updates it', async () => {
    const id = await createCategory(t.services.db, siteId, { name: 'Văn hóa', slug: 'van-hoa' });
    const form = await chief.get(`/admin/categories/${id}/translations/en`);
    await chief.post(`/admin/categories/${id}/translations/en`, {
      _csrf: csrfToken(form.body),
      intent: 'create',
      name: 'Culture',
      description: '',
    });
    const edit = await chief.get(`/admin/categories/${id}`);
    const renamed = await chief.post(`/admin/categories/${id}`, {
      _csrf: csrfToken(edit.body),
      name_vi: 'Văn hóa, thể thao',
      slug_vi: 'van-hoa',
      name_en: 'Culture',
      slug_en: 'culture',
      parent_id: '',
      position: '5',
    });
    expect(renamed.statusCode).toBe(303);
    expect((await link('category', id, 'en'))?.stale_since).not.toBeNull();
    const screen = await chief.get(`/admin/categories/${id}/translations/en`);
    expect(screen.body).toMatch(/<ins>[^<]*thể thao<\/ins>/);
    const updated = await chief.post(`/admin/categories/${id}/translations/en`, {
      _csrf: csrfToken(screen.body),
      intent: 'update',
      name: 'Culture and sport',
      slug: 'culture',
      description: '',
      translation_synced: '1',
    });
    expect(updated.statusCode).toBe(303);
    expect(await link('category', id, 'en')).toMatchObject({ stale_since: null, source_version: 2 });
  });
});

describe('the translators’ dashboard', () => {
  const host = 'dich.lachong.gov.vn';
  let other: number;
  let contacts: number;
  let translator: Client;

  beforeAll(async () => {
    ({ siteId: other, contacts } = await seedDashboardSite(t, host));
    translator = await loginAs(t.app, await createStaff(t.services, 'editor', other), host);
  });

  it('shows coverage per category and language, with counts and percentages', async () => {
    const html = (await translator.get('/admin/translations')).body;
    const row = (name: string) =>
      html.slice(html.indexOf(`<th scope="row">${name}</th>`)).split('</tr>')[0] ?? '';
    const affairs = row('Thời sự');
    expect(affairs).toContain('<td>4</td>');
    expect(affairs).toContain('2/4 (50%)');
    expect(affairs).toContain('1 đang dịch');
    expect(affairs).toContain('1 cần cập nhật');
    expect(affairs).toContain('0/4 (0%)');
    expect(row('Trang tĩnh')).toContain('2/3 (66%)');
    expect(row('Tên chuyên mục')).toContain('1/1 (100%)');
    expect(html).toContain('Tin bốn chưa dịch');
    expect(html).not.toContain('Tin lưu trữ');
    expect(html).toContain('Tin hai EN');
  });

  it('flags the content the law requires in English when missing, stale or not chosen', async () => {
    const before = legalStates((await translator.get('/admin/translations')).body);
    expect(before).toEqual([
      'Cơ cấu tổ chức: ok',
      'Chức năng, nhiệm vụ: missing',
      'Thông tin liên hệ: unmarked',
    ]);
    // The editor chooses the topic in the contacts page's form; its English version is stale.
    const page = await t.services.db
      .selectFrom('pages')
      .selectAll()
      .where('id', '=', contacts)
      .executeTakeFirstOrThrow();
    const form = await translator.get(`/admin/pages/${contacts}`);
    expect(form.body).toContain('Nội dung bắt buộc bằng tiếng Anh');
    const saved = await translator.post(`/admin/pages/${contacts}`, {
      _csrf: csrfToken(form.body),
      lang: 'vi',
      version: String(page.version),
      title: page.title,
      slug: page.slug,
      body: page.body,
      status: 'published',
      legal_topic: 'contacts',
    });
    expect(saved.statusCode).toBe(303);
    const after = legalStates((await translator.get('/admin/translations')).body);
    expect(after).toContain('Thông tin liên hệ: stale');
    const start = (await translator.get('/admin')).body;
    expect(start).toContain(
      '2 bản dịch cần cập nhật theo bản gốc; 2 nội dung bắt buộc bằng tiếng Anh chưa đầy đủ.',
    );
    expect(start).toContain('href="/admin/translations"');
  });

  it('lists what is missing per language, with “Thêm bản dịch”', async () => {
    const zh = (await translator.get('/admin/translations?lang=zh')).body;
    expect(zh).toContain('Chưa có bản tiếng Trung');
    expect(zh).toContain('Thêm bản dịch tiếng Trung');
    expect(zh).toContain('Tin một');
  });
});

describe('who may translate', () => {
  it('sends visitors without a session to the login page', async () => {
    for (const [method, url] of [
      ['GET', '/admin/translations'],
      ['POST', '/admin/articles/1/translations'],
      ['POST', '/admin/pages/1/translations/synced'],
      ['GET', '/admin/categories/1/translations/en'],
    ] as const) {
      const response = await t.app.inject({ method, url, ...(method === 'POST' ? { payload: {} } : {}) });
      expect(response.statusCode, url).toBe(303);
      expect(String(response.headers.location)).toMatch(/^\/admin\/login/);
    }
  });

  it('answers 403 to roles that may not, and checks CSRF', async () => {
    expect((await contributor.get('/admin/translations')).statusCode).toBe(403);
    expect((await contributor.get('/admin')).body).not.toContain('href="/admin/translations"');
    expect((await editor.get('/admin')).body).toContain('href="/admin/translations"');
    const page = await createPage(t.services.db, siteId, { title: 'Lịch sử' });
    const home = await contributor.get('/admin');
    expect(
      (
        await contributor.post(`/admin/pages/${page}/translations`, {
          _csrf: csrfToken(home.body),
          lang: 'en',
        })
      ).statusCode,
    ).toBe(403);
    expect((await editor.get(`/admin/categories/${news}/translations/zh`)).statusCode).toBe(403);
    // A contributor sees only their own articles, and so translates only those.
    const article = await createArticle(t.services.db, siteId, news, { title: 'Bài của người khác' });
    const refused = await contributor.post(`/admin/articles/${article}/translations`, {
      _csrf: csrfToken(home.body),
      lang: 'en',
    });
    expect(refused.statusCode).toBe(403);
    const before = await count('articles');
    const forged = await editor.post(`/admin/articles/${article}/translations`, { lang: 'en' });
    expect(forged.statusCode).toBe(403);
    expect(await count('articles')).toBe(before);
  });

  it('keeps the audit chain whole', async () => {
    expect((await verifyAudit(t.services.db)).ok).toBe(true);
  });
});

describe('the demo province', () => {
  let demo: TestApp;
  beforeAll(async () => {
    demo = await createTestApp({ demo: true });
  });
  afterAll(async () => demo?.close());

  it('leaves the dashboard work to show: English pages present, missing and stale', async () => {
    const site = await defaultSiteId(demo.services.db);
    const client = await loginAs(demo.app, await createStaff(demo.services, 'editor', site));
    const html = (await client.get('/admin/translations')).body;
    expect(legalStates(html)).toEqual([
      'Cơ cấu tổ chức: ok',
      'Chức năng, nhiệm vụ: stale',
      'Thông tin liên hệ: missing',
      'Thông tin liên hệ: ok',
    ]);
    const english = /<a href="(\/admin\/pages\/\d+)" lang="en">Functions and duties<\/a>/.exec(html)?.[1];
    const page = (await client.get(String(english))).body;
    expect(page).toContain('Bản gốc đã thay đổi');
    expect(page).toContain('<ins>Chỉ đạo xây dựng chính quyền số');
  });
});
