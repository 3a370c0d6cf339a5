import { type Kysely, sql } from 'kysely';
import { engineOf } from '../src/db/dialect.ts';
import type { DB } from '../src/db/schema.ts';
import { writeIndexFormat } from '../src/db/search-sql.ts';
import { createArticle, createCategory, defaultSiteId, paragraphs } from './factories.ts';

/** One published article about a bridge on the default site (not indexed yet); returns the site's id. */
export async function seedBridgeArticle(db: Kysely<DB>): Promise<number> {
  const siteId = await defaultSiteId(db);
  const categoryId = await createCategory(db, siteId, { name: 'Tin tức', showInMenu: true });
  await createArticle(db, siteId, categoryId, {
    title: 'Khánh thành cầu Rạch Miễu hai',
    body: paragraphs('Cây cầu nối đôi bờ sông Tiền được khánh thành sau ba năm thi công.'),
  });
  return siteId;
}

/**
 * Makes the stored index look like another format's (or one with no recorded format): no terms
 * behind its documents, so that only a rebuild finds them again.
 */
export async function breakIndex(db: Kysely<DB>, format: number | undefined): Promise<void> {
  if (engineOf(db) === 'sqlite') await sql`delete from search_fts`.execute(db);
  else await sql`delete from search_terms`.execute(db);
  if (format === undefined) await sql`delete from search_state`.execute(db);
  else await writeIndexFormat(db, format);
}
