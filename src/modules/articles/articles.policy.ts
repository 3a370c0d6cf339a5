import type { ContentStatus, Role } from '../../db/schema.ts';
import type { Actor, SiteRole } from '../../platform/roles.ts';

/**
 * Who may do what with articles — the one place these rules live.
 *
 * - Quản trị (admin) and Trưởng ban biên tập (chief_editor): everything in their scope, including
 *   approving, publishing, scheduling, taking down and archiving public articles.
 * - Biên tập viên (editor): edits any article in scope that is not public (published or
 *   scheduled: changing those is publishing, so it is the chief editor's), sends for approval,
 *   returns articles waiting for editing.
 * - Phóng viên / Cộng tác viên (contributor): writes, edits and submits their own drafts and
 *   returned articles; sees only their own articles.
 * A membership limited to categories (SiteRole.categoryIds) confines all of it to those categories.
 */

export type ArticleAction =
  | 'view'
  | 'create'
  | 'edit'
  | 'submit'
  | 'send_for_approval'
  | 'return'
  | 'publish'
  | 'schedule'
  | 'take_down'
  | 'archive'
  | 'unarchive';

/** What the policy needs to know about an article. */
export interface ArticleRef {
  status: ContentStatus;
  category_id: number;
  created_by: number | null;
  author_id: number | null;
}

const publishers: Role[] = ['admin', 'chief_editor'];
const reviewers: Role[] = ['admin', 'chief_editor', 'editor'];
const PUBLIC: ContentStatus[] = ['published', 'scheduled'];
const OWN_EDITABLE: ContentStatus[] = ['draft', 'returned'];

/** Is the category within the role's scope (no category limit, or listed)? */
export function inScope(role: SiteRole | undefined, categoryId: number): boolean {
  return !!role && (role.categoryIds.length === 0 || role.categoryIds.includes(categoryId));
}

/** Did the actor write the article? */
export function isOwner(actor: Actor, article: ArticleRef): boolean {
  return article.created_by === actor.userId || article.author_id === actor.userId;
}

/** May the actor create an article in this category? */
export function canCreate(actor: Actor, categoryId: number): boolean {
  return inScope(actor.role, categoryId);
}

/** May the actor take this action on the article (role, scope, ownership; not the workflow state)? */
export function can(actor: Actor, action: ArticleAction, article: ArticleRef): boolean {
  const role = actor.role;
  if (!role || !inScope(role, article.category_id)) return false;
  const is = (list: Role[]) => list.includes(role.role);
  const contributorOwn = role.role === 'contributor' && isOwner(actor, article);
  switch (action) {
    case 'view':
      return is(reviewers) || contributorOwn;
    case 'create':
      return true;
    case 'edit':
      if (article.status === 'archived') return false;
      if (is(publishers)) return true;
      if (role.role === 'editor') return !PUBLIC.includes(article.status);
      return contributorOwn && OWN_EDITABLE.includes(article.status);
    case 'submit':
      return is(reviewers) || contributorOwn;
    case 'send_for_approval':
      return is(reviewers);
    case 'return':
      return article.status === 'pending_edit' ? is(reviewers) : is(publishers);
    case 'publish':
    case 'schedule':
    case 'take_down':
    case 'unarchive':
      return is(publishers);
    case 'archive':
      if (is(publishers)) return true;
      if (role.role === 'editor') return !PUBLIC.includes(article.status);
      return contributorOwn && OWN_EDITABLE.includes(article.status);
  }
}

/** Roles that may approve and publish (they need a second factor, see platform/roles.ts). */
export function canPublishRole(role: Role): boolean {
  return publishers.includes(role);
}

/** Filters for the admin list: which articles a role may see at all. */
export function listScope(actor: Actor): { categoryIds?: number[]; ownerId?: number } {
  const role = actor.role;
  if (!role) return { categoryIds: [] };
  return {
    ...(role.categoryIds.length > 0 ? { categoryIds: role.categoryIds } : {}),
    ...(role.role === 'contributor' ? { ownerId: actor.userId } : {}),
  };
}

/** Every newsroom role may open the article screens; the policy decides per article. */
export const newsroomRoles: Role[] = ['admin', 'chief_editor', 'editor', 'contributor'];
export const newsroom = { config: { access: { roles: newsroomRoles } } };
