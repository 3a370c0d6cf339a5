import type { Kysely } from 'kysely';
import type { DB, NewSite, SiteRow } from '../../db/schema.ts';

/** Data access for sites and their hostnames. */
export function sitesRepository(db: Kysely<DB>) {
  return {
    /** Every site, parents before children. */
    async listAll(): Promise<SiteRow[]> {
      return db.selectFrom('sites').selectAll().orderBy('parent_id', 'asc').orderBy('id', 'asc').execute();
    },
    async listHostnames(): Promise<{ hostname: string; site_id: number }[]> {
      return db.selectFrom('site_hostnames').selectAll().orderBy('hostname').execute();
    },
    async count(): Promise<number> {
      const row = await db
        .selectFrom('sites')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },
    async insert(site: NewSite, hostnames: string[]): Promise<number> {
      return db.transaction().execute(async (trx) => {
        const { id } = await trx.insertInto('sites').values(site).returning('id').executeTakeFirstOrThrow();
        if (hostnames.length > 0) {
          await trx
            .insertInto('site_hostnames')
            .values(hostnames.map((hostname) => ({ hostname: hostname.toLowerCase(), site_id: id })))
            .execute();
        }
        return id;
      });
    },
  };
}
