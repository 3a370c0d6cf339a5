import type { PageContext } from '../../web/context.ts';
import { ratingUrl } from '../../web/urls.ts';

/**
 * "Đánh giá thông tin" under an article (NĐ 224 Đ10 k3 b): five levels as radio buttons, usable
 * without JavaScript (the post answers with a thank-you page); article.js sends it in place.
 */
export function RatingForm({ ctx, articleId }: { ctx: PageContext; articleId: number }) {
  const t = ctx.t.rating;
  return (
    <form class="rating no-print" method="post" action={ratingUrl(ctx.lang, articleId)} data-rating-form>
      <fieldset>
        <legend>
          <span class="rating-title">{t.title}</span>
          <span class="rating-question">{t.question}</span>
        </legend>
        <div class="rating-levels">
          {t.levels.map((label, index) => (
            <label key={label} class="rating-level">
              <input type="radio" name="score" value={String(index + 1)} required />
              <span>{label}</span>
            </label>
          ))}
        </div>
        <p class="rating-privacy">{t.privacy}</p>
        <p>
          <button type="submit" class="button-rating">
            {t.submit}
          </button>
        </p>
        <p class="rating-status" role="status" aria-live="polite" data-failed={t.failed} />
      </fieldset>
    </form>
  );
}
