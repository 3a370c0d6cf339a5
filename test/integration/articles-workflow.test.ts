import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toLocalInput } from '../../src/modules/articles/article-form.ts';
import { runSchedulerTick } from '../../src/modules/articles/scheduler.ts';
import { verifyAudit } from '../../src/modules/audit/audit.ts';
import { mailSettled } from '../../src/modules/notifications/notifications.service.ts';
import { type Client, createStaff, loginAs, type StaffUser } from '../admin-session.ts';
import { createCategory, defaultSiteId } from '../factories.ts';
import { createTestApp, type TestApp } from '../harness.ts';
import { articleFields, createViaForm, idFromLocation, loadArticle, postArticle } from '../newsroom.ts';
import { startSmtp } from '../smtp.ts';

let t: TestApp;
let smtp: Awaited<ReturnType<typeof startSmtp>>;
let offset = 0;
let siteId: number;
let categoryId: number;
const people: Record<'contributor' | 'editor' | 'chief', { user: StaffUser; client: Client }> = {} as never;

const TITLE = 'Khánh thành cầu Lạc Hồng nối đôi bờ sông Thương';
const REASON = 'Thiếu số liệu về tổng vốn đầu tư; bổ sung giúp.';

beforeAll(async () => {
  smtp = await startSmtp();
  t = await createTestApp({ mailer: smtp.mailer, clock: () => new Date(Date.now() + offset) });
  siteId = await defaultSiteId(t.services.db);
  categoryId = await createCategory(t.services.db, siteId, {
    name: 'Tin tức sự kiện',
    slug: 'tin-tuc',
    showInMenu: true,
  });
  for (const [key, role] of [
    ['contributor', 'contributor'],
    ['editor', 'editor'],
    ['chief', 'chief_editor'],
  ] as const) {
    const user = await createStaff(t.services, role, siteId);
    // The editor works through 127.0.0.1: the links it causes to be mailed still name the primary host.
    people[key] = {
      user,
      client: await loginAs(t.app, user, key === 'editor' ? '127.0.0.1:3000' : 'localhost'),
    };
  }
});
afterAll(async () => {
  await t?.close();
  await smtp?.close();
});

async function auditFor(id: number) {
  return t.services.db
    .selectFrom('audit_log')
    .selectAll()
    .where('entity_type', '=', 'article')
    .where('entity_id', '=', String(id))
    .orderBy('id')
    .execute();
}

describe('the newsroom workflow through HTTP', () => {
  let id: number;

  it('lets a contributor write a draft and submit it for editing', async () => {
    const { client } = people.contributor;
    const created = await createViaForm(client, {
      title: TITLE,
      lead: 'Cây cầu dài 1,2 km rút ngắn quãng đường về trung tâm tỉnh.',
      category_id: String(categoryId),
      body: 'Sáng nay, tỉnh Lạc Hồng khánh thành cầu mới.\n\nCầu dài 1,2 km.',
      byline: 'Minh Anh',
    });
    expect(created.statusCode).toBe(303);
    id = idFromLocation(created.headers.location);
    const draft = await loadArticle(t.services.db, id);
    expect(draft).toMatchObject({
      status: 'draft',
      slug: 'khanh-thanh-cau-lac-hong-noi-doi-bo-song-thuong',
      version: 1,
    });
    expect(JSON.parse(draft.body).content).toHaveLength(2);

    const submitted = await postArticle(client, id, articleFields(draft), 'submit');
    expect(submitted.statusCode).toBe(303);
    expect(submitted.headers.location).toBe(`/admin/articles/${id}/edit?done=submit`);
    expect((await loadArticle(t.services.db, id)).status).toBe('pending_edit');
    // The editor and the chief editor (who can act on it) are told, the contributor is not.
    const notified = await t.services.db
      .selectFrom('notifications')
      .select('user_id')
      .where('entity_id', '=', id)
      .where('kind', '=', 'pending_edit')
      .execute();
    expect(notified.map((row) => row.user_id).sort()).toEqual(
      [people.editor.user.id, people.chief.user.id].sort(),
    );
  });

  it('requires a reason when the editor returns it, and sends the reason to the writer', async () => {
    const { client } = people.editor;
    const row = await loadArticle(t.services.db, id);
    const refused = await postArticle(client, id, articleFields(row), 'return');
    expect(refused.statusCode).toBe(400);
    expect(refused.body).toContain('Vui lòng nêu lý do để người viết biết cần sửa gì.');
    expect((await loadArticle(t.services.db, id)).status).toBe('pending_edit');

    const returned = await postArticle(client, id, articleFields(row, { reason: REASON }), 'return');
    expect(returned.statusCode).toBe(303);
    const after = await loadArticle(t.services.db, id);
    expect(after).toMatchObject({ status: 'returned', workflow_note: REASON });

    const note = await t.services.db
      .selectFrom('notifications')
      .selectAll()
      .where('user_id', '=', people.contributor.user.id)
      .where('kind', '=', 'returned')
      .executeTakeFirstOrThrow();
    expect(note.message).toContain(REASON);
    await mailSettled();
    const mail = smtp.messages.find(
      (message) => message.to.includes(people.contributor.user.email) && message.text.includes(REASON),
    );
    expect(mail, 'a mail to the contributor with the reason').toBeTruthy();
    // An absolute link to the configured primary hostname (ADR 0016), not the host the editor used.
    expect(mail?.text).toContain(`http://localhost:3000/admin/articles/${id}/edit`);
    // The contributor sees the reason on the edit page.
    const page = await people.contributor.client.get(`/admin/articles/${id}/edit`);
    expect(page.body).toContain(REASON);
  });

  it('lets the contributor fix and resubmit, and the editor send it for approval', async () => {
    const row = await loadArticle(t.services.db, id);
    const fixed = await postArticle(
      people.contributor.client,
      id,
      articleFields(row, {
        body: 'Sáng nay, tỉnh Lạc Hồng khánh thành cầu mới.\n\nCầu dài 1,2 km, tổng vốn đầu tư 850 tỷ đồng.',
      }),
      'submit',
    );
    expect(fixed.statusCode).toBe(303);
    expect(await loadArticle(t.services.db, id)).toMatchObject({ status: 'pending_edit', version: 2 });

    const sent = await postArticle(
      people.editor.client,
      id,
      articleFields(await loadArticle(t.services.db, id)),
      'send_for_approval',
    );
    expect(sent.statusCode).toBe(303);
    expect((await loadArticle(t.services.db, id)).status).toBe('pending_approval');
    await mailSettled();
    expect(smtp.messages.some((message) => message.to.includes(people.chief.user.email))).toBe(true);
  });

  it('lets the chief editor (signed in with 2FA) approve and schedule it; the tick publishes it', async () => {
    const row = await loadArticle(t.services.db, id);
    const at = new Date(Date.now() + offset + 10 * 60_000);
    const scheduled = await postArticle(
      people.chief.client,
      id,
      articleFields(row, { published_at: toLocalInput(at.toISOString()) }),
      'schedule',
    );
    expect(scheduled.statusCode).toBe(303);
    const waiting = await loadArticle(t.services.db, id);
    expect(waiting.status).toBe('scheduled');
    expect(waiting.published_at?.slice(0, 16)).toBe(at.toISOString().slice(0, 16));

    expect((await runSchedulerTick(t.services, t.services.clock())).published).not.toContain(id);
    const home = await new (await import('../admin-session.ts')).Client(t.app).get('/');
    expect(home.body).not.toContain(TITLE);

    offset += 11 * 60_000;
    const tick = await runSchedulerTick(t.services, t.services.clock());
    expect(tick.published).toEqual([id]);
    expect((await loadArticle(t.services.db, id)).status).toBe('published');
    // A second tick (or a second instance) finds nothing left to do.
    expect((await runSchedulerTick(t.services, t.services.clock())).published).toEqual([]);

    const after = await t.app.inject({ url: '/', headers: { host: 'localhost' } });
    expect(after.statusCode).toBe(200);
    expect(after.body).toContain(TITLE);
  });

  it('records every step in the audit log, and the chain verifies', async () => {
    const rows = await auditFor(id);
    expect(rows.map((row) => row.action)).toEqual([
      'article.create',
      'article.submit',
      'article.return',
      'article.update',
      'article.submit',
      'article.send_for_approval',
      'article.update', // the chief editor's publication time, saved with the button
      'article.schedule',
      'article.auto_publish',
    ]);
    const byAction = new Map(rows.map((row) => [row.action, row]));
    expect(byAction.get('article.return')?.actor_label).toBe(people.editor.user.email);
    expect(JSON.parse(byAction.get('article.return')?.before ?? '{}')).toMatchObject({
      status: 'pending_edit',
    });
    expect(JSON.parse(byAction.get('article.return')?.after ?? '{}')).toMatchObject({
      status: 'returned',
      reason: REASON,
    });
    expect(byAction.get('article.auto_publish')?.actor_label).toBe('system');
    expect(await verifyAudit(t.services.db)).toMatchObject({ ok: true });
  });

  it('labels every step in the revision history, in the staff member’s language', async () => {
    // The "what happened" column of the history, newest first.
    const labels = async () => {
      const html = (await people.contributor.client.get(`/admin/articles/${id}/revisions`)).body;
      const body = html.slice(html.indexOf('<tbody>'), html.indexOf('</tbody>'));
      return [...body.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map(
        (row) => [...(row[1] ?? '').matchAll(/<td>([^<]*)<\/td>/g)][3]?.[1],
      );
    };
    // Newest first: scheduler, chief editor, editor, contributor, editor, contributor.
    const expected = {
      en: 'Published automatically at the scheduled time | Approved and scheduled | Saved | Sent for approval | Submitted for editing | Saved | Returned | Submitted for editing | Created',
      zh: '按预定时间自动发布 | 已审核并定时发布 | 保存 | 已送审 | 已提交编辑 | 保存 | 已退回 | 已提交编辑 | 创建',
      vi: 'Tự động xuất bản theo giờ hẹn | Duyệt và hẹn giờ xuất bản | Lưu | Gửi duyệt | Gửi biên tập | Lưu | Trả lại | Gửi biên tập | Tạo bài',
    };
    for (const locale of ['en', 'zh', 'vi'] as const) {
      const contributor = people.contributor.user.id;
      await t.services.db.updateTable('users').set({ locale }).where('id', '=', contributor).execute();
      expect(await labels(), locale).toEqual(expected[locale].split(' | '));
    }
  });

  it('previews exactly the public page', async () => {
    const row = await loadArticle(t.services.db, id);
    const preview = await people.contributor.client.get(`/admin/articles/${id}/preview`);
    expect(preview.statusCode).toBe(200);
    expect(preview.headers['cache-control']).toBe('private, no-store');
    const publicPage = await t.app.inject({
      url: `/tin-tuc/${row.slug}-${id}`,
      headers: { host: 'localhost' },
    });
    expect(publicPage.statusCode).toBe(200);
    const articleOf = (html: string) => /<article class="article"[\s\S]*<\/article>/.exec(html)?.[0];
    expect(articleOf(preview.body)).toBeTruthy();
    expect(articleOf(preview.body)).toBe(articleOf(publicPage.body));
  });

  it('takes a published article down at its end time, and the public page is gone', async () => {
    const row = await loadArticle(t.services.db, id);
    const end = new Date(Date.now() + offset + 5 * 60_000);
    const saved = await postArticle(
      people.chief.client,
      id,
      articleFields(row, { unpublish_at: toLocalInput(end.toISOString()) }),
    );
    expect(saved.statusCode).toBe(303);
    expect((await loadArticle(t.services.db, id)).unpublish_at?.slice(0, 16)).toBe(
      end.toISOString().slice(0, 16),
    );

    offset += 6 * 60_000;
    const tick = await runSchedulerTick(t.services, t.services.clock());
    expect(tick.takenDown).toEqual([id]);
    expect((await loadArticle(t.services.db, id)).status).toBe('taken_down');
    const gone = await t.app.inject({ url: `/tin-tuc/${row.slug}-${id}`, headers: { host: 'localhost' } });
    expect(gone.statusCode).toBe(404);
    const home = await t.app.inject({ url: '/', headers: { host: 'localhost' } });
    expect(home.body).not.toContain(TITLE);
    const actions = (await auditFor(id)).map((entry) => entry.action);
    expect(actions.slice(-2)).toEqual(['article.update', 'article.auto_take_down']);
    const told = await t.services.db
      .selectFrom('notifications')
      .select('kind')
      .where('user_id', '=', people.contributor.user.id)
      .where('entity_id', '=', id)
      .execute();
    expect(told.map((row) => row.kind)).toEqual(
      expect.arrayContaining(['returned', 'published', 'scheduled', 'taken_down']),
    );
    expect(await verifyAudit(t.services.db)).toMatchObject({ ok: true });
  });

  it('requires a reason to take an article down by hand', async () => {
    const created = await createViaForm(
      people.chief.client,
      {
        title: 'Thông báo lịch tiếp công dân tháng 12',
        category_id: String(categoryId),
        body: 'Lịch tiếp công dân định kỳ.',
      },
      'publish',
    );
    expect(created.statusCode).toBe(303);
    const newId = idFromLocation(created.headers.location);
    expect((await loadArticle(t.services.db, newId)).status).toBe('published');
    const row = await loadArticle(t.services.db, newId);
    const refused = await postArticle(people.chief.client, newId, articleFields(row), 'take_down');
    expect(refused.statusCode).toBe(400);
    const done = await postArticle(
      people.chief.client,
      newId,
      articleFields(row, { reason: 'Thông tin sai ngày.' }),
      'take_down',
    );
    expect(done.statusCode).toBe(303);
    expect(await loadArticle(t.services.db, newId)).toMatchObject({
      status: 'taken_down',
      workflow_note: 'Thông tin sai ngày.',
    });
  });
});
