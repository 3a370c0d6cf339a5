import type { ArticleRow } from '../../../db/schema.ts';
import type { ActorInfo } from '../../../platform/roles.ts';
import type { AppServices } from '../../../platform/services.ts';
import { categoriesRepository } from '../../categories/categories.repository.ts';
import type { PanelActions } from '../../translations/panel.tsx';
import { type TranslationState, translationState } from '../../translations/translation-state.ts';
import { loadItem } from '../../translations/translations.repository.ts';
import { can, canCreate } from '../articles.policy.ts';

/** What the article editor shows about translations. */
export interface ArticleTranslationProps {
  translation: TranslationState;
  translationActions: PanelActions;
  /** The article's category has no name in the article's language: it cannot appear publicly. */
  categoryNameMissing?: { name: string; href?: string };
}

/** The translation panels of an article's edit screen, with the actions the person may take. */
export async function articleTranslationProps(
  services: AppServices,
  actor: ActorInfo,
  article: ArticleRow,
): Promise<ArticleTranslationProps | undefined> {
  const item = await loadItem(services.db, 'article', article.id);
  if (!item) return undefined;
  const translation = await translationState(services.db, item);
  const mayTranslate = can(actor, 'view', article) && canCreate(actor, article.category_id);
  const translationActions: PanelActions = {
    ...(mayTranslate
      ? { add: () => ({ method: 'post' as const, action: `/admin/articles/${article.id}/translations` }) }
      : {}),
    ...(can(actor, 'edit', article) ? { synced: `/admin/articles/${article.id}/translations/synced` } : {}),
  };
  const categories = categoriesRepository(services.db);
  const inLanguage = await categories.findById(article.site_id, article.lang, article.category_id);
  if (inLanguage) return { translation, translationActions };
  const vietnamese = await categories.findById(article.site_id, 'vi', article.category_id);
  const mayTranslateCategory = actor.role?.role === 'admin' || actor.role?.role === 'chief_editor';
  return {
    translation,
    translationActions,
    categoryNameMissing: {
      name: vietnamese?.name ?? `#${article.category_id}`,
      ...(mayTranslateCategory
        ? { href: `/admin/categories/${article.category_id}/translations/${article.lang}` }
        : {}),
    },
  };
}
