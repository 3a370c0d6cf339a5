import { randomUUID } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import type { DB, LanguageCode } from '../db/schema.ts';
import { storeImage } from '../modules/media/images.ts';
import { filesystemStorage } from '../modules/media/media-storage.ts';
import { hostnameRows } from '../platform/sites/sites.repository.ts';
import { slugify } from '../platform/text.ts';
import { blocksToDoc } from './blocks.ts';
import { seedCollections } from './collections.ts';
import { articlesA } from './content/articles-a.ts';
import { articlesB } from './content/articles-b.ts';
import { demoCategories } from './content/categories.ts';
import { demoPages } from './content/pages.ts';
import { demoSites } from './content/sites.ts';
import type { DemoArticle, DemoImageKey, DemoTranslation } from './content/types.ts';
import { readDemoImage } from './images.ts';
import { generateDemoFiles, seedLegalDocuments } from './legal-documents.ts';
import { seedTranslations } from './translations.ts';

export interface SeedResult {
  sites: number;
  categories: number;
  articles: number;
  pages: number;
  media: number;
}

/** Every demo article, oldest first. */
export const demoArticles: DemoArticle[] = [...articlesA, ...articlesB].sort((a, b) => b.daysAgo - a.daysAgo);

const DAY_MS = 86_400_000;

/** The instant an article was published: `daysAgo` days before now, at `hour` Viet Nam time. */
function publishedAt(now: Date, daysAgo: number, hour: number): string {
  const vietnamMidnight = Math.floor((now.getTime() + 7 * 3_600_000) / DAY_MS) * DAY_MS - 7 * 3_600_000;
  let instant = vietnamMidnight - daysAgo * DAY_MS + hour * 3_600_000 + ((daysAgo * 7) % 60) * 60_000;
  // Never in the future: today's articles are stamped at most an hour ago.
  if (instant > now.getTime()) instant = now.getTime() - 3_600_000 + (daysAgo % 30) * 60_000;
  return new Date(instant).toISOString();
}

function usedImages(): DemoImageKey[] {
  const keys = new Set<DemoImageKey>();
  const collect = (blocks: { figure?: { image: DemoImageKey } }[]) => {
    for (const block of blocks) if (block.figure) keys.add(block.figure.image);
  };
  for (const article of demoArticles) {
    if (article.cover) keys.add(article.cover.image);
    collect(article.body as { figure?: { image: DemoImageKey } }[]);
  }
  for (const page of demoPages) collect(page.body as { figure?: { image: DemoImageKey } }[]);
  return [...keys].sort();
}

/**
 * Loads the fictional province of Lạc Hồng (sites, categories, pages, articles with photos and
 * translations) into an empty database. Returns undefined when the database already has sites.
 */
export async function seedDemo(
  db: Kysely<DB>,
  options: { mediaDir: string; now: Date },
): Promise<SeedResult | undefined> {
  const existing = await db.selectFrom('sites').select('id').limit(1).executeTakeFirst();
  if (existing) return undefined;
  const { now } = options;
  const stamp = now.toISOString();
  const storage = filesystemStorage(options.mediaDir);

  // Images are read before the transaction: files need no lock.
  const images = await Promise.all(
    usedImages().map(async (key) => ({ key, bytes: await readDemoImage(key) })),
  );
  const documentFiles = await generateDemoFiles();

  try {
    return await db.transaction().execute(async (trx) => {
      const result: SeedResult = { sites: 0, categories: 0, articles: 0, pages: 0, media: 0 };
      const siteIds = new Map<string, number>();
      for (const site of demoSites) {
        const { id } = await trx
          .insertInto('sites')
          .values({
            code: site.code,
            kind: site.kind,
            parent_id: site.parentCode ? (siteIds.get(site.parentCode) ?? null) : null,
            is_default: site.isDefault ? 1 : 0,
            name: JSON.stringify(site.name),
            unit_name: JSON.stringify(site.unitName),
            emblem: '/assets/emblem.svg',
            responsible_person: JSON.stringify(site.responsiblePerson),
            address: JSON.stringify(site.address),
            phone: site.phone,
            email: site.email,
            licence: JSON.stringify(site.licence),
            created_at: stamp,
            updated_at: stamp,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        siteIds.set(site.code, id);
        await trx.insertInto('site_hostnames').values(hostnameRows(id, site.hostnames)).execute();
        result.sites++;
      }
      const provinceId = siteIds.get(demoSites.find((site) => site.isDefault)?.code ?? '')!;

      const mediaIds = new Map<string, number>();
      for (const image of images) {
        const row = await storeImage(trx, storage, {
          siteId: provinceId,
          bytes: image.bytes,
          originalName: `${image.key}.jpg`,
          now,
        });
        mediaIds.set(image.key, row.id);
        result.media++;
      }
      const mediaFor = (key: string) => mediaIds.get(key);

      result.categories += await seedCategories(trx, provinceId, stamp, demoCategories);
      const categoryIds = await categoryIdsByKey(trx, provinceId);

      for (const article of demoArticles) {
        const categoryId = categoryIds.get(article.category);
        if (categoryId === undefined)
          throw new Error(`Demo article ${article.key}: unknown category ${article.category}`);
        const group = randomUUID();
        const at = publishedAt(now, article.daysAgo, article.hour);
        const versions: [LanguageCode, DemoTranslation][] = [['vi', article]];
        if (article.en) versions.push(['en', article.en]);
        if (article.zh) versions.push(['zh', article.zh]);
        for (const [lang, version] of versions) {
          const slugSource = lang === 'zh' ? (article.en?.title ?? article.title) : version.title;
          const inserted = await trx
            .insertInto('articles')
            .values({
              site_id: provinceId,
              category_id: categoryId,
              lang,
              translation_group: group,
              title: version.title.normalize('NFC'),
              slug: slugify(slugSource),
              lead: version.lead.normalize('NFC'),
              body: JSON.stringify(blocksToDoc(version.body, mediaFor)),
              cover_media_id: article.cover ? (mediaFor(article.cover.image) ?? null) : null,
              cover_caption:
                (lang === 'vi' ? article.cover?.caption : version.coverCaption) ??
                article.cover?.caption ??
                '',
              cover_alt: (lang === 'vi' ? article.cover?.alt : version.coverAlt) ?? article.cover?.alt ?? '',
              author_id: null,
              byline: article.byline,
              source: article.source ?? '',
              status: 'published',
              published_at: at,
              unpublish_at: null,
              is_featured: article.featured ? 1 : 0,
              view_count: 40 + ((article.key.length * 37 + article.daysAgo * 13) % 900),
              // A translation has its own description or none: never the Vietnamese one.
              seo_description: (
                (lang === 'vi' ? article.seoDescription : version.seoDescription) ?? ''
              ).normalize('NFC'),
              created_at: at,
              updated_at: at,
            })
            .returning('id')
            .executeTakeFirstOrThrow();
          const used = new Set<number>();
          if (article.cover) used.add(mediaFor(article.cover.image) ?? 0);
          for (const block of version.body)
            if ('figure' in block) used.add(mediaFor(block.figure.image) ?? 0);
          used.delete(0);
          if (used.size > 0) {
            await trx
              .insertInto('article_media')
              .values([...used].map((mediaId) => ({ article_id: inserted.id, media_id: mediaId })))
              .execute();
          }
          result.articles++;
        }
      }

      result.pages += await seedPages(trx, provinceId, stamp, mediaFor);
      result.categories += await seedComponentSites(trx, siteIds, provinceId, stamp);
      await seedTranslations(trx, { siteIds: [...siteIds.values()], provinceId, now });
      await seedCollections(trx, provinceId, stamp);
      await seedLegalDocuments(trx, { siteIds, stamp, now, storage, files: documentFiles });
      return result;
    });
  } catch (error) {
    // Another instance seeding the same empty database at the same moment wins; we step back.
    const raced = await db.selectFrom('sites').select('id').limit(1).executeTakeFirst();
    if (raced) return undefined;
    throw error;
  }
}

async function seedCategories(
  trx: Transaction<DB>,
  siteId: number,
  stamp: string,
  categories: typeof demoCategories,
): Promise<number> {
  const ids = new Map<string, number>();
  for (const category of categories) {
    const { id } = await trx
      .insertInto('categories')
      .values({
        site_id: siteId,
        parent_id: category.parent ? (ids.get(category.parent) ?? null) : null,
        position: category.position,
        show_in_menu: category.showInMenu ? 1 : 0,
        created_at: stamp,
        updated_at: stamp,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    ids.set(category.key, id);
    await trx
      .insertInto('category_translations')
      .values(
        (['vi', 'en', 'zh'] as const).map((lang) => ({
          category_id: id,
          site_id: siteId,
          lang,
          name: category[lang].name,
          slug: category[lang].slug,
          description: category[lang].description,
        })),
      )
      .execute();
  }
  return categories.length;
}

async function categoryIdsByKey(trx: Transaction<DB>, siteId: number): Promise<Map<string, number>> {
  const rows = await trx
    .selectFrom('category_translations')
    .select(['category_id', 'slug'])
    .where('site_id', '=', siteId)
    .where('lang', '=', 'vi')
    .execute();
  const bySlug = new Map(rows.map((row) => [row.slug, row.category_id]));
  return new Map(demoCategories.map((category) => [category.key, bySlug.get(category.vi.slug)!]));
}

async function seedPages(
  trx: Transaction<DB>,
  siteId: number,
  stamp: string,
  mediaFor: (key: string) => number | undefined,
): Promise<number> {
  let count = 0;
  const groups = new Map<string, string>();
  const idsByLang = new Map<string, number>();
  for (const page of demoPages) {
    const group = randomUUID();
    groups.set(page.key, group);
    const versions: [LanguageCode, DemoTranslation & { lead?: string }][] = [
      ['vi', { title: page.title, lead: page.lead ?? '', body: page.body }],
    ];
    if (page.en) versions.push(['en', page.en]);
    if (page.zh) versions.push(['zh', page.zh]);
    for (const [lang, version] of versions) {
      const parentId = page.parent ? idsByLang.get(`${lang}:${page.parent}`) : undefined;
      if (page.parent && parentId === undefined) continue; // parent not translated: skip this version
      const slugSource =
        lang === 'zh' ? (page.en?.title ?? page.key) : lang === 'en' ? version.title : page.key;
      const { id } = await trx
        .insertInto('pages')
        .values({
          site_id: siteId,
          parent_id: parentId ?? null,
          lang,
          translation_group: group,
          title: version.title.normalize('NFC'),
          slug: lang === 'vi' ? page.key : slugify(slugSource),
          lead: (version.lead ?? '').normalize('NFC'),
          body: JSON.stringify(blocksToDoc(version.body, mediaFor)),
          status: 'published',
          position: page.position,
          show_in_menu: page.showInMenu ? 1 : 0,
          seo_description: '',
          published_at: stamp,
          created_at: stamp,
          updated_at: stamp,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      idsByLang.set(`${lang}:${page.key}`, id);
      count++;
    }
  }
  return count;
}

/** The department and the ward get their own small category tree and a few articles. */
async function seedComponentSites(
  trx: Transaction<DB>,
  siteIds: Map<string, number>,
  provinceId: number,
  stamp: string,
): Promise<number> {
  let count = 0;
  const componentCategories = demoCategories.filter((category) =>
    ['tin-tuc', 'thong-bao'].includes(category.key),
  );
  for (const [code, siteId] of siteIds) {
    if (siteId === provinceId) continue;
    count += await seedCategories(
      trx,
      siteId,
      stamp,
      componentCategories.map((category) => ({ ...category, parent: undefined, showInMenu: true })),
    );
    // The department of science and technology republishes the province's technology news.
    if (code.includes('khcn')) {
      const newsId = (await categoryIdsByKey(trx, siteId)).get('tin-tuc')!;
      const sources = await trx
        .selectFrom('articles')
        .innerJoin('category_translations as t', 't.category_id', 'articles.category_id')
        .where('articles.site_id', '=', provinceId)
        .where('articles.lang', '=', 'vi')
        .where('t.lang', '=', 'vi')
        .where('t.slug', '=', 'khoa-hoc-cong-nghe')
        .selectAll('articles')
        .execute();
      for (const { id: _id, ...source } of sources) {
        await trx
          .insertInto('articles')
          .values({ ...source, site_id: siteId, category_id: newsId, translation_group: randomUUID() })
          .execute();
      }
    }
  }
  return count;
}
