import { afterAll, beforeAll, expect, it } from 'vitest';
import { demoLegalDocuments } from '../../src/demo/content/legal-documents.ts';
import { outboxSettled } from '../../src/platform/outbox.ts';
import { createTestApp, type TestApp } from '../harness.ts';

/** The demo province's registry: in the main menu, listed, with relations and computed validity. */

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ demo: true, scheduler: false });
});
afterAll(async () => t?.close());

it('seeds the registry, links it from the main menu instead of an empty news category, and computes validity', async () => {
  const home = await t.app.inject({ url: '/' });
  expect(home.body).toContain('href="/van-ban"');
  const list = await t.app.inject({ url: '/van-ban?q=123%2FQĐ-UBND' });
  expect(list.statusCode).toBe(200);
  expect(list.body).toContain('>123/2025/QĐ-UBND</a>');
  const count = await t.services.db
    .selectFrom('legal_documents')
    .select((e) => e.fn.countAll().as('n'))
    .executeTakeFirstOrThrow();
  expect(Number(count.n)).toBeGreaterThan(0);
  const relations = await t.services.db
    .selectFrom('legal_document_relations')
    .select((e) => e.fn.countAll().as('n'))
    .executeTakeFirstOrThrow();
  // Every relation of the demo content whose target is a document of the same site is stored.
  const keys = new Map(demoLegalDocuments.map((document) => [document.key, document.site]));
  const expected = demoLegalDocuments
    .flatMap((document) => document.relations.map((relation) => keys.get(relation.target) === document.site))
    .filter(Boolean).length;
  expect(Number(relations.n)).toBe(expected);
  expect(Number(count.n)).toBe(demoLegalDocuments.length);
});

it('finds a demo document by a phrase that is only inside its generated PDF, naming the file', async () => {
  // The seeding queued the files' extraction; the documents are reindexed when it ends.
  await outboxSettled();
  const own = (document: (typeof demoLegalDocuments)[number]) =>
    `${document.summary} ${(document.body ?? []).join(' ')}`.toLowerCase();
  const found = demoLegalDocuments
    .filter((document) => document.site === 'lac-hong')
    .flatMap((document) =>
      document.files
        .filter((file) => file.kind === 'pdf' && !file.scanned)
        .flatMap((file) =>
          file.paragraphs.map((paragraph) => ({
            file,
            phrase: paragraph
              .split(/\s+/)
              .slice(3, 9)
              .join(' ')
              .replace(/[.,;:]$/, ''),
            document,
          })),
        ),
    )
    .find(({ phrase, document }) => !own(document).includes(phrase.toLowerCase()));
  expect(found).toBeDefined();
  const page = await t.app.inject({ url: `/tim-kiem?q=${encodeURIComponent(`"${found!.phrase}"`)}` });
  expect(page.statusCode).toBe(200);
  expect(page.body).toContain('Trong tệp:');
  expect(page.body).toContain(`>${found!.file.name}</a>`);
});

it('reads the legacy Word (.doc) files of older documents: a phrase inside one is found, naming the file', async () => {
  await outboxSettled();
  const document = demoLegalDocuments.find((entry) => entry.key === 'qd-30-2018');
  const file = document?.files.find((entry) => entry.kind === 'doc');
  expect(file?.name).toBe('QĐ 30-2018 quản lý nhiệm vụ khoa học cấp tỉnh.doc');
  // "Hồ sơ đề xuất nộp bằng văn bản giấy, ba bộ": in the .doc only, not in the summary.
  expect(document?.summary).not.toContain('ba bộ');
  const page = await t.app.inject({ url: `/tim-kiem?q=${encodeURIComponent('"văn bản giấy, ba bộ"')}` });
  expect(page.statusCode).toBe(200);
  expect(page.body).toContain('Trong tệp:');
  const link = page.body.match(/href="([^"]+)"[^>]*>QĐ 30-2018[^<]*\.doc<\/a>/)?.[1];
  expect(link).toBeDefined();
  const download = await t.app.inject({ url: link!.replaceAll('&amp;', '&') });
  expect(download.statusCode).toBe(200);
  expect(download.headers['content-type']).toBe('application/msword');
  expect(download.rawPayload.subarray(0, 4).toString('hex')).toBe('d0cf11e0');
});
