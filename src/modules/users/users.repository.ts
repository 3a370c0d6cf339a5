import type { Kysely, Updateable } from 'kysely';
import type { DB, MembershipRow, Role, UserRow, UsersTable } from '../../db/schema.ts';

/** Data access for accounts and their per-site roles. */
export function usersRepository(db: Kysely<DB>) {
  return {
    async findByEmail(email: string): Promise<UserRow | undefined> {
      return db
        .selectFrom('users')
        .selectAll()
        .where('email', '=', email.trim().toLowerCase())
        .executeTakeFirst();
    },
    async findById(id: number): Promise<UserRow | undefined> {
      return db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
    },
    async update(id: number, values: Updateable<UsersTable>): Promise<void> {
      await db.updateTable('users').set(values).where('id', '=', id).execute();
    },
    async memberships(userId: number): Promise<MembershipRow[]> {
      return db.selectFrom('memberships').selectAll().where('user_id', '=', userId).execute();
    },
    async setMembership(
      userId: number,
      siteId: number,
      role: Role,
      categoryIds: number[] = [],
    ): Promise<void> {
      const values = { role, category_ids: JSON.stringify(categoryIds) };
      await db
        .insertInto('memberships')
        .values({ user_id: userId, site_id: siteId, ...values })
        .onConflict((conflict) => conflict.columns(['user_id', 'site_id']).doUpdateSet(values))
        .execute();
    },
  };
}
