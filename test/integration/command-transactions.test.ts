import { createHash, randomBytes } from 'node:crypto';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runSchedulerTick } from '../../src/modules/articles/scheduler.ts';
import { verifyAudit } from '../../src/modules/audit/audit.ts';
import { resetPassword, resetTokenUser } from '../../src/modules/auth/auth.service.ts';
import { reindexItem } from '../../src/modules/search/registry.ts';
import { enqueue, handleEffect, inTransaction, outboxSettled, runOutbox } from '../../src/platform/outbox.ts';
import { type Client, createStaff, loginAs } from '../admin-session.ts';
import { createArticle, createCategory, defaultSiteId } from '../factories.ts';
import { createTestApp, type TestApp, testEngine } from '../harness.ts';
import { adminUpload, filesBelow, pdf, png } from '../media-fixtures.ts';
import { articleFields, loadArticle, postArticle } from '../newsroom.ts';

/**
 * A command is one transaction (docs/adr/0012-commands-and-outbox.md): when one of its writes
 * fails, nothing of it remains — no row change, no revision, no audit entry, no effect — and the
 * audit chain still verifies. Effects committed before a crash run when the app starts again.
 */

declare module '../../src/platform/outbox.ts' {
  interface EffectKinds {
    /** Fails while `failuresLeft` says so, then counts its runs. */
    'test.flaky': { label: string };
  }
}

const runs: string[] = [];
let failuresLeft = 0;
handleEffect('test.flaky', async (_services, { label }) => {
  if (failuresLeft > 0) {
    failuresLeft--;
    throw new Error('the mail server is away');
  }
  runs.push(label);
});

let t: TestApp;
// Real time: the staff sign in with a TOTP code of this minute.
let now = new Date();
let siteId: number;
let categoryId: number;
let chief: Client;
let purged: string[][] = [];

beforeAll(async () => {
  t = await createTestApp({ clock: () => now });
  siteId = await defaultSiteId(t.services.db);
  categoryId = await createCategory(t.services.db, siteId, { name: 'Kinh tế', slug: 'kinh-te' });
  const user = await createStaff(t.services, 'chief_editor', siteId);
  chief = await loginAs(t.app, user);
  // Records every purge that really runs (the effect calls the app's own purge).
  const purge = t.services.purge;
  t.services.purge = (tags) => {
    purged.push(tags);
    purge(tags);
  };
});
afterAll(async () => t?.close());

/** Makes every audit insert of `action` fail, the way a full disk or a lost connection would. */
async function failAuditOf(action: string) {
  if (testEngine === 'sqlite') {
    await sql
      .raw(
        `create trigger test_fail_audit before insert on audit_log when new.action = '${action}'
         begin select raise(abort, 'injected failure'); end`,
      )
      .execute(t.services.db);
    return;
  }
  await sql
    .raw(
      `create function test_fail_audit() returns trigger language plpgsql as $$
       begin if new.action = '${action}' then raise exception 'injected failure'; end if; return new; end $$;
       create trigger test_fail_audit before insert on audit_log for each row execute function test_fail_audit();`,
    )
    .execute(t.services.db);
}

async function healAudit() {
  if (testEngine === 'sqlite') await sql.raw('drop trigger test_fail_audit').execute(t.services.db);
  else await sql.raw('drop function test_fail_audit() cascade').execute(t.services.db);
}

async function count(table: 'revisions' | 'audit_log' | 'outbox' | 'notifications'): Promise<number> {
  const row = await t.services.db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

async function indexedTitle(id: number): Promise<string | undefined> {
  const row = await t.services.db
    .selectFrom('search_documents')
    .select('title')
    .where('type', '=', 'article')
    .where('item_id', '=', id)
    .executeTakeFirst();
  return row?.title;
}

describe('a command that fails halfway', () => {
  it('leaves nothing of a save behind when its audit entry cannot be written', async () => {
    const id = await createArticle(t.services.db, siteId, categoryId, { title: 'Giá lúa tăng' });
    await reindexItem(t.services, 'article', id);
    const before = await loadArticle(t.services.db, id);
    const counts = { revisions: await count('revisions'), audit: await count('audit_log') };
    purged = [];
    await failAuditOf('article.update');
    try {
      const response = await postArticle(chief, id, articleFields(before, { title: 'Giá lúa giảm mạnh' }));
      expect(response.statusCode).toBe(500);
    } finally {
      await healAudit();
    }
    const after = await loadArticle(t.services.db, id);
    expect(after.title).toBe('Giá lúa tăng');
    expect(after.version).toBe(before.version);
    expect(await count('revisions')).toBe(counts.revisions);
    expect(await count('audit_log')).toBe(counts.audit);
    expect(await count('outbox')).toBe(0);
    expect(purged).toEqual([]);
    expect(await indexedTitle(id)).toBe('Giá lúa tăng');
    expect(await verifyAudit(t.services.db)).toMatchObject({ ok: true });

    // The same save, with the database healthy, does all of it.
    const saved = await postArticle(chief, id, articleFields(before, { title: 'Giá lúa giảm mạnh' }));
    expect(saved.statusCode).toBe(303);
    expect((await loadArticle(t.services.db, id)).version).toBe(before.version + 1);
    expect(await count('revisions')).toBe(counts.revisions + 1);
    expect(await count('audit_log')).toBe(counts.audit + 1);
    expect(await count('outbox')).toBe(0);
    expect(purged.flat()).toContain(`article:${id}`);
    expect(await indexedTitle(id)).toBe('Giá lúa giảm mạnh');
    expect(await verifyAudit(t.services.db)).toMatchObject({ ok: true });
  });

  it('leaves nothing of a save-and-publish behind when the publish cannot be audited', async () => {
    const id = await createArticle(t.services.db, siteId, categoryId, { title: 'Cầu mới', status: 'draft' });
    const before = await loadArticle(t.services.db, id);
    const counts = {
      revisions: await count('revisions'),
      audit: await count('audit_log'),
      notifications: await count('notifications'),
    };
    purged = [];
    await failAuditOf('article.publish');
    try {
      const response = await postArticle(
        chief,
        id,
        articleFields(before, { title: 'Cầu mới thông xe' }),
        'publish',
      );
      expect(response.statusCode).toBe(500);
    } finally {
      await healAudit();
    }
    const after = await loadArticle(t.services.db, id);
    expect(after).toMatchObject({ title: 'Cầu mới', status: 'draft', version: before.version });
    expect(await count('revisions')).toBe(counts.revisions);
    expect(await count('audit_log')).toBe(counts.audit);
    expect(await count('notifications')).toBe(counts.notifications);
    expect(await count('outbox')).toBe(0);
    expect(purged).toEqual([]);
    expect(await indexedTitle(id)).toBeUndefined();
    expect(await verifyAudit(t.services.db)).toMatchObject({ ok: true });
  });

  it('keeps the audit chain whole when many commands commit at once', async () => {
    const ids = await Promise.all(
      Array.from({ length: 8 }, (_, n) =>
        createArticle(t.services.db, siteId, categoryId, { title: `Tin số ${n + 1}` }),
      ),
    );
    const responses = await Promise.all(
      ids.map(async (id) => {
        const row = await loadArticle(t.services.db, id);
        return postArticle(chief, id, articleFields(row, { title: `${row.title} (sửa)` }));
      }),
    );
    expect(responses.map((response) => response.statusCode)).toEqual(ids.map(() => 303));
    expect(await verifyAudit(t.services.db)).toMatchObject({ ok: true });
  });
  it('stores no media row, no file and no audit entry when an upload cannot be audited', async () => {
    const mediaDir = path.join(t.dataDir, 'media');
    const files = await filesBelow(mediaDir);
    const rows = await t.services.db.selectFrom('media').select('id').execute();
    const audit = await count('audit_log');
    await failAuditOf('media.upload');
    try {
      const response = await adminUpload(chief, [
        { name: 'hop-bao.png', bytes: await png() },
        { name: 'bao-cao.pdf', bytes: pdf() },
      ]);
      expect(response.statusCode).toBe(500);
    } finally {
      await healAudit();
    }
    expect(await t.services.db.selectFrom('media').select('id').execute()).toEqual(rows);
    expect(await filesBelow(mediaDir)).toEqual(files);
    expect(await count('audit_log')).toBe(audit);
    expect((await verifyAudit(t.services.db)).ok).toBe(true);
    // The same upload goes through once the audit log can be written again: two rows, two entries.
    const retried = await adminUpload(chief, [
      { name: 'hop-bao.png', bytes: await png() },
      { name: 'bao-cao.pdf', bytes: pdf() },
    ]);
    expect(retried.statusCode).toBe(200);
    expect(retried.body).toContain('Đã tải lên 2 tệp.');
    expect(await t.services.db.selectFrom('media').select('id').execute()).toHaveLength(rows.length + 2);
    expect(await count('audit_log')).toBe(audit + 2);
    // The PDF's text extraction (an effect of the upload) finishes before the outbox tests count.
    await outboxSettled();
  });
  it('keeps the old password, the reset link and the sessions when a reset cannot be audited', async () => {
    const user = await createStaff(t.services, 'editor', siteId);
    const session = await loginAs(t.app, user);
    const token = randomBytes(32).toString('base64url');
    await t.services.db
      .insertInto('password_resets')
      .values({
        token_hash: createHash('sha256').update(token).digest('hex'),
        user_id: user.id,
        expires_at: new Date(Date.now() + 3_600_000).toISOString(),
        used_at: null,
      })
      .execute();
    const before = await t.services.db
      .selectFrom('users')
      .selectAll()
      .where('id', '=', user.id)
      .executeTakeFirstOrThrow();
    await failAuditOf('auth.password_reset');
    try {
      await expect(
        resetPassword(t.services, { token, password: 'Một mật khẩu mới rất dài 2026', ip: '127.0.0.1' }),
      ).rejects.toThrow();
    } finally {
      await healAudit();
    }
    const after = await t.services.db
      .selectFrom('users')
      .selectAll()
      .where('id', '=', user.id)
      .executeTakeFirstOrThrow();
    expect(after.password_hash).toBe(before.password_hash);
    expect(await resetTokenUser(t.services, token)).toBeDefined();
    expect((await session.get('/admin')).statusCode).toBe(200);
  });
});

describe('the outbox', () => {
  it('runs an effect committed before a crash when a fresh app starts on the same database', async () => {
    const id = await createArticle(t.services.db, siteId, categoryId, { title: 'Mùa nước nổi' });
    await reindexItem(t.services, 'article', id);
    // The change and its effect commit; the process dies before running the effect.
    await t.services.db.transaction().execute(async (trx) => {
      await trx.updateTable('articles').set({ title: 'Mùa nước nổi về sớm' }).where('id', '=', id).execute();
      await enqueue(trx, { kind: 'search.reindex', type: 'article', id }, now);
    });
    expect(await count('outbox')).toBe(1);
    expect(await indexedTitle(id)).toBe('Mùa nước nổi');
    const restarted = await createTestApp({ sameInstallationAs: t });
    try {
      expect(await count('outbox')).toBe(0);
      expect(await indexedTitle(id)).toBe('Mùa nước nổi về sớm');
    } finally {
      await restarted.close();
    }
  });

  it('retries a failing effect with backoff without failing the command, then runs it once', async () => {
    runs.length = 0;
    failuresLeft = 1;
    // The first retry waits 5 s from now: the clock must be the present for "not due yet".
    now = new Date();
    const result = await inTransaction(t.services, async (trx) => {
      await enqueue(trx, { kind: 'test.flaky', label: 'thư báo' }, now);
      return 'committed';
    });
    expect(result).toBe('committed');
    await outboxSettled();
    const waiting = await t.services.db.selectFrom('outbox').selectAll().executeTakeFirstOrThrow();
    expect(waiting).toMatchObject({ kind: 'test.flaky', attempts: 1, last_error: 'the mail server is away' });
    expect(waiting.run_after > now.toISOString()).toBe(true);
    // Not due yet: the tick leaves it alone.
    expect(await runOutbox(t.services)).toEqual({ ran: 0, failed: 0 });
    now = new Date(now.getTime() + 60_000);
    expect(await runOutbox(t.services)).toEqual({ ran: 1, failed: 0 });
    expect(runs).toEqual(['thư báo']);
    expect(await count('outbox')).toBe(0);
  });

  it("runs an effect stamped with the wall clock while the services' clock is set a day back", async () => {
    runs.length = 0;
    failuresLeft = 0;
    const real = now;
    now = new Date(Date.now() - 86_400_000);
    try {
      await inTransaction(t.services, async (trx) => {
        await enqueue(trx, { kind: 'test.flaky', label: 'đồng hồ lùi' });
      });
      await outboxSettled();
      expect(runs).toEqual(['đồng hồ lùi']);
      expect(await count('outbox')).toBe(0);
    } finally {
      now = real;
    }
  });

  it('publishes on schedule with the audit entry in the same transaction and the purge after it', async () => {
    const id = await createArticle(t.services.db, siteId, categoryId, {
      title: 'Lịch cắt điện',
      status: 'scheduled',
      published_at: new Date(now.getTime() - 1000).toISOString(),
    });
    purged = [];
    const audit = await count('audit_log');
    const tick = await runSchedulerTick(t.services, now);
    expect(tick.published).toContain(id);
    expect(await count('audit_log')).toBe(audit + 1);
    expect(purged.flat()).toContain(`article:${id}`);
    expect(await indexedTitle(id)).toBe('Lịch cắt điện');
    expect(await count('outbox')).toBe(0);
  });
});
