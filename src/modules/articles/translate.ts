import type { ArticleRow, LanguageCode } from '../../db/schema.ts';
import type { ActorInfo } from '../../platform/roles.ts';
import type { AppServices } from '../../platform/services.ts';
import { isUniqueViolation } from '../content/slug-rules.ts';
import { snapshotOf } from '../revisions/revisions.ts';
import { loadItem, translationLinks } from '../translations/translations.repository.ts';
import { checkTarget, type TranslateResult } from '../translations/translations.service.ts';
import { createArticle, inputFromSnapshot } from './articles.service.ts';

/**
 * Makes the `lang` version of an article: a draft in the same translation group and category,
 * prefilled with the source's title, lead, body (figures and tables kept), cover and captions,
 * for the translator to replace. It has its own workflow and is published on its own.
 */
export async function translateArticle(
  services: AppServices,
  input: { source: ArticleRow; lang: LanguageCode; actor: ActorInfo; at: Date },
): Promise<TranslateResult> {
  const { source, lang } = input;
  const sourceItem = await loadItem(services.db, 'article', source.id);
  if (!sourceItem) return { ok: false, problem: 'exists' };
  const refused = await checkTarget(services.db, sourceItem, lang);
  if (refused) return refused;
  const draft = {
    ...inputFromSnapshot(snapshotOf(source), source),
    lang,
    isFeatured: false,
    publishedAt: null,
    unpublishAt: null,
  };
  let row: ArticleRow;
  try {
    row = await createArticle(services, source.site_id, input.actor, draft, input.at, {
      translationOf: source,
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    // Someone made the same translation a moment ago.
    return (await checkTarget(services.db, sourceItem, lang)) ?? { ok: false, problem: 'exists' };
  }
  const attached = await services.db
    .selectFrom('article_media')
    .select('media_id')
    .where('article_id', '=', source.id)
    .execute();
  if (attached.length > 0) {
    await services.db
      .insertInto('article_media')
      .values(attached.map(({ media_id }) => ({ article_id: row.id, media_id })))
      .execute();
  }
  await translationLinks(services.db).insert({
    item: { type: 'article', id: row.id, lang, siteId: row.site_id },
    source: sourceItem,
    userId: input.actor.userId,
    at: input.at,
  });
  return { ok: true, id: row.id };
}
