import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client, StaffUser } from '../admin-session.ts';
import { csrfToken } from '../admin-session.ts';
import type { TestApp } from '../harness.ts';
import {
  articleFields,
  createViaForm,
  loadArticle,
  type NewsroomPerson,
  openNewsroom,
  postArticle,
  versionIn,
} from '../newsroom.ts';

let t: TestApp;
let categoryId: number;
let people: Record<NewsroomPerson, { user: StaffUser; client: Client }>;
let writeDraft: (client: Client, title: string, body?: string) => Promise<number>;

beforeAll(async () => {
  const newsroom = await openNewsroom();
  ({ t, categoryId, people } = newsroom);
  writeDraft = newsroom.writeDraft;
});
afterAll(async () => t?.close());

describe('the article form', () => {
  it('shows field-level Vietnamese messages and keeps what was typed', async () => {
    const response = await createViaForm(people.writer.client, {
      title: '',
      slug: 'Sai Dạng',
      category_id: '',
      body: 'Nội dung tôi đã gõ, không được mất.',
    });
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('Vui lòng nhập tiêu đề.');
    expect(response.body).toContain('Vui lòng chọn chuyên mục.');
    expect(response.body).toContain('Nội dung tôi đã gõ, không được mất.');
    expect(response.body).toContain('value="Sai Dạng"');
    expect(response.body).toContain('aria-invalid="true"');
  });

  it('refuses to submit while a figure in the body has no alt text', async () => {
    const body = JSON.stringify({
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: 'Ảnh hiện trường.' }] },
        { type: 'figure', attrs: { mediaId: 1, alt: '', caption: 'Cầu mới' } },
      ],
    });
    const response = await createViaForm(
      people.writer.client,
      { title: 'Bài có ảnh thiếu mô tả', category_id: String(categoryId), body },
      'submit',
    );
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('Ảnh thứ 1 trong nội dung chưa có mô tả');
    const stored = await t.services.db
      .selectFrom('articles')
      .select('id')
      .where('title', '=', 'Bài có ảnh thiếu mô tả')
      .execute();
    expect(stored).toEqual([]);
  });

  it('refuses a category outside a limited role', async () => {
    const response = await createViaForm(people.limited.client, {
      title: 'Bài ngoài phạm vi',
      category_id: String(categoryId),
      body: 'Nội dung.',
    });
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('Bạn không có quyền đăng bài vào chuyên mục này.');
  });
});

describe('permissions', () => {
  it("refuses a contributor another's article (403) and publishing (403)", async () => {
    const id = await writeDraft(people.writer.client, 'Bài của người viết');
    const row = await loadArticle(t.services.db, id);
    const colleague = people.colleague.client;
    expect((await colleague.get(`/admin/articles/${id}/edit`)).statusCode).toBe(403);
    expect((await colleague.get(`/admin/articles/${id}/preview`)).statusCode).toBe(403);
    expect((await colleague.get(`/admin/articles/${id}/revisions`)).statusCode).toBe(403);
    const page = await colleague.get('/admin/articles/new');
    const edit = await colleague.post(`/admin/articles/${id}`, {
      _csrf: csrfToken(page.body),
      ...articleFields(row, { title: 'Sửa trộm' }),
      intent: 'save',
    });
    expect(edit.statusCode).toBe(403);
    const publish = await postArticle(people.writer.client, id, articleFields(row), 'publish');
    expect(publish.statusCode).toBe(403);
    expect(await loadArticle(t.services.db, id)).toMatchObject({
      title: 'Bài của người viết',
      status: 'draft',
    });
    // The list shows a contributor only their own articles.
    const list = await colleague.get('/admin/articles');
    expect(list.statusCode).toBe(200);
    expect(list.body).not.toContain('Bài của người viết');
  });

  it('does not let an editor publish, nor a contributor edit after submitting', async () => {
    const id = await writeDraft(people.writer.client, 'Bài chờ biên tập');
    let row = await loadArticle(t.services.db, id);
    expect((await postArticle(people.writer.client, id, articleFields(row), 'submit')).statusCode).toBe(303);
    row = await loadArticle(t.services.db, id);
    expect(
      (await postArticle(people.writer.client, id, articleFields(row, { title: 'Sửa sau khi gửi' })))
        .statusCode,
    ).toBe(403);
    expect((await postArticle(people.editor.client, id, articleFields(row), 'publish')).statusCode).toBe(403);
    expect((await loadArticle(t.services.db, id)).status).toBe('pending_edit');
  });
});

describe('optimistic locking', () => {
  it("refuses the second of two saves of the same version with a comparison, keeping both people's text", async () => {
    const id = await writeDraft(
      people.chief.client,
      'Hội nghị xúc tiến đầu tư',
      'Hội nghị diễn ra tại trung tâm hội nghị tỉnh.',
    );
    const first = people.chief.client;
    const second = people.editor.client;
    const pageA = await first.get(`/admin/articles/${id}/edit`);
    const pageB = await second.get(`/admin/articles/${id}/edit`);
    expect(versionIn(pageA.body)).toBe('1');
    expect(versionIn(pageB.body)).toBe('1');
    const row = await loadArticle(t.services.db, id);
    const saveA = await first.post(`/admin/articles/${id}`, {
      _csrf: csrfToken(pageA.body),
      ...articleFields(row, { body: 'Hội nghị diễn ra sáng thứ Hai tại trung tâm hội nghị tỉnh.' }),
      intent: 'save',
    });
    expect(saveA.statusCode).toBe(303);
    const saveB = await second.post(`/admin/articles/${id}`, {
      _csrf: csrfToken(pageB.body),
      ...articleFields(row, { body: 'Hội nghị thu hút 120 doanh nghiệp tham dự.' }),
      intent: 'save',
    });
    expect(saveB.statusCode).toBe(409);
    expect(saveB.body).toContain('Bài viết vừa được người khác lưu');
    // The second person's text is still in the form, with the stored version to overwrite.
    expect(saveB.body).toContain('Hội nghị thu hút 120 doanh nghiệp tham dự.');
    expect(versionIn(saveB.body)).toBe('2');
    // The comparison shows the words that differ.
    expect(saveB.body).toMatch(/<del[^>]*>[^<]*sáng thứ Hai[^<]*<\/del>/);
    expect(saveB.body).toMatch(/<ins[^>]*>[^<]*120 doanh nghiệp[^<]*<\/ins>/);
    // The first person's save is intact.
    const stored = await loadArticle(t.services.db, id);
    expect(stored.version).toBe(2);
    expect(stored.body).toContain('sáng thứ Hai');
    // Saving again from the comparison screen overwrites knowingly.
    const retry = await second.post(`/admin/articles/${id}`, {
      _csrf: csrfToken(saveB.body),
      ...articleFields(row, { body: 'Hội nghị thu hút 120 doanh nghiệp tham dự.', version: '2' }),
      intent: 'save',
    });
    expect(retry.statusCode).toBe(303);
    expect((await loadArticle(t.services.db, id)).version).toBe(3);
  });

  it('autosaves drafts as JSON, and reports a conflict instead of overwriting', async () => {
    const id = await writeDraft(people.writer.client, 'Bài tự động lưu');
    const client = people.writer.client;
    const page = await client.get(`/admin/articles/${id}/edit`);
    expect(page.body).toContain('data-autosave="/admin/articles/');
    expect(page.body).toMatch(/src="\/assets\/autosave\.[0-9a-f]{8}\.js"/);
    const row = await loadArticle(t.services.db, id);
    const ok = await client.post(`/admin/articles/${id}/autosave`, {
      _csrf: csrfToken(page.body),
      ...articleFields(row, { lead: 'Sapo viết dở.' }),
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ ok: true, version: 2 });
    expect(ok.json().savedAt).toMatch(/^\d{2}:\d{2}$/);
    // A second autosave by the same person replaces the autosave revision.
    const again = await client.post(`/admin/articles/${id}/autosave`, {
      _csrf: csrfToken(page.body),
      ...articleFields(row, { lead: 'Sapo viết xong.', version: '2' }),
    });
    expect(again.json()).toMatchObject({ ok: true, version: 3 });
    const notes = await t.services.db
      .selectFrom('revisions')
      .select('note')
      .where('entity_id', '=', id)
      .where('entity_type', '=', 'article')
      .orderBy('id')
      .execute();
    expect(notes.map((note) => note.note)).toEqual(['create', 'autosave']);
    const stale = await client.post(`/admin/articles/${id}/autosave`, {
      _csrf: csrfToken(page.body),
      ...articleFields(row, { lead: 'Bản cũ.', version: '1' }),
    });
    expect(stale.statusCode).toBe(409);
    expect((await loadArticle(t.services.db, id)).lead).toBe('Sapo viết xong.');
    // Without a CSRF token nothing is saved.
    const forged = await client.post(
      `/admin/articles/${id}/autosave`,
      articleFields(row, { lead: 'Giả mạo', version: '3' }),
    );
    expect(forged.statusCode).toBe(403);
  });
});

describe('revisions', () => {
  it('compares any two revisions word by word and restores an old one as a new revision', async () => {
    const id = await writeDraft(people.writer.client, 'Mùa lúa mới', 'Nông dân thu hoạch lúa sớm.');
    let row = await loadArticle(t.services.db, id);
    await postArticle(
      people.writer.client,
      id,
      articleFields(row, { body: 'Nông dân huyện Yên Thế thu hoạch lúa sớm.' }),
    );
    row = await loadArticle(t.services.db, id);
    await postArticle(people.writer.client, id, articleFields(row, { title: 'Mùa lúa bội thu' }));
    const revisions = await t.services.db
      .selectFrom('revisions')
      .select(['id', 'version'])
      .where('entity_type', '=', 'article')
      .where('entity_id', '=', id)
      .orderBy('id')
      .execute();
    expect(revisions.map((revision) => revision.version)).toEqual([1, 2, 3]);

    const page = await people.writer.client.get(
      `/admin/articles/${id}/revisions?a=${revisions[0]!.id}&b=${revisions[2]!.id}`,
    );
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Khác biệt giữa phiên bản 1 và phiên bản 3');
    expect(page.body).toMatch(/<del[^>]*>mới<\/del>/);
    expect(page.body).toMatch(/<ins[^>]*>bội thu<\/ins>/);
    expect(page.body).toMatch(/<ins[^>]*>huyện Yên Thế<\/ins>/);

    const restored = await people.writer.client.post(`/admin/articles/${id}/revisions/restore`, {
      _csrf: csrfToken(page.body),
      revision: String(revisions[0]!.id),
    });
    expect(restored.statusCode).toBe(303);
    const after = await loadArticle(t.services.db, id);
    expect(after).toMatchObject({ title: 'Mùa lúa mới', version: 4 });
    expect(after.body).not.toContain('Yên Thế');
    const last = await t.services.db
      .selectFrom('revisions')
      .select(['version', 'note'])
      .where('entity_type', '=', 'article')
      .where('entity_id', '=', id)
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect(last).toEqual({ version: 4, note: 'restore:1' });
    const list = await people.writer.client.get(`/admin/articles/${id}/revisions`);
    expect(list.body).toContain('Khôi phục từ phiên bản 1');
  });
});
