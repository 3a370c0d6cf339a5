import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runSchedulerTick } from '../../src/modules/articles/scheduler.ts';
import { verifyAudit } from '../../src/modules/audit/audit.ts';
import type { Client, StaffUser } from '../admin-session.ts';
import { csrfToken } from '../admin-session.ts';
import { createArticle } from '../factories.ts';
import type { TestApp } from '../harness.ts';
import { articleFields, loadArticle, type NewsroomPerson, openNewsroom, postArticle } from '../newsroom.ts';

let t: TestApp;
let siteId: number;
let categoryId: number;
let otherCategoryId: number;
let people: Record<NewsroomPerson, { user: StaffUser; client: Client }>;
let writeDraft: (client: Client, title: string, body?: string) => Promise<number>;

beforeAll(async () => {
  const newsroom = await openNewsroom();
  ({ t, siteId, categoryId, otherCategoryId, people } = newsroom);
  writeDraft = newsroom.writeDraft;
  // What the list and the dashboard show: a draft, an article waiting for editing.
  await writeDraft(people.writer.client, 'Mùa lúa mới');
  const waiting = await writeDraft(people.writer.client, 'Bài chờ biên tập');
  await postArticle(
    people.writer.client,
    waiting,
    articleFields(await loadArticle(t.services.db, waiting)),
    'submit',
  );
});
afterAll(async () => t?.close());

describe('the article list', () => {
  it('filters by status, category, author and language, and paginates', async () => {
    const cultureId = await createArticle(t.services.db, siteId, otherCategoryId, {
      title: 'Lễ hội đền Lạc Hồng',
      status: 'published',
    });
    const englishId = await createArticle(t.services.db, siteId, categoryId, {
      title: 'Investment forum opens',
      lang: 'en',
      status: 'draft',
    });
    const chief = people.chief.client;
    const byCategory = await chief.get(`/admin/articles?category=${otherCategoryId}`);
    expect(byCategory.body).toContain('Lễ hội đền Lạc Hồng');
    expect(byCategory.body).not.toContain('Investment forum opens');
    const byLang = await chief.get('/admin/articles?lang=en');
    expect(byLang.body).toContain('Investment forum opens');
    expect(byLang.body).not.toContain('Lễ hội đền Lạc Hồng');
    const byStatus = await chief.get('/admin/articles?status=published');
    expect(byStatus.body).toContain('Lễ hội đền Lạc Hồng');
    const byAuthor = await chief.get(`/admin/articles?author=${people.writer.user.id}`);
    expect(byAuthor.body).toContain('Mùa lúa');
    expect(byAuthor.body).not.toContain('Lễ hội đền Lạc Hồng');
    const future = await chief.get('/admin/articles?from=2999-01-01');
    expect(future.body).toContain('Không có bài viết nào phù hợp.');
    // A limited editor sees only their categories.
    const limited = await people.limited.client.get('/admin/articles');
    expect(limited.body).toContain('Lễ hội đền Lạc Hồng');
    expect(limited.body).not.toContain('Investment forum opens');
    for (let n = 0; n < 26; n++)
      await createArticle(t.services.db, siteId, categoryId, { title: `Bài số ${n}`, status: 'archived' });
    const first = await chief.get('/admin/articles?status=archived');
    expect(first.body).toContain('Trang 1/2');
    expect(first.body).toContain('href="/admin/articles?status=archived&amp;page=2"');
    const second = await chief.get('/admin/articles?status=archived&page=2');
    expect(second.body).toContain('Trang 2/2');
    expect([cultureId, englishId].every(Number.isInteger)).toBe(true);
  });

  it('runs bulk actions item by item, with a summary of what was refused', async () => {
    const mine = await writeDraft(people.writer.client, 'Bài hàng loạt một');
    const mine2 = await writeDraft(people.writer.client, 'Bài hàng loạt hai');
    const theirs = await writeDraft(people.colleague.client, 'Bài của đồng nghiệp');
    const page = await people.writer.client.get('/admin/articles');
    const submitted = await people.writer.client.request({
      method: 'POST',
      url: '/admin/articles/bulk',
      payload: `_csrf=${encodeURIComponent(csrfToken(page.body))}&action=submit&ids=${mine}&ids=${mine2}&ids=${theirs}`,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(submitted.statusCode).toBe(200);
    expect(submitted.body).toContain('Đã thực hiện với 2 bài; 1 bài không thực hiện được.');
    expect(submitted.body).not.toContain('Bài của đồng nghiệp');
    expect((await loadArticle(t.services.db, mine)).status).toBe('pending_edit');
    expect((await loadArticle(t.services.db, theirs)).status).toBe('draft');

    // The contributor cannot bulk-publish at all.
    const refused = await people.writer.client.post('/admin/articles/bulk', {
      _csrf: csrfToken(page.body),
      action: 'publish',
      ids: String(mine),
    });
    expect(refused.statusCode).toBe(403);
    expect((await loadArticle(t.services.db, mine)).status).toBe('pending_edit');

    const chiefPage = await people.chief.client.get('/admin/articles');
    const published = await people.chief.client.request({
      method: 'POST',
      url: '/admin/articles/bulk',
      payload: `_csrf=${encodeURIComponent(csrfToken(chiefPage.body))}&action=publish&ids=${mine}&ids=${mine2}`,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(published.body).toContain('Đã thực hiện với 2 bài; 0 bài không thực hiện được.');
    expect((await loadArticle(t.services.db, mine2)).status).toBe('published');
    const home = await t.app.inject({ url: '/', headers: { host: 'localhost' } });
    expect(home.body).toContain('Bài hàng loạt hai');

    const archived = await people.chief.client.post('/admin/articles/bulk', {
      _csrf: csrfToken(chiefPage.body),
      action: 'archive',
      ids: String(mine2),
    });
    expect(archived.body).toContain('Đã thực hiện với 1 bài');
    expect((await loadArticle(t.services.db, mine2)).status).toBe('archived');
    const actions = await t.services.db
      .selectFrom('audit_log')
      .select('action')
      .where('entity_id', '=', String(mine2))
      .orderBy('id')
      .execute();
    expect(actions.map((row) => row.action)).toEqual([
      'article.create',
      'article.submit',
      'article.publish',
      'article.archive',
    ]);
    expect(await verifyAudit(t.services.db)).toMatchObject({ ok: true });
  });
});

describe('the dashboard and notifications', () => {
  it('shows my drafts, what waits for me, scheduled and recently published articles', async () => {
    const dashboard = await people.editor.client.get('/admin');
    expect(dashboard.statusCode).toBe(200);
    expect(dashboard.body).toContain('Chờ tôi xử lý');
    expect(dashboard.body).toContain('Bài chờ biên tập');
    expect(dashboard.body).toContain('Mới xuất bản');
    expect(dashboard.body).toContain('href="/admin/articles"');
    const writer = await people.writer.client.get('/admin');
    expect(writer.body).toContain('Bài nháp của tôi');
    expect(writer.body).toContain('Mùa lúa mới');
    const notifications = await people.editor.client.get('/admin/notifications');
    expect(notifications.statusCode).toBe(200);
    expect(notifications.body).toContain('chờ biên tập');
    const read = await people.editor.client.post('/admin/notifications/read', {
      _csrf: csrfToken(notifications.body),
    });
    expect(read.statusCode).toBe(303);
    const unread = await t.services.db
      .selectFrom('notifications')
      .select('id')
      .where('user_id', '=', people.editor.user.id)
      .where('read_at', 'is', null)
      .execute();
    expect(unread).toEqual([]);
  });

  it('does nothing on a scheduler tick when nothing is due', async () => {
    expect(await runSchedulerTick(t.services)).toEqual({ published: [], takenDown: [] });
  });

  it('publishes each due article exactly once when several ticks run at the same time', async () => {
    const due = new Date(Date.now() - 60_000).toISOString();
    const ids: number[] = [];
    for (let n = 0; n < 6; n++)
      ids.push(
        await createArticle(t.services.db, siteId, categoryId, {
          title: `Hẹn giờ ${n}`,
          status: 'scheduled',
          published_at: due,
        }),
      );
    const ticks = await Promise.all([
      runSchedulerTick(t.services),
      runSchedulerTick(t.services),
      runSchedulerTick(t.services),
    ]);
    const published = ticks.flatMap((tick) => tick.published);
    expect(published.sort((a, b) => a - b)).toEqual(ids);
    const entries = await t.services.db
      .selectFrom('audit_log')
      .select('entity_id')
      .where('action', '=', 'article.auto_publish')
      .execute();
    expect(entries.map((entry) => Number(entry.entity_id)).sort((a, b) => a - b)).toEqual(ids);
    expect(await verifyAudit(t.services.db)).toMatchObject({ ok: true });
  });
});
