import type { MediaRow } from '../../db/schema.ts';
import { formatShortDate } from '../../i18n/dates.ts';
import type { AdminContext } from '../../web/admin/admin-context.ts';
import { CsrfField, Notice } from '../../web/admin/admin-layout.tsx';
import { assetUrl } from '../../web/assets.ts';
import { figureImage } from './images.ts';
import { canInsert } from './media.policy.ts';
import type { MediaFilter } from './media.repository.ts';
import { refusalMessage } from './media.schemas.ts';
import { MEDIA_LIMITS, META_LIMITS } from './media.service.ts';
import type { MediaText } from './text-extract/media-texts.ts';
import type { UploadReport } from './upload.ts';

const MB = 1024 * 1024;
const locales = { vi: 'vi-VN', en: 'en-GB', zh: 'zh-CN' } as const;

/** "1,2 MB", "350 KB" in the interface language. */
export function formatBytes(bytes: number, lang: AdminContext['lang']): string {
  const format = (value: number) => value.toLocaleString(locales[lang], { maximumFractionDigits: 1 });
  if (bytes >= MB) return `${format(bytes / MB)} MB`;
  return `${format(Math.max(1, Math.round(bytes / 1024)))} KB`;
}

/** PDF, DOCX, DOC, XLSX for documents; WebP for re-encoded images. */
export function typeLabel(row: Pick<MediaRow, 'storage_key'>): string {
  return (row.storage_key.split('.').at(-1) ?? '').toUpperCase();
}

/** A catalogue message with a placeholder instead of its parameter, for client scripts. */
function template(message: (value: number) => string, name: string): string {
  return (message as unknown as (value: string) => string)(`{${name}}`);
}

export function MediaStyles() {
  return <link rel="stylesheet" href={assetUrl('media.css')} />;
}

/** Upload form: works as a plain multipart form; media-upload.js adds drag-and-drop and progress. */
export function UploadForm({ ctx }: { ctx: AdminContext }) {
  const t = ctx.t.mediaAdmin;
  return (
    <section class="panel" aria-labelledby="upload-title">
      <h2 id="upload-title">{t.uploadTitle}</h2>
      <form
        method="post"
        action="/admin/media"
        encType="multipart/form-data"
        class="stack media-upload"
        data-media-upload=""
        data-endpoint="/api/v1/media"
        data-csrf={ctx.csrf}
        data-msg-uploading={template(t.uploading, 'percent')}
        data-msg-processing={t.processing}
        data-msg-failed={t.uploadFailed}
        data-msg-selected={template(t.selected, 'count')}
        data-msg-edit={t.editLink}
      >
        <CsrfField ctx={ctx} />
        <div class="field media-drop" data-drop-zone="">
          <label for="media-files">{t.files}</label>
          <p class="field-hint" id="media-files-hint">
            {t.uploadHint(MEDIA_LIMITS.imageBytes / MB, MEDIA_LIMITS.documentBytes / MB, MEDIA_LIMITS.files)}
          </p>
          <p class="media-drop-text" hidden data-drop-text="">
            {t.dropHere}
          </p>
          <input
            id="media-files"
            name="files"
            type="file"
            multiple
            required
            accept="image/jpeg,image/png,image/webp,image/gif,application/pdf,.docx,.doc,.xlsx"
            aria-describedby="media-files-hint"
          />
        </div>
        <div class="field">
          <label for="upload-alt">{t.uploadAlt}</label>
          <p class="field-hint" id="upload-alt-hint">
            {t.uploadAltHint}
          </p>
          <input id="upload-alt" name="alt" maxLength={META_LIMITS.alt} aria-describedby="upload-alt-hint" />
        </div>
        <div class="media-upload-meta">
          <div class="field">
            <label for="upload-caption">{t.caption}</label>
            <input id="upload-caption" name="caption" maxLength={META_LIMITS.caption} />
          </div>
          <div class="field">
            <label for="upload-credit">{t.credit}</label>
            <input id="upload-credit" name="credit" maxLength={META_LIMITS.credit} />
          </div>
        </div>
        <div>
          <button type="submit" class="button button-primary">
            {t.upload}
          </button>
        </div>
        <progress max={100} value={0} hidden data-upload-progress="" aria-label={t.uploadTitle} />
        <div class="media-upload-status" role="status" aria-live="polite" data-upload-status="" />
      </form>
    </section>
  );
}

/** What happened to each file of an upload (no-JavaScript form). */
export function UploadResults({ ctx, report }: { ctx: AdminContext; report: UploadReport }) {
  const t = ctx.t.mediaAdmin;
  const needAlt = report.stored.filter((file) => !canInsert(file.row));
  const realRefusals = report.refused.filter((refusal) => refusal.reason !== 'no_files');
  return (
    <>
      {report.stored.length > 0 ? (
        <Notice kind="success">
          <p>{t.uploaded(report.stored.length)}</p>
          {report.stored
            .filter((file) => file.clientName)
            .map((file) => (
              <p key={file.row.id}>{t.nameCleaned(file.row.original_name)}</p>
            ))}
        </Notice>
      ) : null}
      {report.refused.length > 0 ? (
        <Notice kind="error">
          <p>{realRefusals.length > 0 ? t.refusedCount(realRefusals.length) : t.refusals.noFiles}</p>
          <ul>
            {realRefusals.map((refusal, index) => (
              <li key={index}>
                {refusal.name ? <strong>{refusal.name}: </strong> : null}
                {refusalMessage(ctx.t, refusal)}
              </li>
            ))}
          </ul>
        </Notice>
      ) : null}
      {needAlt.length > 0 ? (
        <Notice kind="info">
          <p>{t.needAlt}</p>
          <ul>
            {needAlt.map((file) => (
              <li key={file.row.id}>
                <a href={`/admin/media/${file.row.id}`}>
                  {file.row.original_name} — {t.editLink}
                </a>
              </li>
            ))}
          </ul>
        </Notice>
      ) : null}
    </>
  );
}

export interface FilterValues {
  q: string;
  kind: string;
  from: string;
  to: string;
  uploader: string;
}

/** Search and filters (a GET form: the address can be bookmarked). */
export function FilterForm(props: {
  ctx: AdminContext;
  values: FilterValues;
  uploaders: { id: number; name: string }[];
}) {
  const { ctx, values } = props;
  const t = ctx.t.mediaAdmin;
  return (
    <form method="get" action="/admin/media" class="panel media-filters">
      <div class="field media-filter-q">
        <label for="media-q">{t.searchLabel}</label>
        <input id="media-q" name="q" type="search" value={values.q} maxLength={200} />
      </div>
      <div class="field">
        <label for="media-kind">{t.kind}</label>
        <select id="media-kind" name="kind">
          <option value="">{t.allKinds}</option>
          <option value="image" selected={values.kind === 'image'}>
            {t.images}
          </option>
          <option value="document" selected={values.kind === 'document'}>
            {t.documents}
          </option>
          <option value="missing-alt" selected={values.kind === 'missing-alt'}>
            {t.missingAltFilter}
          </option>
        </select>
      </div>
      <div class="field">
        <label for="media-from">{t.from}</label>
        <input id="media-from" name="from" type="date" value={values.from} />
      </div>
      <div class="field">
        <label for="media-to">{t.to}</label>
        <input id="media-to" name="to" type="date" value={values.to} />
      </div>
      <div class="field">
        <label for="media-uploader">{t.uploader}</label>
        <select id="media-uploader" name="uploader">
          <option value="">{t.anyone}</option>
          {props.uploaders.map((user) => (
            <option key={user.id} value={String(user.id)} selected={values.uploader === String(user.id)}>
              {user.name}
            </option>
          ))}
        </select>
      </div>
      <div class="media-filter-actions">
        <button type="submit" class="button button-primary">
          {t.filter}
        </button>
        <a href="/admin/media" class="button">
          {t.clearFilters}
        </a>
      </div>
    </form>
  );
}

/** A document's text extraction as the editor reads it: pending, searchable, a scan, or the error. */
export function textStateLabel(ctx: AdminContext, text: MediaText): string {
  const t = ctx.t.mediaAdmin;
  if (text.status === 'done') return t.textStates.done(text.pages);
  if (text.status === 'failed')
    return t.textStates.failed(t.textFailures[text.reason ?? 'unreadable'] ?? t.textFailures.unreadable!);
  return t.textStates[text.status];
}

/** The badge of a document's text state (nothing for searchable text). */
export function TextStateBadge(props: { ctx: AdminContext; text: MediaText | undefined }) {
  const { text } = props;
  if (!text || text.status === 'done') return null;
  const tone = text.status === 'pending' ? '' : ' media-badge-warn';
  return <span class={`status-badge${tone}`}>{textStateLabel(props.ctx, text)}</span>;
}

/** The library as a grid of thumbnails (images) and type cards (documents). */
export function MediaGrid(props: {
  ctx: AdminContext;
  rows: MediaRow[];
  names: Map<number, string>;
  texts?: Map<number, MediaText>;
}) {
  const { ctx } = props;
  const t = ctx.t.mediaAdmin;
  if (props.rows.length === 0) return <p>{t.empty}</p>;
  return (
    <ul class="media-grid">
      {props.rows.map((row) => {
        const image = row.kind === 'image' ? figureImage(row) : undefined;
        return (
          <li key={row.id} class="media-card">
            <a href={`/admin/media/${row.id}`} class="media-card-link">
              {image ? (
                <img
                  src={image.src}
                  srcset={image.srcset}
                  sizes="(min-width: 40em) 14rem, 45vw"
                  width={image.width}
                  height={image.height}
                  alt=""
                  loading="lazy"
                  decoding="async"
                  class="media-thumb"
                />
              ) : (
                <span class="media-doc" aria-hidden="true">
                  {typeLabel(row)}
                </span>
              )}
              <span class="media-card-name">{row.original_name}</span>
            </a>
            <span class="media-card-meta">
              {row.kind === 'image' ? t.images : `${t.documents} ${typeLabel(row)}`} ·{' '}
              {formatBytes(row.bytes, ctx.lang)} · {formatShortDate(new Date(row.created_at), ctx.lang)}
              {row.created_by ? ` · ${props.names.get(row.created_by) ?? t.unknownUser}` : ''}
            </span>
            {canInsert(row) ? null : <span class="status-badge media-badge-warn">{t.missingAlt}</span>}
            <TextStateBadge ctx={ctx} text={props.texts?.get(row.id)} />
          </li>
        );
      })}
    </ul>
  );
}

/** Previous / next links that keep the filters. */
export function Pagination(props: {
  ctx: AdminContext;
  filter: MediaFilter;
  total: number;
  query: URLSearchParams;
}) {
  const { ctx, filter, total } = props;
  const t = ctx.t.mediaAdmin;
  const pages = Math.max(1, Math.ceil(total / filter.perPage));
  if (pages <= 1) return null;
  const link = (page: number) => {
    const query = new URLSearchParams(props.query);
    query.set('page', String(page));
    return `/admin/media?${query.toString()}`;
  };
  return (
    <nav class="media-pagination" aria-label={t.pagination}>
      {filter.page > 1 ? (
        <a href={link(filter.page - 1)} rel="prev">
          {t.previous}
        </a>
      ) : null}
      <span aria-current="page">{t.pageOf(filter.page, pages)}</span>
      {filter.page < pages ? (
        <a href={link(filter.page + 1)} rel="next">
          {t.next}
        </a>
      ) : null}
    </nav>
  );
}
