import { createSocket } from 'node:dgram';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditRow } from '../../src/db/schema.ts';
import { appendAudit, entryHash, GENESIS_HASH } from '../../src/modules/audit/audit.ts';
import { type Client, createStaff, loginAs } from '../admin-session.ts';
import { type DinhResult, runDinh } from '../cli-runner.ts';
import { defaultSiteId } from '../factories.ts';
import { createTestApp, type TestApp, testDatabaseUrl } from '../harness.ts';

/**
 * The audit chain is keyed (HMAC-SHA256 with a key outside the database, docs/adr/0017): whoever
 * can write the database cannot rewrite it and recompute the hashes, and checkpoints kept
 * elsewhere show deleted newest entries. Entries from before the key keep verifying.
 */
let t: TestApp;
let admin: Client;

function databaseUrl(): Record<string, string> {
  if (!testDatabaseUrl) return {};
  const url = new URL(testDatabaseUrl);
  url.searchParams.set('options', `-c search_path=${t.pgSchema}`);
  return { DATABASE_URL: url.href };
}

/** Runs `dinh …` against the test app's DATA_DIR (its secrets.json) and database. */
function dinh(args: string[], env: Record<string, string> = {}): Promise<DinhResult> {
  return runDinh(args, { env: { DATA_DIR: t.dataDir, ...databaseUrl(), ...env }, cwd: t.dataDir });
}

async function rows(): Promise<AuditRow[]> {
  return t.services.db.selectFrom('audit_log').selectAll().orderBy('id').execute();
}

/** Puts the log back as it was (each test tampers with its own copy). */
async function restore(saved: AuditRow[]): Promise<void> {
  await t.services.db.deleteFrom('audit_log').execute();
  for (const row of saved) await t.services.db.insertInto('audit_log').values(row).execute();
}

/** Entries as the version before the keyed chain wrote them: plain SHA-256, no chain column set. */
async function writeLegacyEntries(count: number): Promise<void> {
  let prev = GENESIS_HASH;
  for (let i = 0; i < count; i++) {
    const fields = {
      at: new Date(Date.UTC(2026, 0, 1 + i)).toISOString(),
      site_id: null,
      actor_id: null,
      actor_label: 'cli',
      ip: '',
      action: 'legacy.entry',
      entity_type: '',
      entity_id: String(i),
      before: null,
      after: JSON.stringify({ n: i }),
      prev_hash: prev,
    };
    prev = entryHash(fields);
    await t.services.db
      .insertInto('audit_log')
      .values({ ...fields, hash: prev })
      .execute();
  }
}

/** Rewrites entries from `fromId` on and recomputes every hash with plain SHA-256, the old way. */
async function rewriteTheOldWay(fromId: number, change: Partial<AuditRow>, downgrade: boolean) {
  let prev = GENESIS_HASH;
  for (const row of await rows()) {
    const { id, hash: _hash, chain, ...fields } = { ...row, ...(row.id === fromId ? change : {}) };
    if (id < fromId) {
      prev = row.hash;
      continue;
    }
    const next = { ...fields, prev_hash: prev };
    prev = entryHash(next);
    await t.services.db
      .updateTable('audit_log')
      .set({ ...next, hash: prev, chain: downgrade ? 1 : chain })
      .where('id', '=', id)
      .execute();
  }
}

async function adminVerification(): Promise<string> {
  const page = await admin.submit('/admin/audit', '/admin/audit/verify', {});
  expect(page.statusCode).toBe(200);
  return page.body;
}

beforeAll(async () => {
  t = await createTestApp();
  // The log an installation had before the upgrade, then entries written with the key.
  await writeLegacyEntries(5);
  const siteId = await defaultSiteId(t.services.db);
  const adminUser = await createStaff(t.services, 'admin', siteId);
  admin = await loginAs(t.app, adminUser);
  for (let i = 0; i < 6; i++) {
    await appendAudit(t.services.db, { actorLabel: 'cli', action: 'test.keyed', entityId: i, after: { i } });
  }
});
afterAll(async () => t?.close());

describe('the keyed audit chain', () => {
  it('keys new entries with the audit key from DATA_DIR/secrets.json, which the database never holds', async () => {
    const secrets = JSON.parse(readFileSync(path.join(t.dataDir, 'secrets.json'), 'utf8'));
    expect(secrets.auditKey).toMatch(/^[0-9a-f]{64}$/);
    const all = await rows();
    expect(all.filter((row) => row.chain === 1).map((row) => row.action)).toEqual(
      Array(5).fill('legacy.entry'),
    );
    expect(all.slice(5).every((row) => row.chain === 2)).toBe(true);
    expect(JSON.stringify(all)).not.toContain(secrets.auditKey);
    const { id: _id, hash, chain: _chain, ...fields } = all.at(-1) as AuditRow;
    expect(entryHash(fields)).not.toBe(hash);
  });

  it('verifies an untouched log, the entries from before the key included', async () => {
    const result = await dinh(['audit', 'verify']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const count = (await rows()).length;
    expect(result.stdout).toContain(
      `Audit log intact: ${count} entries verified (5 of them from before the chain was keyed).`,
    );
    expect(await adminVerification()).toMatch(
      new RegExp(`Chuỗi nhật ký toàn vẹn: đã kiểm tra ${count} mục.*Mốc kiểm tra: mục #\\d+, ${count} mục`),
    );
  });

  it('fails when an entry is rewritten and the hashes recomputed with plain SHA-256', async () => {
    const saved = await rows();
    const victim = saved[7] as AuditRow;
    await rewriteTheOldWay(victim.id, { after: JSON.stringify({ i: 'sửa lén' }) }, false);
    const result = await dinh(['audit', 'verify']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`Chuỗi nhật ký hệ thống bị phá vỡ tại mục #${victim.id}: mục đã bị sửa`);
    expect(await adminVerification()).toContain(
      `Chuỗi nhật ký bị phá vỡ tại mục số ${victim.id} (mục đã bị sửa)`,
    );
    await restore(saved);
  });

  it('fails when keyed entries are passed off as entries from before the key', async () => {
    const saved = await rows();
    const victim = saved[8] as AuditRow;
    await rewriteTheOldWay(victim.id, { actor_label: 'ke-gian' }, true);
    const result = await dinh(['audit', 'verify', '--lang', 'en']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      `The audit chain is broken at entry #${victim.id}: the entry was altered`,
    );
    expect(await adminVerification()).toContain(`Chuỗi nhật ký bị phá vỡ tại mục số ${victim.id}`);
    await restore(saved);
  });

  it('detects a rewrite of the old entries too: the first keyed entry covers their last hash', async () => {
    const saved = await rows();
    const legacy = saved[2] as AuditRow;
    await rewriteTheOldWay(legacy.id, { after: JSON.stringify({ n: 'khác' }) }, false);
    // Only the legacy part is recomputed consistently; the keyed entry after it cannot be.
    const result = await dinh(['audit', 'verify']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`tại mục #${(saved[5] as AuditRow).id}`);
    await restore(saved);
  });

  it('takes a checkpoint and notices when the newest entries are deleted', async () => {
    const file = path.join(t.dataDir, 'checkpoints.jsonl');
    const taken = await dinh(['audit', 'checkpoint', '--append', file]);
    expect(taken.stderr).toBe('');
    expect(taken.code).toBe(0);
    const saved = await rows();
    const newest = saved.at(-1) as AuditRow;
    const checkpoint = JSON.parse(taken.stdout);
    expect(checkpoint).toMatchObject({ id: newest.id, count: saved.length, hash: newest.hash });
    expect(readFileSync(file, 'utf8')).toBe(taken.stdout);

    const untouched = await dinh(['audit', 'verify', '--against', file]);
    expect(untouched.code).toBe(0);
    expect(untouched.stdout).toContain('1 checkpoint(s) matched');

    // Delete the newest three: the chain still links, only the checkpoint shows what is gone.
    const kept = saved.slice(0, -3);
    await t.services.db
      .deleteFrom('audit_log')
      .where('id', '>', (kept.at(-1) as AuditRow).id)
      .execute();
    expect((await dinh(['audit', 'verify'])).code).toBe(0);
    const truncated = await dinh(['audit', 'verify', '--against', file]);
    expect(truncated.code).toBe(1);
    expect(truncated.stderr).toContain(
      `Nhật ký bị cắt bớt: mốc lúc ${checkpoint.at} ghi mục #${newest.id} (${saved.length} mục), nhưng mục #${newest.id} không còn; nhật ký nay dừng ở mục #${(kept.at(-1) as AuditRow).id} với ${kept.length} mục, thiếu ít nhất 3 mục.`,
    );
    // The checkpoint as a string works the same.
    const inline = await dinh(['audit', 'verify', '--against', taken.stdout.trim(), '--lang', 'en']);
    expect(inline.code).toBe(1);
    expect(inline.stderr).toContain(
      `The log was truncated: the checkpoint of ${checkpoint.at} names entry #${newest.id}`,
    );
    await restore(saved);
    expect((await dinh(['audit', 'verify', '--against', file])).code).toBe(0);
  });

  it('catches a log rewritten entirely the old way against a checkpoint taken before', async () => {
    const taken = await dinh(['audit', 'checkpoint']);
    const saved = await rows();
    // Every entry turned into a "pre-key" entry and rehashed: the chain alone looks like an old log.
    await rewriteTheOldWay((saved[0] as AuditRow).id, {}, true);
    await rewriteTheOldWay((saved[6] as AuditRow).id, { actor_label: 'ke-gian' }, true);
    const result = await dinh(['audit', 'verify', '--against', taken.stdout.trim()]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      `Nhật ký bị viết lại: mục #${(saved.at(-1) as AuditRow).id} không còn khớp`,
    );
    await restore(saved);
  });

  it('sends the checkpoint to a syslog server as one RFC 5424 datagram', async () => {
    const server = createSocket('udp4');
    const received = new Promise<string>((resolve) =>
      server.once('message', (data) => resolve(data.toString('utf8'))),
    );
    await new Promise<void>((resolve) => server.bind(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    try {
      const result = await dinh(['audit', 'checkpoint', '--syslog', `127.0.0.1:${port}`]);
      expect(result.code).toBe(0);
      const message = await received;
      const newest = (await rows()).at(-1) as AuditRow;
      expect(message).toMatch(
        /^<109>1 \d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z \S+ dinh \d+ audit-checkpoint - \{.*\}$/,
      );
      expect(JSON.parse(message.slice(message.indexOf('{')))).toMatchObject({
        id: newest.id,
        hash: newest.hash,
      });
      expect(message.slice(message.indexOf('{'))).toBe(result.stdout.trim());
      // What the syslog server kept is a checkpoint too.
      expect((await dinh(['audit', 'verify', '--against', message])).code).toBe(0);
    } finally {
      server.close();
    }
  });

  it('refuses bad input with a sentence, changing nothing', async () => {
    const before = await rows();
    const against = await dinh(['audit', 'verify', '--against', '{"id":"x"}']);
    expect(against.code).toBe(2);
    expect(against.stderr).toBe(
      'dinh: Mốc kiểm tra không hợp lệ: cần đường dẫn tới tệp mốc hoặc một dòng JSON do "dinh audit checkpoint" in ra.\n',
    );
    const empty = await dinh(['audit', 'verify', '--against']);
    expect(empty.code).toBe(2);
    expect(empty.stderr).toContain('Mốc kiểm tra không hợp lệ');
    const syslog = await dinh(['audit', 'checkpoint', '--syslog', 'máy chủ:99999', '--lang', 'zh']);
    expect(syslog.code).toBe(2);
    expect(syslog.stderr).toContain('syslog 地址无效');
    const noKey = await dinh(['audit', 'verify'], { DATA_DIR: path.join(t.dataDir, 'nowhere') });
    expect(noKey.code).toBe(2);
    expect(noKey.stderr).toContain('Không tìm thấy khóa nhật ký');
    expect(await rows()).toEqual(before);
  });

  it('uses AUDIT_KEY when given: another key calls the keyed entries altered', async () => {
    const result = await dinh(['audit', 'verify'], { AUDIT_KEY: 'f'.repeat(64) });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`tại mục #${((await rows())[5] as AuditRow).id}: mục đã bị sửa`);
  });
});
