import type { Kysely } from 'kysely';
import type { ComponentChildren } from 'preact';
import type { DB } from '../../../db/schema.ts';
import type { AdminContext } from '../../../web/admin/admin-context.ts';
import { figureImage } from '../../media/images.ts';
import type { ArticleForm, FormErrors } from '../article-form.ts';

/** The cover image the form names, as the picker shows it. */
export interface CoverPreview {
  id: number;
  src: string;
  width: number;
  height: number;
  /** The library's description of the image. */
  alt: string;
}

/** The form's cover buttons: both save the article first. */
export type CoverIntent = 'choose_cover' | 'remove_cover';

/** Is the pressed button one of the cover buttons? */
export function isCoverIntent(value: unknown): value is CoverIntent {
  return value === 'choose_cover' || value === 'remove_cover';
}

/** The cover the form's field names, when it is an image of the site (else nothing is shown). */
export async function coverPreview(
  db: Kysely<DB>,
  siteId: number,
  value: string,
): Promise<CoverPreview | undefined> {
  if (!/^[1-9]\d{0,11}$/.test(value.trim())) return undefined;
  const row = await db
    .selectFrom('media')
    .select(['id', 'alt', 'variants', 'width', 'height', 'storage_key'])
    .where('site_id', '=', siteId)
    .where('id', '=', Number(value.trim()))
    .where('kind', '=', 'image')
    .executeTakeFirst();
  if (!row) return undefined;
  const image = figureImage(row);
  return { id: row.id, src: image.src, width: image.width, height: image.height, alt: row.alt };
}

/**
 * The cover image in the article form: a thumbnail and its description, "Chọn ảnh" and
 * "Bỏ ảnh bìa". Without JavaScript both are submit buttons — the article is saved first (so no
 * change is lost), then the library chooser opens or the cover is cleared. cover-picker.js turns
 * them into an in-place dialog that fills the hidden field.
 */
export function CoverField(props: {
  ctx: AdminContext;
  form: ArticleForm;
  errors: FormErrors;
  cover: CoverPreview | undefined;
  canEdit: boolean;
  /** The cover's description and caption fields. */
  children?: ComponentChildren;
}) {
  const { ctx, form, cover } = props;
  const t = ctx.t.articlesAdmin.cover;
  const error = props.errors.cover_media_id;
  return (
    <fieldset
      class={error ? 'panel cover-field field-invalid' : 'panel cover-field'}
      aria-describedby={
        error ? 'article-cover-media-id-error' : props.canEdit ? 'article-cover-hint' : undefined
      }
      data-cover-picker=""
      data-msg-title={t.choose}
      data-msg-use={t.use}
      data-msg-close={t.close}
      data-msg-loading={t.loading}
      data-msg-failed={t.loadFailed}
      data-msg-empty={t.empty}
      data-msg-none={t.none}
      data-msg-no-alt={t.noAlt}
      data-msg-current={t.current(0, '{alt}').replace('0', '{id}')}
      data-msg-current-no-alt={t.current(0, '').replace('0', '{id}')}
      data-msg-chosen={t.chosen(0).replace('0', '{id}')}
      data-msg-removed={t.removed}
    >
      <legend>{t.legend}</legend>
      <input type="hidden" name="cover_media_id" value={form.cover_media_id} data-cover-id="" />
      <div class="cover-preview" data-cover-preview="">
        {cover ? (
          <>
            <img src={cover.src} width={cover.width} height={cover.height} alt="" class="cover-thumb" />
            <p class="cover-text">{t.current(cover.id, form.cover_alt || cover.alt)}</p>
          </>
        ) : (
          <p class="cover-text">{t.none}</p>
        )}
      </div>
      {error ? (
        <p class="field-error" id="article-cover-media-id-error">
          {error}
        </p>
      ) : null}
      {props.canEdit ? (
        <>
          <p class="field-hint" id="article-cover-hint">
            {t.chooseHint}
          </p>
          <div class="button-row">
            <button type="submit" name="intent" value="choose_cover" class="button" data-cover-choose="">
              {cover ? t.change : t.choose}
            </button>
            <button
              type="submit"
              name="intent"
              value="remove_cover"
              class="button"
              data-cover-remove=""
              hidden={!form.cover_media_id}
            >
              {t.remove}
            </button>
          </div>
          <p class="visually-hidden" role="status" aria-live="polite" data-cover-status="" />
        </>
      ) : null}
      {props.children}
    </fieldset>
  );
}
