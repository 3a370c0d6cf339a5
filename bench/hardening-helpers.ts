// Helpers of bench/hardening.ts: timing, bulk data, a decompression-bomb PNG, PostgreSQL admin.

import { crc32, deflateSync } from 'node:zlib';
import type { Insertable, Kysely } from 'kysely';
import pg from 'pg';
import type { ArticlesTable, DB } from '../src/db/schema.ts';

export const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;
export const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
};

export async function timed<T>(task: () => Promise<T>): Promise<{ ms: number; result: T }> {
  const started = performance.now();
  const result = await task();
  return { ms: performance.now() - started, result };
}

export const count = async (db: Kysely<DB>, table: 'audit_log' | 'articles' | 'search_documents') =>
  Number(
    (
      await db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

/** Published articles inserted directly (as bench/search.ts does), in batches of 500. */
export async function insertArticles(
  db: Kysely<DB>,
  siteId: number,
  categoryId: number,
  total: number,
  tag: string,
) {
  const stamp = new Date(Date.now() - 86_400_000).toISOString();
  for (let start = 0; start < total; start += 500) {
    const batch: Insertable<ArticlesTable>[] = [];
    for (let i = start; i < Math.min(total, start + 500); i++) {
      const text = `Bài ${i}: Ủy ban nhân dân tỉnh triển khai kế hoạch chuyển đổi số và cải cách hành chính năm 2026.`;
      batch.push({
        site_id: siteId,
        category_id: categoryId,
        lang: 'vi',
        translation_group: `${tag}-${i}`,
        title: `Thông báo số ${i} về nông thôn mới (${tag})`,
        slug: `${tag}-bai-${i}`,
        lead: text,
        body: JSON.stringify({
          type: 'doc',
          content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
        }),
        cover_caption: '',
        cover_alt: '',
        byline: '',
        source: '',
        seo_description: '',
        status: 'published',
        published_at: stamp,
        created_at: stamp,
        updated_at: stamp,
      });
    }
    await db.transaction().execute((trx) => trx.insertInto('articles').values(batch).execute());
  }
}

function pngChunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** A black greyscale PNG, tiny on disk and huge once decoded (as test/integration/media-limits.test.ts). */
export function bombPng(width: number, height: number): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8;
  header[9] = 0;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', header),
    pngChunk('IDAT', deflateSync(Buffer.alloc((width + 1) * height), { level: 9 })),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

export async function withPg<T>(url: string, task: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await task(client);
  } finally {
    await client.end();
  }
}

export const schemaUrl = (url: string, schema: string) => {
  const parsed = new URL(url);
  parsed.searchParams.set('options', `-c search_path=${schema}`);
  return parsed.href;
};
