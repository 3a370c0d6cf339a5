import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { sitesRepository } from '../../platform/sites/sites.repository.ts';

/**
 * Makes sure a default site exists, so an install started without demo content still serves
 * its shell (administrators fill in the real name and footer data in the admin).
 */
export async function ensureDefaultSite(db: Kysely<DB>, now: Date): Promise<void> {
  const repository = sitesRepository(db);
  if ((await repository.count()) > 0) return;
  const stamp = now.toISOString();
  const text = (vi: string, en: string, zh: string) => JSON.stringify({ vi, en, zh });
  await repository.insert(
    {
      code: 'default',
      kind: 'province',
      parent_id: null,
      is_default: 1,
      name: text('Cổng thông tin điện tử', 'Electronic Information Portal', '电子信息门户网站'),
      unit_name: text('Cơ quan chủ quản', 'Owning agency', '主管机关'),
      emblem: '/assets/emblem.svg',
      responsible_person: text('Chưa cập nhật', 'Not yet provided', '尚未提供'),
      address: text('Chưa cập nhật', 'Not yet provided', '尚未提供'),
      phone: '',
      email: '',
      licence: text('', '', ''),
      created_at: stamp,
      updated_at: stamp,
    },
    ['localhost', '127.0.0.1'],
  );
}
