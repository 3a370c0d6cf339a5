import type { MediaRow } from '../../../db/schema.ts';
import type { AdminContext } from '../../../web/admin/admin-context.ts';
import { AdminLayout, CsrfField, Notice } from '../../../web/admin/admin-layout.tsx';
import { figureImage } from '../../media/images.ts';

export interface CoverChooserProps {
  ctx: AdminContext;
  articleId: number;
  articleTitle: string;
  currentCoverId: number | null;
  images: MediaRow[];
  q: string;
  page: number;
  pages: number;
  error?: string | undefined;
}

/**
 * /admin/articles/:id/cover: the site's images with thumbnails and descriptions, one
 * "Dùng ảnh này" form each (works without JavaScript), a search box and pages.
 */
export function CoverChooserPage(props: CoverChooserProps) {
  const { ctx, articleId } = props;
  const t = ctx.t.articlesAdmin.cover;
  const title = t.chooserTitle(props.articleTitle);
  const action = `/admin/articles/${articleId}/cover`;
  const pageLink = (page: number) => {
    const query = new URLSearchParams();
    if (props.q) query.set('q', props.q);
    query.set('page', String(page));
    return `${action}?${query}`;
  };
  return (
    <AdminLayout ctx={ctx} title={title}>
      <h1>{title}</h1>
      <p>
        <a href={`/admin/articles/${articleId}/edit`}>{t.back}</a>
        {' · '}
        <a href="/admin/media">{t.upload}</a>
      </p>
      {props.error ? <Notice kind="error">{props.error}</Notice> : null}
      <p>{t.chooserIntro}</p>
      <form method="get" action={action} class="cover-search">
        <div class="field">
          <label for="cover-q">{t.search}</label>
          <input id="cover-q" name="q" type="search" value={props.q} maxLength={200} />
        </div>
        <button type="submit" class="button">
          {t.searchButton}
        </button>
      </form>
      {props.images.length === 0 ? (
        <p>{t.empty}</p>
      ) : (
        <ul class="cover-choices">
          {props.images.map((row) => {
            const image = figureImage(row);
            const isCurrent = props.currentCoverId === row.id;
            return (
              <li key={row.id} class={isCurrent ? 'cover-choice cover-choice-current' : 'cover-choice'}>
                <img
                  src={image.src}
                  srcset={image.srcset || undefined}
                  sizes="(min-width: 40em) 14rem, 90vw"
                  width={image.width}
                  height={image.height}
                  alt=""
                  loading="lazy"
                  class="cover-thumb"
                />
                <p class="cover-text">{t.current(row.id, row.alt)}</p>
                {isCurrent ? <span class="status-badge cover-current-badge">{t.isCurrent}</span> : null}
                <form method="post" action={action}>
                  <CsrfField ctx={ctx} />
                  <button
                    type="submit"
                    name="media_id"
                    value={String(row.id)}
                    class={isCurrent ? 'button' : 'button button-primary'}
                    aria-label={t.useLabel(row.id, row.alt)}
                  >
                    {t.use}
                  </button>
                </form>
              </li>
            );
          })}
        </ul>
      )}
      {props.pages > 1 ? (
        <nav class="admin-pagination" aria-label={t.page(props.page, props.pages)}>
          {props.page > 1 ? <a href={pageLink(props.page - 1)}>{t.previous}</a> : null}
          <span>{t.page(props.page, props.pages)}</span>
          {props.page < props.pages ? <a href={pageLink(props.page + 1)}>{t.next}</a> : null}
        </nav>
      ) : null}
    </AdminLayout>
  );
}
