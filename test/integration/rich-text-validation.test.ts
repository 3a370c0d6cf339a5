import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueToken } from '../../src/modules/api/tokens.ts';
import { richTextProblem } from '../../src/web/rich-text-schema.ts';
import { type Client, createStaff, loginAs } from '../admin-session.ts';
import { createCategory, defaultSiteId } from '../factories.ts';
import { createTestApp, type TestApp } from '../harness.ts';
import { createViaForm } from '../newsroom.ts';

/**
 * Finding 16: rich-text bodies are checked against the editor's schema on every write (API,
 * admin article form and its autosave, pages), so every stored body opens in the editor. A
 * refused body answers with a field message naming what was refused, and nothing is stored.
 * The demo province passes the same check.
 */

let t: TestApp;
let siteId: number;
let categoryId: number;
let token: string;
let editor: Client;

beforeAll(async () => {
  t = await createTestApp({ demo: true });
  siteId = await defaultSiteId(t.services.db);
  categoryId = await createCategory(t.services.db, siteId, { name: 'Kiểm thử', slug: 'kiem-thu' });
  const chief = await createStaff(t.services, 'editor', siteId);
  const issued = await issueToken(t.services, {
    siteId,
    name: 'Khóa thử',
    scopes: ['articles:write'],
    expiresAt: null,
    actor: { actorId: chief.id, actorLabel: chief.email, ip: '127.0.0.1' },
  });
  token = issued.token;
  editor = await loginAs(t.app, await createStaff(t.services, 'editor', siteId));
});
afterAll(async () => t?.close());

const doc = (...content: unknown[]) => ({ type: 'doc', content });
const p = (...content: unknown[]) => ({ type: 'paragraph', content });
const linked = (href: string) =>
  doc(p({ type: 'text', text: 'Bấm vào đây', marks: [{ type: 'link', attrs: { href } }] }));

const count = async (table: 'articles' | 'pages' | 'revisions') =>
  Number(
    (
      await t.services.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

function postApi(body: unknown, language = 'vi') {
  return t.app.inject({
    method: 'POST',
    url: '/api/v1/articles',
    headers: { authorization: `Bearer ${token}`, host: 'localhost', 'accept-language': language },
    payload: { title: 'Bài qua API', categoryId, body },
  });
}

const BAD_BODIES: { name: string; body: unknown; message: string }[] = [
  {
    name: 'a javascript: link',
    body: linked('javascript:alert(document.cookie)'),
    message:
      'Liên kết “javascript:alert(document.cookie)” không được phép. Chỉ nhận địa chỉ http://, https://, mailto:, tel: hoặc đường dẫn trong cổng bắt đầu bằng một dấu /.',
  },
  {
    name: 'a /\\host link',
    body: linked('/\\evil.example/dang-nhap'),
    message:
      'Liên kết “/\\evil.example/dang-nhap” không được phép. Chỉ nhận địa chỉ http://, https://, mailto:, tel: hoặc đường dẫn trong cổng bắt đầu bằng một dấu /.',
  },
  {
    name: 'an on* attribute',
    body: doc({ type: 'paragraph', attrs: { onclick: 'alert(1)' }, content: [{ type: 'text', text: 'x' }] }),
    message:
      'Nội dung có thuộc tính xử lý sự kiện “onclick” (ở “paragraph”); thuộc tính này không được phép.',
  },
  {
    name: 'an unknown node',
    body: doc({ type: 'iframe', attrs: { src: 'https://evil.example' } }),
    message: 'Nội dung có khối “iframe” mà trình soạn thảo không hỗ trợ.',
  },
];

describe('rich-text bodies on write', () => {
  it('the demo province and every stored body pass the editor schema', async () => {
    const articles = await t.services.db.selectFrom('articles').select(['id', 'body']).execute();
    const pages = await t.services.db.selectFrom('pages').select(['id', 'body']).execute();
    expect(articles.length).toBeGreaterThan(10);
    for (const row of [...articles, ...pages])
      expect(richTextProblem(JSON.parse(row.body)), String(row.id)).toBeUndefined();
  });

  it.each(BAD_BODIES)(
    'API: refuses $name with a field message, storing nothing',
    async ({ body, message }) => {
      const before = { articles: await count('articles'), revisions: await count('revisions') };
      const response = await postApi(body);
      expect(response.statusCode).toBe(400);
      expect(response.json().error).toMatchObject({
        code: 'VALIDATION_FAILED',
        fields: [{ path: 'body', message }],
      });
      expect({ articles: await count('articles'), revisions: await count('revisions') }).toEqual(before);
    },
  );

  it('API: the same refusal in English, and a sound body is stored as sent', async () => {
    const english = await postApi(linked('data:text/html,hi'), 'en');
    expect(english.json().error.fields[0].message).toContain('The link “data:text/html,hi” is not allowed.');
    const sound = linked('https://lachong.gov.vn/tin-tuc');
    const created = await postApi(sound);
    expect(created.statusCode).toBe(201);
    const stored = await t.services.db
      .selectFrom('articles')
      .select('body')
      .where('id', '=', created.json().id)
      .executeTakeFirstOrThrow();
    expect(JSON.parse(stored.body)).toEqual(sound);
  });

  it('API: a PATCH with a bad body changes nothing', async () => {
    const created = (await postApi('Đoạn đầu tiên.')).json();
    const response = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/articles/${created.id}`,
      headers: { authorization: `Bearer ${token}`, host: 'localhost' },
      payload: { version: created.version, body: BAD_BODIES[2]!.body },
    });
    expect(response.statusCode).toBe(400);
    const stored = await t.services.db
      .selectFrom('articles')
      .select(['body', 'version'])
      .where('id', '=', created.id)
      .executeTakeFirstOrThrow();
    expect(stored.version).toBe(created.version);
    expect(JSON.parse(stored.body).content[0].content[0].text).toBe('Đoạn đầu tiên.');
  });

  it.each(BAD_BODIES)(
    'admin form: refuses $name with the message at the body field',
    async ({ body, message }) => {
      const before = await count('articles');
      const response = await createViaForm(editor, {
        title: 'Bài qua biểu mẫu',
        category_id: String(categoryId),
        body: JSON.stringify(body),
      });
      expect(response.statusCode).toBe(400);
      expect(response.body).toContain(message.replaceAll('&', '&amp;'));
      expect(await count('articles')).toBe(before);
    },
  );

  it('admin autosave: 422 with the field message', async () => {
    const page = await editor.get('/admin/articles/new');
    const csrf = /name="_csrf" value="([^"]+)"/.exec(page.body)?.[1] ?? '';
    const before = await count('articles');
    const response = await editor.post('/admin/articles/autosave', {
      _csrf: csrf,
      title: 'Bản nháp tự lưu',
      category_id: String(categoryId),
      lang: 'vi',
      body: JSON.stringify(BAD_BODIES[0]!.body),
    });
    expect(response.statusCode).toBe(422);
    expect(response.json().errors.body).toBe(BAD_BODIES[0]!.message);
    expect(await count('articles')).toBe(before);
  });

  it('pages: refuses a body with an unknown node, storing nothing', async () => {
    const before = await count('pages');
    const response = await editor.submit('/admin/pages/new?lang=vi', '/admin/pages', {
      lang: 'vi',
      version: '0',
      title: 'Trang thử',
      status: 'draft',
      body: JSON.stringify(BAD_BODIES[3]!.body),
    });
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain(BAD_BODIES[3]!.message);
    expect(await count('pages')).toBe(before);
  });

  it('collection items: refuses a rich-text field with an on* attribute, storing nothing', async () => {
    const items = async () =>
      Number(
        (
          await t.services.db
            .selectFrom('collection_items')
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const before = await items();
    const response = await editor.submit('/admin/leaders/new', '/admin/leaders', {
      'd.full_name': 'Nguyễn Văn Thử',
      'd.position': 'Phó Chủ tịch UBND tỉnh',
      'd.biography': JSON.stringify(BAD_BODIES[2]!.body),
      'd.duties': 'Phụ trách khối văn hóa – xã hội.',
      'd.display_order': '9',
      'd.term_start': '2024-11-15',
      'd.term_end': '',
      'd.photo': '',
    });
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain(BAD_BODIES[2]!.message);
    expect(await items()).toBe(before);
  });
});
