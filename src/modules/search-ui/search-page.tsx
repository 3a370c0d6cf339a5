import type { LanguageCode } from '../../db/schema.ts';
import { formatShortDate, isoVietnam } from '../../i18n/dates.ts';
import { languageInfo, languages, messages } from '../../i18n/index.ts';
import { assetUrl } from '../../web/assets.ts';
import type { PageContext } from '../../web/context.ts';
import { Layout } from '../../web/layout.tsx';
import { SeoHead } from '../../web/seo.tsx';
import { homeUrl, searchUrl } from '../../web/urls.ts';
import type { SearchResults } from '../search/search.service.ts';
import type { Segment } from '../search/snippet.ts';
import { MAX_PAGE, type SearchParams } from './search-params.ts';

/** A broader search that finds something, offered when nothing matched. */
export interface Alternative {
  label: string;
  href: string;
  count: number;
}

/** One result as the page shows it. */
export interface ResultView {
  key: number;
  href: string;
  title: Segment[];
  snippet: Segment[];
  publishedAt: string;
  /** The type's own date shown instead (a legal document's issue date): a calendar day and its label. */
  date?: { day: string; label: string } | undefined;
  /** Type, section, site: shown under the title. */
  details: string[];
  /** The result's language, when not the page's (title and snippet are marked with it). */
  lang?: LanguageCode | undefined;
  /** The attached file the snippet comes from. */
  file?: { name: string; url: string } | undefined;
}

/** A filter of the chosen type (SearchSource.facets), with its choices. */
export interface FacetView {
  name: string;
  label: string;
  options: { value: string; label: string }[];
}

export interface SearchPageProps {
  ctx: PageContext;
  params: SearchParams;
  results: SearchResults | undefined;
  views: ResultView[];
  alternatives: Alternative[];
  /** A corrected query that finds more ("Có phải bạn muốn tìm: …"). */
  didYouMean?: { q: string; href: string } | undefined;
  types: { value: string; label: string }[];
  /** The chosen type's own filters (none without a chosen type). */
  facets?: FacetView[];
  categories: { value: number; label: string }[];
  /** Offer "the whole province" (on a provincial portal with component sites). */
  offerScope: boolean;
  pageSize: number;
  href: (changes: Partial<SearchParams>) => string;
  /** The index is being built at start: no results yet. */
  rebuilding?: boolean;
}

/** Text with the query's words in <mark>; Preact escapes every piece. */
export function Marked({ segments }: { segments: Segment[] }) {
  return (
    <>
      {segments.map((segment, index) =>
        segment.mark ? <mark key={index}>{segment.text}</mark> : segment.text,
      )}
    </>
  );
}

/** A labelled select of fixed choices; the first is the default, so only a later one is marked selected. */
function ChoiceField(props: {
  name: string;
  label: string;
  current: string | undefined;
  /** Value to label, the default first. */
  options: Record<string, string>;
}) {
  return (
    <p>
      <label for={`search-${props.name}`}>{props.label}</label>
      <select id={`search-${props.name}`} name={props.name}>
        {Object.entries(props.options).map(([value, label], index) => (
          <option key={value} value={value} selected={index > 0 && props.current === value}>
            {label}
          </option>
        ))}
      </select>
    </p>
  );
}

function Filters({ ctx, params, types, facets = [], categories, offerScope }: SearchPageProps) {
  const t = ctx.t.search;
  const open = Boolean(params.type || params.category || params.from || params.to || params.sort === 'date');
  const facetValues = params.facets ?? {};
  return (
    <details class="search-filters" open={open || params.lang !== ctx.lang || params.scope === 'all'}>
      <summary>{t.filters}</summary>
      <div class="search-filter-grid">
        <p>
          <label for="search-type">{t.typeLabel}</label>
          <select id="search-type" name="type">
            <option value="">{t.typeAll}</option>
            {types.map((type) => (
              <option key={type.value} value={type.value} selected={params.type === type.value}>
                {type.label}
              </option>
            ))}
          </select>
        </p>
        {facets.map((facet) => (
          <p key={facet.name}>
            <label for={`search-facet-${facet.name}`}>{facet.label}</label>
            <select id={`search-facet-${facet.name}`} name={facet.name}>
              <option value="">{t.facetAll}</option>
              {facet.options.map((option) => (
                <option
                  key={option.value}
                  value={option.value}
                  selected={facetValues[facet.name] === option.value}
                >
                  {option.label}
                </option>
              ))}
            </select>
          </p>
        ))}
        {categories.length > 0 ? (
          <p>
            <label for="search-category">{t.categoryLabel}</label>
            <select id="search-category" name="category">
              <option value="">{t.categoryAll}</option>
              {categories.map((category) => (
                <option
                  key={category.value}
                  value={category.value}
                  selected={params.category === category.value}
                >
                  {category.label}
                </option>
              ))}
            </select>
          </p>
        ) : null}
        <p>
          <label for="search-lang">{t.langLabel}</label>
          <select id="search-lang" name="lang">
            {languages.map((code: LanguageCode) => (
              <option key={code} value={code} selected={params.lang === code}>
                {messages(code).languageName}
              </option>
            ))}
            <option value="all" selected={params.lang === 'all'}>
              {t.langAll}
            </option>
          </select>
        </p>
        <p>
          <label for="search-from">{t.fromLabel}</label>
          <input id="search-from" type="date" name="from" value={params.from ?? ''} />
        </p>
        <p>
          <label for="search-to">{t.toLabel}</label>
          <input id="search-to" type="date" name="to" value={params.to ?? ''} />
        </p>
        <ChoiceField
          name="sort"
          label={t.sortLabel}
          current={params.sort}
          options={{ relevance: t.sortRelevance, date: t.sortDate }}
        />
        {offerScope ? (
          <ChoiceField
            name="scope"
            label={t.scopeLabel}
            current={params.scope}
            options={{ site: t.scopeSite, all: t.scopeAll }}
          />
        ) : null}
      </div>
      <button type="submit">{t.apply}</button>
    </details>
  );
}

function Pages({ ctx, params, results, pageSize, href }: SearchPageProps) {
  const totalPages = Math.min(MAX_PAGE, Math.ceil((results?.available ?? 0) / pageSize));
  if (totalPages <= 1) return null;
  const page = params.page;
  const shown = [...new Set([1, totalPages, page - 2, page - 1, page, page + 1, page + 2])]
    .filter((n) => n >= 1 && n <= totalPages)
    .sort((a, b) => a - b);
  const t = ctx.t.listing;
  return (
    <nav class="pagination" aria-label={t.pagination}>
      <ul>
        {page > 1 ? (
          <li>
            <a href={href({ page: page - 1 })} rel="prev">
              ‹ {t.previous}
            </a>
          </li>
        ) : null}
        {shown.map((n, index) => (
          <li key={n}>
            {index > 0 && n - (shown[index - 1] ?? n) > 1 ? <span aria-hidden="true">… </span> : null}
            {n === page ? (
              <span aria-current="page" class="current">
                <span class="visually-hidden">{t.pageLabel(n)}</span>
                <span aria-hidden="true">{n}</span>
              </span>
            ) : (
              <a href={href({ page: n })} aria-label={t.pageLabel(n)}>
                {n}
              </a>
            )}
          </li>
        ))}
        {page < totalPages ? (
          <li>
            <a href={href({ page: page + 1 })} rel="next">
              {t.next} ›
            </a>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}

/** "Có phải bạn muốn tìm: …" with the corrected query as a link. */
function DidYouMean({ ctx, didYouMean }: SearchPageProps) {
  if (!didYouMean) return null;
  return (
    <p class="search-did-you-mean">
      {ctx.t.search.didYouMean}{' '}
      <a href={didYouMean.href}>
        <strong>{didYouMean.q}</strong>
      </a>
    </p>
  );
}

function NothingFound(props: SearchPageProps) {
  const { ctx, params, alternatives } = props;
  const t = ctx.t.search;
  return (
    <div class="search-empty">
      <DidYouMean {...props} />
      <p class="search-empty-title">
        <strong>{t.noResults(params.q)}</strong>
      </p>
      {alternatives.length > 0 ? (
        <>
          <p>{t.noResultsTry}</p>
          <ul class="search-alternatives">
            {alternatives.map((alternative) => (
              <li key={alternative.href}>
                <a href={alternative.href}>{alternative.label}</a> {t.resultCount(alternative.count)}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <ul class="search-tips">
        <li>{t.tipSpelling}</li>
        <li>{t.tipAccents}</li>
      </ul>
    </div>
  );
}

function Results(props: SearchPageProps) {
  const { ctx, params, results, views, pageSize } = props;
  const t = ctx.t.search;
  if (!results || results.total === 0) return <NothingFound {...props} />;
  const first = (params.page - 1) * pageSize + 1;
  const countText = results.totalCapped ? t.countMore(results.total) : t.count(results.total);
  return (
    <section class="search-results-section" aria-labelledby="search-results-title">
      <h2 id="search-results-title" class="visually-hidden">
        {t.results}
      </h2>
      <DidYouMean {...props} />
      <p class="search-count">
        {countText}
        {views.length > 0 ? (
          <>
            {t.countSeparator}
            {t.range(first, first + views.length - 1)}
          </>
        ) : null}
      </p>
      {views.length > 0 ? (
        <ol class="search-results" start={first}>
          {views.map((view) => (
            <li key={view.key} class="search-result">
              <h3 class="search-result-title" lang={view.lang ? languageInfo[view.lang].htmlLang : undefined}>
                <a href={view.href}>
                  <Marked segments={view.title} />
                </a>
              </h3>
              <p class="search-result-meta">
                {view.details.map((detail) => (
                  <span key={detail}>{detail} · </span>
                ))}
                {view.date ? (
                  <>
                    {view.date.label}:{' '}
                    <time dateTime={view.date.day}>
                      {formatShortDate(new Date(`${view.date.day}T12:00:00+07:00`), ctx.lang)}
                    </time>
                  </>
                ) : (
                  <time dateTime={isoVietnam(new Date(view.publishedAt))}>
                    {formatShortDate(new Date(view.publishedAt), ctx.lang)}
                  </time>
                )}
              </p>
              {view.file ? (
                <p class="search-result-file">
                  {t.inFile}{' '}
                  <a href={view.file.url} lang="vi">
                    {view.file.name}
                  </a>
                </p>
              ) : null}
              <p
                class="search-result-snippet"
                lang={view.lang ? languageInfo[view.lang].htmlLang : undefined}
              >
                <Marked segments={view.snippet} />
              </p>
            </li>
          ))}
        </ol>
      ) : (
        <p class="search-past-end">
          {t.pastTheEnd} <a href={props.href({ page: 1 })}>{t.backToFirst}</a>
        </p>
      )}
      <Pages {...props} />
    </section>
  );
}

/** The results page: a GET form (works without JavaScript), filters, results, pages. */
export function SearchPage(props: SearchPageProps) {
  const { ctx, params } = props;
  const t = ctx.t.search;
  const title = params.q ? t.resultsTitle(params.q) : t.title;
  const breadcrumb = [{ label: ctx.t.shell.home, href: homeUrl(ctx.lang) }, { label: t.title }];
  return (
    <Layout
      ctx={ctx}
      title={title}
      description={t.intro}
      breadcrumb={breadcrumb}
      head={
        <>
          <SeoHead
            ctx={ctx}
            title={title}
            description={t.intro}
            canonicalPath={searchUrl(ctx.lang)}
            alternates={{ vi: searchUrl('vi'), en: searchUrl('en'), zh: searchUrl('zh') }}
            noindex
          />
          <link rel="stylesheet" href={assetUrl('search.css')} />
        </>
      }
    >
      <h1>{title}</h1>
      {/* biome-ignore lint/a11y/useSemanticElements: role="search" on the form, as in the header, for older screen readers. */}
      <form
        class="search-page-form"
        role="search"
        aria-label={t.title}
        method="get"
        action={searchUrl(ctx.lang)}
      >
        <p class="search-intro">{t.intro}</p>
        <div class="search-box">
          <label for="search-q">{t.queryLabel}</label>
          <input id="search-q" type="search" name="q" value={params.q} maxLength={200} autocomplete="off" />
          <button type="submit">{t.submit}</button>
        </div>
        <Filters {...props} />
      </form>
      {props.rebuilding ? (
        <div class="search-empty" role="status">
          <p class="search-empty-title">
            <strong>{t.rebuilding}</strong>
          </p>
          <p>{t.rebuildingHint}</p>
        </div>
      ) : params.q ? (
        <Results {...props} />
      ) : (
        <p class="search-empty">{t.empty}</p>
      )}
    </Layout>
  );
}
