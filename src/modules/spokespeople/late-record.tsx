import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { formatShortDate } from '../../i18n/dates.ts';
import { legal } from '../../i18n/legal.ts';
import { Notice } from '../../web/admin/admin-layout.tsx';
import { collectionRepository, editRoles } from '../collections/index.ts';
import { type DashboardSection, dashboardSections } from '../dashboard/sections.ts';
import { spokespeople } from './spokespeople.collection.ts';

const DAY_MS = 86_400_000;

/** A spokesperson whose assignment is not on the public site 24 hours after it was recorded. */
export interface LateRecord {
  id: number;
  name: string;
  assignedOn: string;
}

/**
 * The assignments recorded more than 24 hours ago that the public record does not show yet
 * (NĐ 244/2026 Đ5): the item is not published, or its published text is older than the
 * assignment. The assignment counts from the later of its date and the moment it was recorded.
 */
export async function lateSpokespersonRecords(
  db: Kysely<DB>,
  siteId: number,
  now: Date,
): Promise<LateRecord[]> {
  const items = await collectionRepository(db).originals(siteId, spokespeople.type);
  return items.flatMap((item) => {
    const assignedOn = typeof item.data.assigned_on === 'string' ? item.data.assigned_on : undefined;
    if (!assignedOn) return [];
    const assignedAt = Math.max(Date.parse(`${assignedOn}T00:00:00+07:00`), Date.parse(item.createdAt));
    if (now.getTime() - assignedAt <= DAY_MS) return [];
    const isPublic = item.status === 'published' && Date.parse(item.updatedAt) >= assignedAt;
    return isPublic ? [] : [{ id: item.id, name: item.title, assignedOn }];
  });
}

const texts = {
  vi: {
    title: 'Người phát ngôn chưa được công bố',
    late: (name: string, date: string) =>
      `${name} được giao làm người phát ngôn từ ${date} nhưng thông tin chưa được đăng công khai trong vòng 24 giờ (${legal.spokespersonDecree.vi}).`,
  },
  en: {
    title: 'Spokesperson not yet published',
    late: (name: string, date: string) =>
      `${name} was assigned as spokesperson on ${date}, but the information was not published within 24 hours (${legal.spokespersonDecree.en}).`,
  },
  zh: {
    title: '新闻发言人信息尚未公布',
    late: (name: string, date: string) =>
      `${name}自${date}起被任命为新闻发言人，但相关信息未在24小时内公开发布（${legal.spokespersonDecree.zh}）。`,
  },
};

/** The dashboard's warning about late spokesperson records, for whoever may publish them. */
const lateRecordSection: DashboardSection = {
  order: 5,
  async render(ctx, services) {
    const role = ctx.role?.role;
    if (!role || !editRoles(spokespeople).includes(role)) return null;
    const late = await lateSpokespersonRecords(services.db, ctx.site.id, ctx.now);
    if (late.length === 0) return null;
    const t = texts[ctx.lang];
    return (
      <section class="panel" aria-labelledby="spokesperson-late-title">
        <h2 id="spokesperson-late-title">{t.title}</h2>
        {late.map((record) => (
          <Notice kind="error" key={record.id}>
            <a href={`/admin/${spokespeople.plural}/${record.id}`}>
              {t.late(
                record.name,
                formatShortDate(new Date(`${record.assignedOn}T00:00:00+07:00`), ctx.lang),
              )}
            </a>
          </Notice>
        ))}
      </section>
    );
  },
};

if (!dashboardSections.includes(lateRecordSection)) dashboardSections.push(lateRecordSection);
