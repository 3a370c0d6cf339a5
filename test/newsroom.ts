import type { Kysely } from 'kysely';
import type { ArticleRow, DB } from '../src/db/schema.ts';
import { articleFormOf } from '../src/modules/articles/article-form.ts';
import { type Client, createStaff, csrfToken, loginAs, type StaffUser } from './admin-session.ts';
import { createCategory, defaultSiteId } from './factories.ts';
import { createTestApp, type TestApp } from './harness.ts';

/** The article's form as the edit page shows it, with changes; ready to post. */
export function articleFields(row: ArticleRow, changes: Record<string, string> = {}): Record<string, string> {
  return { ...(articleFormOf(row) as unknown as Record<string, string>), ...changes };
}

/** Loads an article row. */
export async function loadArticle(db: Kysely<DB>, id: number): Promise<ArticleRow> {
  return db.selectFrom('articles').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
}

/** Opens the edit page (for its CSRF token) and posts the form with a button's intent. */
export async function postArticle(
  client: Client,
  id: number,
  fields: Record<string, string>,
  intent = 'save',
) {
  const page = await client.get(`/admin/articles/${id}/edit`);
  return client.post(`/admin/articles/${id}`, { _csrf: csrfToken(page.body), ...fields, intent });
}

/** Posts the new-article form. */
export async function createViaForm(client: Client, fields: Record<string, string>, intent = 'save') {
  const page = await client.get('/admin/articles/new');
  return client.post('/admin/articles', { _csrf: csrfToken(page.body), lang: 'vi', ...fields, intent });
}

/** The article id in a redirect to its edit page. */
export function idFromLocation(location: unknown): number {
  const match = /^\/admin\/articles\/(\d+)\/edit/.exec(String(location));
  if (!match) throw new Error(`Not an article edit URL: ${String(location)}`);
  return Number(match[1]);
}

/** The hidden version field of an edit page. */
export function versionIn(html: string): string {
  const match = /name="version" value="(\d+)"/.exec(html);
  if (!match?.[1]) throw new Error('No version field in the page');
  return match[1];
}

export type NewsroomPerson = 'writer' | 'colleague' | 'editor' | 'limited' | 'chief';

export interface Newsroom {
  t: TestApp;
  siteId: number;
  /** "Kinh tế": every role may write here. */
  categoryId: number;
  /** "Văn hóa": the only category of the limited editor. */
  otherCategoryId: number;
  people: Record<NewsroomPerson, { user: StaffUser; client: Client }>;
  /** Writes a draft through the form and returns its id. */
  writeDraft(client: Client, title: string, body?: string): Promise<number>;
}

/** A test app with two categories and signed-in staff: two contributors, an editor, an editor limited to one category, a chief editor. */
export async function openNewsroom(): Promise<Newsroom> {
  const t = await createTestApp();
  const siteId = await defaultSiteId(t.services.db);
  const categoryId = await createCategory(t.services.db, siteId, {
    name: 'Kinh tế',
    slug: 'kinh-te',
    showInMenu: true,
  });
  const otherCategoryId = await createCategory(t.services.db, siteId, { name: 'Văn hóa', slug: 'van-hoa' });
  const people = {} as Newsroom['people'];
  for (const [key, role] of [
    ['writer', 'contributor'],
    ['colleague', 'contributor'],
    ['editor', 'editor'],
    ['limited', 'editor'],
    ['chief', 'chief_editor'],
  ] as const) {
    const user = await createStaff(t.services, role, siteId);
    people[key] = { user, client: await loginAs(t.app, user) };
  }
  await t.services.db
    .updateTable('memberships')
    .set({ category_ids: JSON.stringify([otherCategoryId]) })
    .where('user_id', '=', people.limited.user.id)
    .execute();
  return {
    t,
    siteId,
    categoryId,
    otherCategoryId,
    people,
    async writeDraft(client, title, body = 'Đoạn mở đầu của bài.') {
      const response = await createViaForm(client, { title, category_id: String(categoryId), body });
      if (response.statusCode !== 303) throw new Error(`Draft not created: ${response.statusCode}`);
      return idFromLocation(response.headers.location);
    },
  };
}
