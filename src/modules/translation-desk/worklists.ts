import type { Kysely } from 'kysely';
import type { ContentStatus, DB, LanguageCode, TranslatableType } from '../../db/schema.ts';
import type { CategoryRecord } from '../categories/categories.repository.ts';
import { isLegalTopic, type LegalTopic, legalLanguage, legalTopics } from '../translations/legal-topics.ts';
import type { PageEntry } from './coverage.ts';

/**
 * The translators' work lists: the legally required English content, the translations whose
 * source changed, and what has no version yet in a language.
 */

export type LegalState = 'ok' | 'missing' | 'unpublished' | 'stale' | 'unmarked';

export interface LegalRow {
  topic: LegalTopic;
  state: LegalState;
  /** The page carrying the topic (its Vietnamese version when there is one). */
  page?: { id: number; title: string; lang: LanguageCode };
  english?: { id: number; title: string; status: ContentStatus };
}

/** The topics the law expects in English, each with its page(s) and the state of their English version. */
export function legalRows(pages: PageEntry[], stale: Set<string>): LegalRow[] {
  const rows: LegalRow[] = [];
  for (const topic of legalTopics) {
    const groups = [
      ...new Set(
        pages
          .filter((page) => page.legal_topic && isLegalTopic(page.legal_topic) && page.legal_topic === topic)
          .map((page) => page.translation_group),
      ),
    ];
    if (groups.length === 0) rows.push({ topic, state: 'unmarked' });
    for (const group of groups) {
      const members = pages.filter((page) => page.translation_group === group);
      const shown = members.find((page) => page.lang === 'vi') ?? members[0]!;
      const english = members.find((page) => page.lang === legalLanguage);
      const state: LegalState = !english
        ? 'missing'
        : english.status !== 'published'
          ? 'unpublished'
          : stale.has(`page:${english.id}:${legalLanguage}`)
            ? 'stale'
            : 'ok';
      rows.push({
        topic,
        state,
        page: { id: shown.id, title: shown.title, lang: shown.lang },
        ...(english ? { english: { id: english.id, title: english.title, status: english.status } } : {}),
      });
    }
  }
  return rows;
}

export interface StaleItem {
  type: TranslatableType;
  id: number;
  lang: LanguageCode;
  title: string;
  sourceTitle: string;
  sourceLang: LanguageCode;
  since: string;
}

/** Translations whose source changed since they were last brought up to date, oldest change first. */
export async function staleItems(db: Kysely<DB>, siteId: number, limit = 200): Promise<StaleItem[]> {
  const links = () =>
    db
      .selectFrom('translation_links as l')
      .where('l.site_id', '=', siteId)
      .where('l.stale_since', 'is not', null)
      .select(['l.entity_type as type', 'l.item_id as id', 'l.lang', 'l.source_lang', 'l.stale_since']);
  const [articles, pages, categories] = await Promise.all([
    links()
      .innerJoin('articles as a', 'a.id', 'l.item_id')
      .innerJoin('articles as s', 's.id', 'l.source_id')
      .where('l.entity_type', '=', 'article')
      .select(['a.title', 's.title as source_title'])
      .orderBy('l.stale_since')
      .limit(limit)
      .execute(),
    links()
      .innerJoin('pages as p', 'p.id', 'l.item_id')
      .innerJoin('pages as s', 's.id', 'l.source_id')
      .where('l.entity_type', '=', 'page')
      .select(['p.title', 's.title as source_title'])
      .orderBy('l.stale_since')
      .limit(limit)
      .execute(),
    links()
      .innerJoin('category_translations as c', (join) =>
        join.onRef('c.category_id', '=', 'l.item_id').onRef('c.lang', '=', 'l.lang'),
      )
      .innerJoin('category_translations as s', (join) =>
        join.onRef('s.category_id', '=', 'l.source_id').onRef('s.lang', '=', 'l.source_lang'),
      )
      .where('l.entity_type', '=', 'category')
      .select(['c.name as title', 's.name as source_title'])
      .orderBy('l.stale_since')
      .limit(limit)
      .execute(),
  ]);
  return [...articles, ...pages, ...categories]
    .map((row) => ({
      type: row.type,
      id: row.id,
      lang: row.lang,
      title: row.title,
      sourceTitle: row.source_title,
      sourceLang: row.source_lang,
      since: row.stale_since ?? '',
    }))
    .sort((a, b) => a.since.localeCompare(b.since))
    .slice(0, limit);
}

export interface MissingItem {
  type: TranslatableType;
  id: number;
  lang: LanguageCode;
  title: string;
  /** Articles: their category, for the role's scope. */
  categoryId?: number;
}

/**
 * What has no `lang` version yet: static pages (parents first), category names, and the newest
 * published articles (`limit` of them, with the count of the rest). Each group is listed once,
 * by its Vietnamese version when it has one.
 */
export async function missingItems(
  db: Kysely<DB>,
  input: {
    siteId: number;
    lang: LanguageCode;
    pages: PageEntry[];
    categories: CategoryRecord[];
    limit?: number;
  },
): Promise<{ items: MissingItem[]; moreArticles: number }> {
  const { lang } = input;
  const groups = new Map<string, PageEntry[]>();
  for (const page of input.pages)
    groups.set(page.translation_group, [...(groups.get(page.translation_group) ?? []), page]);
  const pages: MissingItem[] = [];
  for (const members of groups.values()) {
    if (members.some((page) => page.lang === lang)) continue;
    const published = members.filter((page) => page.status === 'published');
    const shown = published.find((page) => page.lang === 'vi') ?? published[0];
    if (shown) pages.push({ type: 'page', id: shown.id, lang: shown.lang, title: shown.title });
  }
  const categories: MissingItem[] = input.categories
    .filter((category) => !category.texts[lang] && category.texts.vi)
    .map((category) => ({
      type: 'category',
      id: category.id,
      lang: 'vi',
      title: category.texts.vi?.name ?? '',
    }));
  const candidates = db
    .selectFrom('articles as a')
    .where('a.site_id', '=', input.siteId)
    .where('a.status', '=', 'published')
    .where('a.lang', '<>', lang)
    .where(({ eb, exists, not, selectFrom }) =>
      eb.and([
        not(
          exists(
            selectFrom('articles as b')
              .select('b.id')
              .whereRef('b.translation_group', '=', 'a.translation_group')
              .where('b.lang', '=', lang),
          ),
        ),
        eb.or([
          eb('a.lang', '=', 'vi'),
          not(
            exists(
              selectFrom('articles as v')
                .select('v.id')
                .whereRef('v.translation_group', '=', 'a.translation_group')
                .where('v.lang', '=', 'vi'),
            ),
          ),
        ]),
      ]),
    );
  const limit = input.limit ?? 30;
  const [rows, count] = await Promise.all([
    candidates
      .select(['a.id', 'a.lang', 'a.title', 'a.category_id'])
      .orderBy('a.published_at', 'desc')
      .orderBy('a.id', 'desc')
      .limit(limit)
      .execute(),
    candidates.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  const articles: MissingItem[] = rows.map((row) => ({
    type: 'article',
    id: row.id,
    lang: row.lang,
    title: row.title,
    categoryId: row.category_id,
  }));
  return {
    items: [...pages, ...categories, ...articles],
    moreArticles: Math.max(0, Number(count.n) - rows.length),
  };
}
