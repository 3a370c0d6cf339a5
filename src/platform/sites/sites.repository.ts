import type { Kysely } from 'kysely';
import type { DB, NewSite, SiteRow } from '../../db/schema.ts';

/** A site's hostname rows in the order given: the first is its primary address. */
export function hostnameRows(
  siteId: number,
  hostnames: string[],
): { hostname: string; site_id: number; position: number }[] {
  return hostnames.map((hostname, position) => ({
    hostname: hostname.toLowerCase(),
    site_id: siteId,
    position,
  }));
}

/** Data access for sites and their hostnames. */
export function sitesRepository(db: Kysely<DB>) {
  return {
    /** Every site, parents before children. */
    async listAll(): Promise<SiteRow[]> {
      return db.selectFrom('sites').selectAll().orderBy('parent_id', 'asc').orderBy('id', 'asc').execute();
    },
    /** Every hostname, each site's in its order: the first is the site's primary address. */
    async listHostnames(): Promise<{ hostname: string; site_id: number }[]> {
      return db
        .selectFrom('site_hostnames')
        .select(['hostname', 'site_id'])
        .orderBy('site_id')
        .orderBy('position')
        .orderBy('hostname')
        .execute();
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
          await trx.insertInto('site_hostnames').values(hostnameRows(id, hostnames)).execute();
        }
        return id;
      });
    },
  };
}
