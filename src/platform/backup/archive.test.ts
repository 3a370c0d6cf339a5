import { execFileSync } from 'node:child_process';
import { mkdtemp, open, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backupEn, backupVi, backupZh } from '../../i18n/cli-backup.ts';
import { decrypt, encrypt, keysFor, newKeys } from './crypto.ts';
import { readTar, TarFormatError, tarWriter } from './tar.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'dinh-archive-'));
});
afterAll(async () => rm(dir, { recursive: true, force: true }));

async function entries(file: string): Promise<Record<string, string>> {
  const found: Record<string, string> = {};
  const handle = await open(file, 'r');
  try {
    await readTar(handle, (entry) => {
      const chunks: Buffer[] = [];
      return {
        data: (chunk) => {
          chunks.push(Buffer.from(chunk));
        },
        end: () => {
          found[entry.name] = Buffer.concat(chunks).toString('utf8');
        },
      };
    });
  } finally {
    await handle.close();
  }
  return found;
}

describe('the backup archive', () => {
  it('writes tar that tar(1) lists, long names included, and reads it back', async () => {
    const file = path.join(dir, 'a.tar');
    const long = `media/images/2026/12/${'a'.repeat(90)}/${'b'.repeat(60)}.webp`;
    const source = path.join(dir, 'source.bin');
    await writeFile(source, Buffer.alloc(3 * 1024 * 1024 + 7, 1));
    const handle = await open(file, 'w');
    const tar = tarWriter(handle);
    await tar.add('manifest.json', Buffer.from('{"a":1}'));
    await tar.add(long, Buffer.from('ảnh'));
    await tar.addFile('database.sqlite', source, 3 * 1024 * 1024 + 7);
    await tar.finish();
    await handle.close();
    expect(execFileSync('tar', ['-tf', file], { encoding: 'utf8' }).trim().split('\n')).toEqual([
      'manifest.json',
      long,
      'database.sqlite',
    ]);
    const read = await entries(file);
    expect(read['manifest.json']).toBe('{"a":1}');
    expect(read[long]).toBe('ảnh');
    expect(read['database.sqlite']).toHaveLength(3 * 1024 * 1024 + 7);
  });

  it('refuses what is not tar', async () => {
    const file = path.join(dir, 'not.tar');
    await writeFile(file, Buffer.alloc(1024, 7));
    const handle = await open(file, 'r');
    await expect(readTar(handle, () => undefined)).rejects.toBeInstanceOf(TarFormatError);
    await handle.close();
  });

  it('derives keys from the passphrase: the right one decrypts, a wrong one is told apart', async () => {
    const { keys, parameters } = await newKeys('mật khẩu đủ dài');
    const sealed = encrypt(keys, Buffer.from('{"sessionSecret":"ab"}'));
    // The same passphrase typed decomposed (NFD) is the same passphrase.
    const again = await keysFor('mật khẩu đủ dài'.normalize('NFD'), parameters);
    expect(again && decrypt(again, sealed).toString()).toBe('{"sessionSecret":"ab"}');
    expect(await keysFor('mật khẩu khác hẳn', parameters)).toBeUndefined();
    // A crafted manifest cannot ask for gigabytes of memory.
    expect(await keysFor('mật khẩu đủ dài', { ...parameters, N: 2 ** 24 })).toBeUndefined();
    sealed[sealed.length - 1] = (sealed[sealed.length - 1] ?? 0) ^ 1;
    expect(() => decrypt(keys, sealed)).toThrow();
  });

  it('speaks every language, Vietnamese in NFC', () => {
    expect(Object.keys(backupEn).sort()).toEqual(Object.keys(backupVi).sort());
    expect(Object.keys(backupZh).sort()).toEqual(Object.keys(backupVi).sort());
    for (const [key, value] of Object.entries(backupVi)) {
      const text =
        typeof value === 'function' ? (value as (...a: unknown[]) => string)('X', 2, 3, 4, 'Y') : value;
      expect(text, key).toBe(text.normalize('NFC'));
    }
  });
});
