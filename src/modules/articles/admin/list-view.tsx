import type { ContentStatus, LanguageCode } from '../../../db/schema.ts';
import { formatShortDate } from '../../../i18n/dates.ts';
import { languages } from '../../../i18n/index.ts';
import type { AdminContext } from '../../../web/admin/admin-context.ts';
import { AdminLayout, CsrfField, Notice } from '../../../web/admin/admin-layout.tsx';
import { ScrollRegion } from '../../../web/admin/scroll-region.tsx';
import type { CategoryView } from '../../categories/categories.repository.ts';
import type { ArticleListItem } from '../articles.service.ts';
import type { WorkflowAction } from '../workflow.ts';
import { StatusBadge } from './shared.tsx';

export const STATUSES: ContentStatus[] = [
  'draft',
  'pending_edit',
  'pending_approval',
  'returned',
  'scheduled',
  'published',
  'taken_down',
  'archived',
];

export interface ListFilterValues {
  status: string;
  category: string;
  author: string;
  lang: string;
  from: string;
  to: string;
}

export interface ListViewProps {
  ctx: AdminContext;
  items: ArticleListItem[];
  total: number;
  page: number;
  pages: number;
  filters: ListFilterValues;
  categories: (CategoryView & { depth: number })[];
  authors: { id: number; name: string }[];
  bulkActions: WorkflowAction[];
  result?: { done: number; refused: string[] } | undefined;
  error?: string | undefined;
}

function pageHref(filters: ListFilterValues, page: number): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) if (value) params.set(key, value);
  if (page > 1) params.set('page', String(page));
  const query = params.toString();
  return query ? `/admin/articles?${query}` : '/admin/articles';
}

function Select(props: {
  id: string;
  name: keyof ListFilterValues;
  label: string;
  value: string;
  any: string;
  options: { value: string; label: string }[];
}) {
  return (
    <div class="field">
      <label for={props.id}>{props.label}</label>
      <select id={props.id} name={props.name}>
        <option value="">{props.any}</option>
        {props.options.map((option) => (
          <option key={option.value} value={option.value} selected={option.value === props.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** /admin/articles: filters (GET), the table with bulk actions (POST), pagination. */
export function ListView(props: ListViewProps) {
  const { ctx, filters } = props;
  const t = ctx.t.articlesAdmin;
  const categoryNames = new Map(props.categories.map((category) => [category.id, category.name]));
  return (
    <AdminLayout ctx={ctx} title={t.listTitle}>
      <h1>{t.listTitle}</h1>
      <p>
        <a class="button button-primary" href="/admin/articles/new">
          {t.newTitle}
        </a>
      </p>
      {props.error ? <Notice kind="error">{props.error}</Notice> : null}
      {props.result ? (
        <Notice kind={props.result.refused.length ? 'info' : 'success'}>
          <p>{t.bulk.result(props.result.done, props.result.refused.length)}</p>
          {props.result.refused.length ? (
            <ul>
              {props.result.refused.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          ) : null}
        </Notice>
      ) : null}
      <form method="get" action="/admin/articles" class="panel filters">
        <fieldset class="plain-fieldset filter-grid">
          <legend>{t.filters.legend}</legend>
          <Select
            id="filter-status"
            name="status"
            label={t.filters.status}
            value={filters.status}
            any={t.filters.any}
            options={STATUSES.map((status) => ({ value: status, label: t.status[status] }))}
          />
          <Select
            id="filter-category"
            name="category"
            label={t.filters.category}
            value={filters.category}
            any={t.filters.any}
            options={props.categories.map((category) => ({
              value: String(category.id),
              label: `${'— '.repeat(category.depth)}${category.name}`,
            }))}
          />
          <Select
            id="filter-author"
            name="author"
            label={t.filters.author}
            value={filters.author}
            any={t.filters.any}
            options={props.authors.map((author) => ({ value: String(author.id), label: author.name }))}
          />
          <Select
            id="filter-lang"
            name="lang"
            label={t.filters.lang}
            value={filters.lang}
            any={t.filters.any}
            options={languages.map((code: LanguageCode) => ({ value: code, label: t.languages[code] }))}
          />
          <div class="field">
            <label for="filter-from">{t.filters.from}</label>
            <input id="filter-from" type="date" name="from" value={filters.from} />
          </div>
          <div class="field">
            <label for="filter-to">{t.filters.to}</label>
            <input id="filter-to" type="date" name="to" value={filters.to} />
          </div>
        </fieldset>
        <div class="button-row">
          <button type="submit" class="button">
            {t.filters.apply}
          </button>
          <a href="/admin/articles">{t.filters.clear}</a>
        </div>
      </form>
      <form method="post" action="/admin/articles/bulk">
        <CsrfField ctx={ctx} />
        {Object.entries(filters).map(([key, value]) =>
          value ? <input key={key} type="hidden" name={`filter_${key}`} value={value} /> : null,
        )}
        <ScrollRegion label={t.table.caption(props.total)}>
          <table class="data-table">
            <caption>{t.table.caption(props.total)}</caption>
            <thead>
              <tr>
                <td />
                <th scope="col">{t.table.title}</th>
                <th scope="col">{t.table.status}</th>
                <th scope="col">{t.table.category}</th>
                <th scope="col">{t.table.author}</th>
                <th scope="col">{t.table.lang}</th>
                <th scope="col">{t.table.updated}</th>
              </tr>
            </thead>
            <tbody>
              {props.items.length === 0 ? (
                <tr>
                  <td colSpan={7}>{t.table.empty}</td>
                </tr>
              ) : (
                props.items.map((item) => (
                  <tr key={item.id}>
                    <td>
                      <input
                        type="checkbox"
                        name="ids"
                        value={String(item.id)}
                        id={`select-${item.id}`}
                        aria-label={t.table.select(item.title)}
                      />
                    </td>
                    <td>
                      <a href={`/admin/articles/${item.id}/edit`}>{item.title}</a>
                    </td>
                    <td>
                      <StatusBadge ctx={ctx} status={item.status} />
                    </td>
                    <td>{categoryNames.get(item.categoryId) ?? ''}</td>
                    <td>{item.authorName}</td>
                    <td>{t.languages[item.lang]}</td>
                    <td>{formatShortDate(new Date(item.updatedAt), ctx.lang)}</td>
                  </tr>
                ))
              )}
            </tbody>
          </table>
        </ScrollRegion>
        {props.bulkActions.length > 0 && props.items.length > 0 ? (
          <fieldset class="panel bulk">
            <legend>{t.bulk.legend}</legend>
            <div class="field">
              <label for="bulk-action">{t.bulk.action}</label>
              <select id="bulk-action" name="action">
                {props.bulkActions.map((action) => (
                  <option key={action} value={action}>
                    {t.actions[action]}
                  </option>
                ))}
              </select>
            </div>
            <button type="submit" class="button">
              {t.bulk.apply}
            </button>
          </fieldset>
        ) : null}
      </form>
      {props.pages > 1 ? (
        <nav class="admin-pagination" aria-label={t.pagination.label}>
          {props.page > 1 ? <a href={pageHref(filters, props.page - 1)}>{t.pagination.previous}</a> : null}
          <span aria-current="page">{t.pagination.page(props.page, props.pages)}</span>
          {props.page < props.pages ? (
            <a href={pageHref(filters, props.page + 1)}>{t.pagination.next}</a>
          ) : null}
        </nav>
      ) : null}
    </AdminLayout>
  );
}
