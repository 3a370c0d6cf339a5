import type { Kysely } from 'kysely';
import type { DB, LanguageCode } from '../../db/schema.ts';
import { formatShortDate } from '../../i18n/dates.ts';
import { assetUrl } from '../../web/assets.ts';
import type { PageContext } from '../../web/context.ts';
import { localPath } from '../../web/urls.ts';
import type { ChoiceOption, Localized } from '../collections/definition.ts';
import { levelNames, validityNames, word } from './messages.ts';
import { numberQuery } from './number.ts';
import { hasCode, siteVocabulary } from './site-vocabulary.ts';
import { fold, whereNumber } from './store.ts';
import { ISSUING_LEVELS, VALIDITIES, type Validity } from './vocabulary.ts';

/**
 * /van-ban: the registry's public list, filtered in SQL on the side table (ADR 0019). Every
 * filter is a GET parameter, so a combination is a shareable address and works without
 * JavaScript; sorted by date of issue, newest first, 20 a page.
 */

export const PAGE_SIZE = 20;
const PATHS: Localized = { vi: 'van-ban', en: 'legal-documents', zh: 'legal-documents' };

/** The RSS feed of one section of the registry (latest.tsx). */
export function sectionFeedUrl(lang: LanguageCode, section: string): string {
  return `${localPath(lang, PATHS[lang])}/rss/${section}.xml`;
}

export interface ListFilters {
  section: string;
  type: string;
  issuer: string;
  level: string;
  field: string;
  year: string;
  validity: string;
  q: string;
  page: number;
}

const text = (value: unknown, max = 200): string =>
  typeof value === 'string' ? value.normalize('NFC').trim().slice(0, max) : '';

export function readFilters(query: Record<string, unknown>): ListFilters {
  const page = Number(text(query.page, 6));
  return {
    section: text(query.section, 60),
    type: text(query.type, 60),
    issuer: text(query.issuer),
    level: text(query.level, 20),
    field: text(query.field, 60),
    year: /^\d{4}$/.test(text(query.year, 4)) ? text(query.year, 4) : '',
    validity: text(query.validity, 20),
    q: text(query.q),
    page: Number.isSafeInteger(page) && page > 1 && page < 100_000 ? page : 1,
  };
}

export interface ListRow {
  id: number;
  number: string;
  issuedOn: string;
  title: string;
  slug: string;
  validity: Validity;
  updatedAt: string;
}

export type ListMode = 'number' | 'words' | 'none';

/** The filters on the side table (alias `d`), every one on an indexed column (migration 0017). */
function withFilters<Q extends { where: (...args: never[]) => Q }>(
  query: Q,
  filters: ListFilters,
  mode: ListMode,
): Q {
  // biome-ignore lint/suspicious/noExplicitAny: Kysely's builder types are narrowed by the caller
  let q: any = query;
  if (filters.section) q = q.where('d.section_code', '=', filters.section);
  if (filters.type) q = q.where('d.type_code', '=', filters.type);
  if (filters.issuer) q = q.where('d.issuer_plain', '=', fold(filters.issuer));
  if (filters.level) q = q.where('d.level', '=', filters.level);
  if (filters.year) q = q.where('d.issued_year', '=', Number(filters.year));
  if (filters.validity) q = q.where('d.validity', '=', filters.validity);
  if (filters.field)
    q = q.where('d.item_id', 'in', (eb: { selectFrom: Kysely<DB>['selectFrom'] }) =>
      eb.selectFrom('legal_document_fields').select('item_id').where('field_code', '=', filters.field),
    );
  const wanted = numberQuery(filters.q);
  if (mode === 'number' && wanted) q = whereNumber(q, wanted);
  if (mode === 'words')
    for (const part of fold(filters.q).split(/\s+/).filter(Boolean).slice(0, 8))
      q = q.where('d.summary_plain', 'like', `%${part.replace(/[%_\\]/g, '')}%`);
  return q as Q;
}

/**
 * The list's query before its select: the side table joined to the item in the language, with
 * the filters (exported for the benchmark's EXPLAIN, bench/legal-documents-explain.ts).
 */
export function listQuery(
  db: Kysely<DB>,
  siteId: number,
  lang: LanguageCode,
  filters: ListFilters,
  mode: ListMode,
) {
  const query =
    lang === 'vi'
      ? db
          .selectFrom('legal_documents as d')
          .innerJoin('collection_items as i', 'i.id', 'd.item_id')
          .where('i.status', '=', 'published')
      : db
          .selectFrom('legal_documents as d')
          .innerJoin('collection_items as i', 'i.source_id', 'd.item_id')
          .where('i.lang', '=', lang)
          .where('i.status', '=', 'published');
  return withFilters(query.where('d.site_id', '=', siteId).where('d.published', '=', 1), filters, mode);
}

/**
 * How many documents match: in Vietnamese from the side table alone (its published flag is the
 * original's status, written in the same transaction), so the count reads one index; in another
 * language through the published translations.
 */
export function countQuery(
  db: Kysely<DB>,
  siteId: number,
  lang: LanguageCode,
  filters: ListFilters,
  mode: ListMode,
) {
  if (lang !== 'vi')
    return listQuery(db, siteId, lang, filters, mode).select((eb) => eb.fn.countAll().as('n'));
  const query = db
    .selectFrom('legal_documents as d')
    .where('d.site_id', '=', siteId)
    .where('d.published', '=', 1);
  return withFilters(query, filters, mode).select((eb) => eb.fn.countAll().as('n'));
}

/** The documents a list (the public page, the API) shows in a language, and how many match. */
export async function searchDocuments(
  db: Kysely<DB>,
  siteId: number,
  lang: LanguageCode,
  filters: ListFilters,
  pageSize = PAGE_SIZE,
): Promise<{ rows: ListRow[]; total: number }> {
  const count = async (mode: ListMode) =>
    Number((await countQuery(db, siteId, lang, filters, mode).executeTakeFirstOrThrow()).n);
  // A query that reads as a number is one ("123/QĐ-UBND", "qd-ubnd 123"); when no number
  // answers it ("Nghị định 15 về …"), its words are looked for in the summaries.
  let mode: ListMode = 'none';
  let total = 0;
  if (filters.q && numberQuery(filters.q)) {
    mode = 'number';
    total = await count(mode);
  }
  if (filters.q && total === 0) {
    mode = 'words';
    total = await count(mode);
  }
  if (!filters.q) total = await count('none');
  const rows = await listQuery(db, siteId, lang, filters, mode)
    .select([
      'd.item_id as id',
      'd.number_text as number',
      'd.issued_on as issuedOn',
      'i.title as title',
      'i.slug as slug',
      'd.validity as validity',
      'i.updated_at as updatedAt',
    ])
    .orderBy('d.issued_on', 'desc')
    .orderBy('d.item_id', 'desc')
    .limit(pageSize)
    .offset((filters.page - 1) * pageSize)
    .execute();
  return { rows, total };
}

const day = (date: string, lang: LanguageCode) => formatShortDate(new Date(`${date}T00:00:00+07:00`), lang);

function listHref(lang: LanguageCode, filters: ListFilters, page: number): string {
  const params = new URLSearchParams();
  for (const key of ['q', 'section', 'type', 'issuer', 'level', 'field', 'year', 'validity'] as const)
    if (filters[key]) params.set(key, filters[key]);
  if (page > 1) params.set('page', String(page));
  const query = params.toString();
  return `${localPath(lang, PATHS[lang])}${query ? `?${query}` : ''}`;
}

function Select(props: {
  name: string;
  label: string;
  value: string;
  lang: LanguageCode;
  options: { value: string; label: string }[];
}) {
  const id = `filter-${props.name}`;
  return (
    <div class="field">
      <label for={id}>{props.label}</label>
      <select id={id} name={props.name}>
        <option value="">{word('all', props.lang)}</option>
        {props.options.map((option) => (
          <option key={option.value} value={option.value} selected={option.value === props.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The kit's publicList hook: the filter form, the table, the pages. */
export async function publicDocumentList(input: {
  db: Kysely<DB>;
  ctx: PageContext;
  lang: LanguageCode;
  query: Record<string, unknown>;
}) {
  const { db, ctx, lang } = input;
  const filters = readFilters(input.query);
  const { rows, total } = await searchDocuments(db, ctx.site.id, lang, filters);
  const issuers = await db
    .selectFrom('legal_documents')
    .select('issuer')
    .distinct()
    .where('site_id', '=', ctx.site.id)
    .where('published', '=', 1)
    .orderBy('issuer')
    .limit(200)
    .execute();
  const years = await db
    .selectFrom('legal_documents')
    .select('issued_year')
    .distinct()
    .where('site_id', '=', ctx.site.id)
    .where('published', '=', 1)
    .orderBy('issued_year', 'desc')
    .execute();
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  // The site's own lists; retired entries stay, since documents still have them.
  const vocabulary = await siteVocabulary(db, ctx.site.id);
  const named = (options: readonly ChoiceOption[]) =>
    options.map((option) => ({ value: option.value, label: option.label[lang] }));
  const body = (
    <div class="legal-documents">
      <link rel="stylesheet" href={assetUrl('legal.css')} />
      <form method="get" action={localPath(lang, PATHS[lang])} class="legal-filters">
        <div class="field">
          <label for="filter-q">{word('query', lang)}</label>
          <input id="filter-q" name="q" type="search" value={filters.q} maxLength={200} />
        </div>
        <Select
          name="section"
          label={word('section', lang)}
          value={filters.section}
          lang={lang}
          options={named(vocabulary.section)}
        />
        <Select
          name="type"
          label={word('type', lang)}
          value={filters.type}
          lang={lang}
          options={named(vocabulary.type)}
        />
        <Select
          name="issuer"
          label={word('issuer', lang)}
          value={filters.issuer}
          lang={lang}
          options={issuers.map((row) => ({ value: row.issuer, label: row.issuer }))}
        />
        <Select
          name="level"
          label={word('level', lang)}
          value={filters.level}
          lang={lang}
          options={ISSUING_LEVELS.map((level) => ({ value: level, label: levelNames[level][lang] }))}
        />
        <Select
          name="field"
          label={word('field', lang)}
          value={filters.field}
          lang={lang}
          options={named(vocabulary.field)}
        />
        <Select
          name="year"
          label={word('year', lang)}
          value={filters.year}
          lang={lang}
          options={years.map((row) => ({ value: String(row.issued_year), label: String(row.issued_year) }))}
        />
        <Select
          name="validity"
          label={word('validity', lang)}
          value={filters.validity}
          lang={lang}
          options={VALIDITIES.map((validity) => ({ value: validity, label: validityNames[validity][lang] }))}
        />
        <p class="actions">
          <button type="submit" class="button button-primary">
            {word('search', lang)}
          </button>{' '}
          <a href={localPath(lang, PATHS[lang])}>{word('clear', lang)}</a>
        </p>
      </form>
      <output class="legal-count">{word('found', lang, { n: String(total) })}</output>
      {hasCode(vocabulary.section, filters.section) ? (
        <p class="legal-feed">
          <a href={sectionFeedUrl(lang, filters.section)} type="application/rss+xml">
            {word('feedSection', lang)}
          </a>
        </p>
      ) : null}
      {rows.length === 0 ? (
        <p>{word('none', lang)}</p>
      ) : (
        <table class="legal-table">
          <thead>
            <tr>
              <th scope="col">{word('number', lang)}</th>
              <th scope="col">{word('issuedOn', lang)}</th>
              <th scope="col">{word('summary', lang)}</th>
              <th scope="col">{word('validity', lang)}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id}>
                <td data-label={word('number', lang)}>
                  <a href={localPath(lang, PATHS[lang], row.slug)}>{row.number}</a>
                </td>
                <td data-label={word('issuedOn', lang)}>{day(row.issuedOn, lang)}</td>
                <td>{row.title}</td>
                <td
                  data-label={word('validity', lang)}
                  class={`validity validity-${row.validity.replace('_', '-')}`}
                >
                  {validityNames[row.validity][lang]}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {pages > 1 ? (
        <nav
          class="pagination"
          aria-label={word('page', lang, { n: String(filters.page), total: String(pages) })}
        >
          {filters.page > 1 ? (
            <a href={listHref(lang, filters, filters.page - 1)} rel="prev">
              {word('previous', lang)}
            </a>
          ) : null}{' '}
          <span>{word('page', lang, { n: String(filters.page), total: String(pages) })}</span>{' '}
          {filters.page < pages ? (
            <a href={listHref(lang, filters, filters.page + 1)} rel="next">
              {word('next', lang)}
            </a>
          ) : null}
        </nav>
      ) : null}
    </div>
  );
  const lastModified = rows
    .map((row) => row.updatedAt)
    .sort()
    .at(-1);
  return { body, lastModified };
}
