import type { MediaRow } from '../../db/schema.ts';
import { formatDateTime } from '../../i18n/dates.ts';
import type { AdminContext } from '../../web/admin/admin-context.ts';
import { AdminLayout, CsrfField, Field, Notice, PostButton } from '../../web/admin/admin-layout.tsx';
import { figureImage, mediaUrl } from './images.ts';
import type { MetaErrors } from './media.schemas.ts';
import { META_LIMITS, type MediaMeta } from './media.service.ts';
import type { MediaUse } from './media-usage.ts';
import { formatBytes, MediaStyles, textStateLabel, typeLabel } from './media-views.tsx';
import type { MediaText } from './text-extract/media-texts.ts';

export interface MediaEditProps {
  ctx: AdminContext;
  row: MediaRow;
  uploaderName: string;
  uses: MediaUse[];
  /** A document's text extraction (absent for images and spreadsheets). */
  text?: MediaText | undefined;
  canEdit: boolean;
  canDelete: boolean;
  /** What the person typed, kept when the form is refused. */
  values?: Partial<MediaMeta>;
  errors?: MetaErrors;
  notice?: { kind: 'success' | 'error'; text: string };
}

function UsageList({ ctx, uses }: { ctx: AdminContext; uses: MediaUse[] }) {
  const t = ctx.t.mediaAdmin;
  if (uses.length === 0) return <p>{t.unused}</p>;
  return (
    <>
      <p>{t.usedIn(uses.length)}</p>
      <ul class="media-uses">
        {uses.map((use) => (
          <li key={`${use.type}-${use.id}-${use.how}`}>
            <strong>
              {use.typeName?.[ctx.lang] ?? t.useTypes[use.type as keyof typeof t.useTypes] ?? use.type}
            </strong>{' '}
            #{use.id}: {use.title || '—'} ({t.how[use.how]}
            {use.lang ? `, ${use.lang}` : ''})
          </li>
        ))}
      </ul>
    </>
  );
}

/** One file: preview, details, editable texts, where it is used, delete. */
export function MediaEditPage(props: MediaEditProps) {
  const { ctx, row } = props;
  const t = ctx.t.mediaAdmin;
  const image = row.kind === 'image' ? figureImage(row) : undefined;
  const values: MediaMeta = { alt: row.alt, caption: row.caption, credit: row.credit, ...props.values };
  const errors = props.errors ?? {};
  const invalid = (field: keyof MediaMeta) => (errors[field] ? 'true' : undefined);
  const describedBy = (field: keyof MediaMeta, hint = false) =>
    [hint ? `${field}-hint` : '', errors[field] ? `${field}-error` : ''].filter(Boolean).join(' ') ||
    undefined;
  return (
    <AdminLayout ctx={ctx} title={t.editTitle(row.original_name)}>
      <MediaStyles />
      <p>
        <a href="/admin/media">{t.back}</a>
      </p>
      <h1>{t.editTitle(row.original_name)}</h1>
      {props.notice ? <Notice kind={props.notice.kind}>{props.notice.text}</Notice> : null}
      {Object.keys(errors).length > 0 ? <Notice kind="error">{ctx.t.admin.formErrors}</Notice> : null}
      <div class="media-edit">
        <div class="media-preview">
          {image ? (
            <img
              src={image.src}
              srcset={image.srcset}
              sizes="(min-width: 60em) 28rem, 100vw"
              width={image.width}
              height={image.height}
              alt={row.alt}
            />
          ) : (
            <span class="media-doc media-doc-large" aria-hidden="true">
              {typeLabel(row)}
            </span>
          )}
          <p>
            <a href={image ? image.src : mediaUrl(row.storage_key)}>{t.openFile}</a>
          </p>
        </div>
        <section class="panel" aria-labelledby="details-title">
          <h2 id="details-title">{t.details}</h2>
          <dl class="media-details">
            <dt>{t.name}</dt>
            <dd>{row.original_name}</dd>
            <dt>{t.type}</dt>
            <dd>
              {row.kind === 'image' ? t.images : t.documents} ({typeLabel(row)})
            </dd>
            <dt>{t.size}</dt>
            <dd>{formatBytes(row.bytes, ctx.lang)}</dd>
            {row.width && row.height ? (
              <>
                <dt>{t.dimensionsLabel}</dt>
                <dd>{t.dimensions(row.width, row.height)}</dd>
              </>
            ) : null}
            {props.text ? (
              <>
                <dt>{t.textLabel}</dt>
                <dd data-text-status={props.text.status}>{textStateLabel(ctx, props.text)}</dd>
              </>
            ) : null}
            <dt>{t.uploadedBy}</dt>
            <dd>{props.uploaderName}</dd>
            <dt>{t.uploadedAt}</dt>
            <dd>{formatDateTime(new Date(row.created_at), ctx.lang)}</dd>
          </dl>
        </section>
      </div>
      <section class="panel" aria-labelledby="meta-title">
        <h2 id="meta-title">{t.metaTitle}</h2>
        {props.canEdit ? (
          <form method="post" action={`/admin/media/${row.id}`} class="stack" noValidate>
            <CsrfField ctx={ctx} />
            <Field
              id="alt"
              label={t.alt}
              hint={row.kind === 'image' ? t.altHint : undefined}
              error={errors.alt}
            >
              <textarea
                id="alt"
                name="alt"
                rows={2}
                maxLength={META_LIMITS.alt}
                required={row.kind === 'image'}
                aria-invalid={invalid('alt')}
                aria-describedby={describedBy('alt', row.kind === 'image')}
              >
                {values.alt}
              </textarea>
            </Field>
            <Field id="caption" label={t.caption} error={errors.caption}>
              <textarea
                id="caption"
                name="caption"
                rows={3}
                maxLength={META_LIMITS.caption}
                aria-invalid={invalid('caption')}
                aria-describedby={describedBy('caption')}
              >
                {values.caption}
              </textarea>
            </Field>
            <Field id="credit" label={t.credit} error={errors.credit}>
              <input
                id="credit"
                name="credit"
                value={values.credit}
                maxLength={META_LIMITS.credit}
                aria-invalid={invalid('credit')}
                aria-describedby={describedBy('credit')}
              />
            </Field>
            <div>
              <button type="submit" class="button button-primary">
                {ctx.t.admin.save}
              </button>
            </div>
          </form>
        ) : (
          <>
            <p>{t.readOnly}</p>
            <dl class="media-details">
              <dt>{t.alt}</dt>
              <dd>{row.alt || '—'}</dd>
              <dt>{t.caption}</dt>
              <dd>{row.caption || '—'}</dd>
              <dt>{t.credit}</dt>
              <dd>{row.credit || '—'}</dd>
            </dl>
          </>
        )}
      </section>
      <section class="panel" aria-labelledby="usage-title">
        <h2 id="usage-title">{t.usageTitle}</h2>
        <UsageList ctx={ctx} uses={props.uses} />
      </section>
      {props.canDelete ? (
        <section class="panel" aria-labelledby="delete-title">
          <h2 id="delete-title">{t.deleteTitle}</h2>
          {props.uses.length > 0 ? (
            <p>{t.deleteInUse(props.uses.length)}</p>
          ) : (
            <>
              <p>{t.deleteHint}</p>
              <PostButton
                ctx={ctx}
                action={`/admin/media/${row.id}/delete`}
                label={t.delete}
                class="button button-danger"
              />
            </>
          )}
        </section>
      ) : null}
    </AdminLayout>
  );
}
