import type { ArticleRow, LanguageCode } from '../../db/schema.ts';
import { inTransaction } from '../../platform/outbox.ts';
import type { ActorInfo } from '../../platform/roles.ts';
import type { AppServices } from '../../platform/services.ts';
import { isUniqueViolation } from '../content/slug-rules.ts';
import { snapshotOf } from '../revisions/revisions.ts';
import { loadItem, translationLinks } from '../translations/translations.repository.ts';
import { checkTarget, type TranslateResult } from '../translations/translations.service.ts';
import { inputFromSnapshot, insertArticle } from './articles.service.ts';

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
    // The draft, its revision, its audit entry, its images and its link commit together.
    row = await inTransaction(services, async (trx) => {
      const created = await insertArticle(trx, {
        siteId: source.site_id,
        actor: input.actor,
        input: draft,
        at: input.at,
        translationOf: source,
      });
      const attached = await trx
        .selectFrom('article_media')
        .select('media_id')
        .where('article_id', '=', source.id)
        .execute();
      if (attached.length > 0) {
        await trx
          .insertInto('article_media')
          .values(attached.map(({ media_id }) => ({ article_id: created.id, media_id })))
          .execute();
      }
      await translationLinks(trx).insert({
        item: { type: 'article', id: created.id, lang, siteId: created.site_id },
        source: sourceItem,
        userId: input.actor.userId,
        at: input.at,
      });
      return created;
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    // Someone made the same translation a moment ago.
    return (await checkTarget(services.db, sourceItem, lang)) ?? { ok: false, problem: 'exists' };
  }
  return { ok: true, id: row.id };
}
