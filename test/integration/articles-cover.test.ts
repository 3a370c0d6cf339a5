import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storeImage } from '../../src/modules/media/images.ts';
import { storageOf } from '../../src/modules/media/media.service.ts';
import { type Client, csrfToken, type StaffUser } from '../admin-session.ts';
import { createSite, mediaRow } from '../factories.ts';
import type { TestApp } from '../harness.ts';
import { png } from '../media-fixtures.ts';
import {
  articleFields,
  createViaForm,
  loadArticle,
  type NewsroomPerson,
  openNewsroom,
  postArticle,
} from '../newsroom.ts';

// The article's cover-image picker: the chooser page that works without JavaScript (reached by
// saving the form first), "Dùng ảnh này", "Bỏ ảnh bìa", and what is refused.

let t: TestApp;
let categoryId: number;
let people: Record<NewsroomPerson, { user: StaffUser; client: Client }>;
let writeDraft: (client: Client, title: string, body?: string) => Promise<number>;
const ALT = 'Toàn cảnh cầu Lạc Hồng nhìn từ bờ bắc';
const media = { image: 0, plain: 0, document: 0, elsewhere: 0 };

async function image(siteId: number, name: string, alt: string): Promise<number> {
  const row = await storeImage(t.services.db, storageOf(t.services), {
    siteId,
    bytes: await png(320, 200),
    originalName: name,
    alt,
    now: t.services.clock(),
  });
  return row.id;
}

/** Loads the chooser (for its CSRF token) and presses "Dùng ảnh này" for `mediaId`. */
async function useImage(client: Client, articleId: number, mediaId: string) {
  const page = await client.get(`/admin/articles/${articleId}/cover`);
  expect(page.statusCode).toBe(200);
  return client.post(`/admin/articles/${articleId}/cover`, {
    _csrf: csrfToken(page.body),
    media_id: mediaId,
  });
}

beforeAll(async () => {
  const newsroom = await openNewsroom();
  ({ t, categoryId, people } = newsroom);
  writeDraft = newsroom.writeDraft;
  const db = t.services.db;
  media.image = await image(newsroom.siteId, 'cau-lac-hong.png', ALT);
  media.plain = await image(newsroom.siteId, 'chua-mo-ta.png', '');
  const otherSite = await createSite(db, { hostnames: ['so-tu-phap.lachong.test'] });
  media.elsewhere = await image(otherSite, 'so-tu-phap.png', 'Ảnh của sở khác');
  const doc = await db
    .insertInto('media')
    .values(
      mediaRow(newsroom.siteId, {
        original_name: 'bao-cao.pdf',
        created_at: t.services.clock().toISOString(),
      }),
    )
    .returning('id')
    .executeTakeFirstOrThrow();
  media.document = doc.id;
});
afterAll(async () => t?.close());

describe('the cover field in the article form', () => {
  it('offers "Chọn ảnh" instead of a number field, and shows the chosen cover with its description', async () => {
    const client = people.writer.client;
    const id = await writeDraft(client, 'Bài chưa có ảnh bìa');
    const empty = await client.get(`/admin/articles/${id}/edit`);
    expect(empty.body).toContain('Bài viết chưa có ảnh bìa.');
    expect(empty.body).toContain('value="choose_cover"');
    expect(empty.body).toContain('>Chọn ảnh<');
    expect(empty.body).not.toContain('inputMode="numeric"');
    expect(empty.body).toMatch(/<input type="hidden" name="cover_media_id" value(="")? data-cover-id/);

    const row = await loadArticle(t.services.db, id);
    const saved = await postArticle(client, id, articleFields(row, { cover_media_id: String(media.image) }));
    expect(saved.statusCode).toBe(303);
    const page = await client.get(`/admin/articles/${id}/edit`);
    expect(page.body).toContain(`Ảnh số ${media.image}: `);
    expect(page.body).toMatch(
      /<img src="\/media\/[^"]+" width="\d+" height="\d+" alt(="")? class="cover-thumb"/,
    );
    expect(page.body).toContain('>Bỏ ảnh bìa<');
    expect(page.body).toContain('>Đổi ảnh<');
  });

  it('without JavaScript, "Chọn ảnh" saves what was typed, then the chooser sets the cover', async () => {
    const client = people.writer.client;
    const id = await writeDraft(client, 'Khánh thành cầu Lạc Hồng');
    const row = await loadArticle(t.services.db, id);
    const chose = await postArticle(
      client,
      id,
      articleFields(row, { title: 'Khánh thành cầu Lạc Hồng nối đôi bờ', lead: 'Sapo chưa lưu.' }),
      'choose_cover',
    );
    expect(chose.statusCode).toBe(303);
    expect(chose.headers.location).toBe(`/admin/articles/${id}/cover`);
    const typed = await loadArticle(t.services.db, id);
    expect(typed.title).toBe('Khánh thành cầu Lạc Hồng nối đôi bờ');
    expect(typed.lead).toBe('Sapo chưa lưu.');

    const chooser = await client.get(`/admin/articles/${id}/cover`);
    expect(chooser.statusCode).toBe(200);
    expect(chooser.body).toContain('Chọn ảnh bìa cho: Khánh thành cầu Lạc Hồng nối đôi bờ');
    expect(chooser.body).toContain(`aria-label="Dùng ảnh số ${media.image}: ${ALT} làm ảnh bìa"`);
    expect(chooser.body).toContain(`Ảnh số ${media.plain} (chưa có mô tả)`);
    expect(chooser.body).toContain('>Dùng ảnh này<');
    // Only this site's images: no documents, nothing of another site.
    expect(chooser.body).not.toContain(`value="${media.document}"`);
    expect(chooser.body).not.toContain(`value="${media.elsewhere}"`);
    const searched = await client.get(`/admin/articles/${id}/cover?q=cau%20lac%20hong`);
    expect(searched.body).toContain(`value="${media.image}"`);
    expect(searched.body).not.toContain(`value="${media.plain}"`);

    const used = await client.post(`/admin/articles/${id}/cover`, {
      _csrf: csrfToken(chooser.body),
      media_id: String(media.image),
    });
    expect(used.statusCode).toBe(303);
    expect(used.headers.location).toBe(`/admin/articles/${id}/edit?done=cover`);
    const after = await loadArticle(t.services.db, id);
    expect(after.cover_media_id).toBe(media.image);
    expect(after.cover_alt).toBe(ALT); // the library's description fills an empty alt
    expect(after.title).toBe('Khánh thành cầu Lạc Hồng nối đôi bờ');
    expect(after.version).toBe(typed.version + 1);
    const edit = await client.get(`/admin/articles/${id}/edit?done=cover`);
    expect(edit.body).toContain('Đã đặt ảnh bìa cho bài viết.');
    const audit = await t.services.db
      .selectFrom('audit_log')
      .select('action')
      .where('entity_type', '=', 'article')
      .where('entity_id', '=', String(id))
      .execute();
    expect(audit.length).toBeGreaterThanOrEqual(3);
  });

  it('keeps an alt text the editor already wrote when another image is chosen', async () => {
    const client = people.writer.client;
    const id = await writeDraft(client, 'Bài có mô tả riêng');
    const row = await loadArticle(t.services.db, id);
    await postArticle(client, id, articleFields(row, { cover_alt: 'Mô tả do biên tập viên viết' }));
    expect((await useImage(client, id, String(media.image))).statusCode).toBe(303);
    expect((await loadArticle(t.services.db, id)).cover_alt).toBe('Mô tả do biên tập viên viết');
  });

  it('"Chọn ảnh" on a new article creates the draft first, then opens the chooser', async () => {
    const response = await createViaForm(
      people.writer.client,
      { title: 'Bài mới cần ảnh bìa', category_id: String(categoryId), body: 'Nội dung.' },
      'choose_cover',
    );
    expect(response.statusCode).toBe(303);
    const match = /^\/admin\/articles\/(\d+)\/cover$/.exec(String(response.headers.location));
    expect(match).not.toBeNull();
    const created = await loadArticle(t.services.db, Number(match?.[1]));
    expect(created.title).toBe('Bài mới cần ảnh bìa');
    expect(created.status).toBe('draft');
  });

  it('"Bỏ ảnh bìa" removes the cover and keeps the other changes', async () => {
    const client = people.writer.client;
    const id = await writeDraft(client, 'Bài sẽ bỏ ảnh bìa');
    expect((await useImage(client, id, String(media.image))).statusCode).toBe(303);
    const row = await loadArticle(t.services.db, id);
    expect(row.cover_media_id).toBe(media.image);
    const removed = await postArticle(client, id, articleFields(row, { lead: 'Sapo mới.' }), 'remove_cover');
    expect(removed.statusCode).toBe(303);
    expect(removed.headers.location).toBe(`/admin/articles/${id}/edit?done=cover_removed`);
    const after = await loadArticle(t.services.db, id);
    expect(after.cover_media_id).toBeNull();
    expect(after.lead).toBe('Sapo mới.');
    expect((await client.get(String(removed.headers.location))).body).toContain('Đã bỏ ảnh bìa.');
  });
});

describe('what the cover picker refuses', () => {
  it('refuses an id that is not an image of this site, with a clear message, and changes nothing', async () => {
    const client = people.writer.client;
    const id = await writeDraft(client, 'Bài thử ảnh sai');
    const before = await loadArticle(t.services.db, id);
    for (const wrong of [String(media.document), String(media.elsewhere), '999999', 'abc', '']) {
      const response = await useImage(client, id, wrong);
      expect(response.statusCode, wrong).toBe(400);
      expect(response.body).toContain('Ảnh bìa phải là một ảnh trong thư viện của cổng này.');
    }
    expect(await loadArticle(t.services.db, id)).toEqual(before);

    // Through the form's field too (a crafted post, or an old page): a field-level message.
    for (const wrong of [String(media.document), String(media.elsewhere)]) {
      const response = await postArticle(client, id, articleFields(before, { cover_media_id: wrong }));
      expect(response.statusCode).toBe(400);
      expect(response.body).toContain('id="article-cover-media-id-error"');
      expect(response.body).toContain('Không tìm thấy ảnh có mã này trong thư viện của cổng.');
    }
    const invalid = await postArticle(client, id, articleFields(before, { cover_media_id: '-3' }));
    expect(invalid.statusCode).toBe(400);
    expect(await loadArticle(t.services.db, id)).toEqual(before);
  });

  it('speaks the person’s language', async () => {
    const client = people.editor.client;
    await t.services.db
      .updateTable('users')
      .set({ locale: 'en' })
      .where('id', '=', people.editor.user.id)
      .execute();
    const id = await writeDraft(people.writer.client, 'Bài cho biên tập viên');
    const response = await useImage(client, id, String(media.document));
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('The cover must be an image from this portal’s library.');
    await t.services.db
      .updateTable('users')
      .set({ locale: 'vi' })
      .where('id', '=', people.editor.user.id)
      .execute();
  });

  it('needs the CSRF token', async () => {
    const client = people.writer.client;
    const id = await writeDraft(client, 'Bài thử CSRF');
    const response = await client.post(`/admin/articles/${id}/cover`, { media_id: String(media.image) });
    expect(response.statusCode).toBe(403);
    expect((await loadArticle(t.services.db, id)).cover_media_id).toBeNull();
  });

  it('lets only those who may edit the article open the chooser or set the cover', async () => {
    const id = await writeDraft(people.writer.client, 'Bài của người viết');
    const token = csrfToken((await people.colleague.client.get('/admin/articles/new')).body);
    for (const person of ['colleague', 'limited'] as const) {
      const client = people[person].client;
      expect((await client.get(`/admin/articles/${id}/cover`)).statusCode, person).toBe(403);
      const own = person === 'colleague' ? token : csrfToken((await client.get('/admin/articles/new')).body);
      const response = await client.post(`/admin/articles/${id}/cover`, {
        _csrf: own,
        media_id: String(media.image),
      });
      expect(response.statusCode, person).toBe(403);
    }
    expect((await loadArticle(t.services.db, id)).cover_media_id).toBeNull();
    expect((await people.writer.client.get('/admin/articles/999999/cover')).statusCode).toBe(404);
    // Nobody signed in: the sign-in form.
    const anonymous = await t.app.inject({ method: 'GET', url: `/admin/articles/${id}/cover` });
    expect([302, 303]).toContain(anonymous.statusCode);
    // The edit form's cover button needs the right to edit, like "Lưu".
    const row = await loadArticle(t.services.db, id);
    const refused = await people.colleague.client.post(`/admin/articles/${id}`, {
      _csrf: token,
      ...articleFields(row),
      intent: 'choose_cover',
    });
    expect(refused.statusCode).toBe(403);
  });
});
