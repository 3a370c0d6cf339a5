import type { Transaction } from 'kysely';
import type { DB, LanguageCode } from '../db/schema.ts';
import type { FieldValue } from '../modules/collections/definition.ts';
import { slugify } from '../platform/text.ts';
import { blocksToDoc } from './blocks.ts';
import { demoLeaders, demoSpokesperson, demoUnits } from './content/collections.ts';

type Text3 = Record<LanguageCode, string>;
const LANGS: LanguageCode[] = ['vi', 'en', 'zh'];
const doc = (text: string) => JSON.stringify(blocksToDoc([{ p: text }], () => undefined));

/**
 * Inserts one published item in three languages: the Vietnamese original with every field,
 * then its en and zh translations with their per-language fields, up to date with it.
 */
async function insertItem(
  trx: Transaction<DB>,
  input: {
    siteId: number;
    type: string;
    title: Text3;
    position: number;
    shared: Record<string, FieldValue>;
    localized: (lang: LanguageCode) => Record<string, FieldValue>;
    stamp: string;
  },
): Promise<number> {
  const slug = slugify(input.title.vi);
  let originalId: number | null = null;
  for (const lang of LANGS) {
    const data = lang === 'vi' ? { ...input.shared, ...input.localized(lang) } : input.localized(lang);
    const { id } = await trx
      .insertInto('collection_items')
      .values({
        site_id: input.siteId,
        type: input.type,
        lang,
        source_id: originalId,
        source_version: originalId === null ? null : 1,
        stale_since: null,
        title: input.title[lang].normalize('NFC'),
        slug,
        position: input.position,
        status: 'published',
        data: JSON.stringify(data).normalize('NFC'),
        version: 1,
        published_at: input.stamp,
        created_by: null,
        created_at: input.stamp,
        updated_at: input.stamp,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    originalId ??= id;
  }
  return originalId!;
}

/** The demo province's leaders, units (a tree) and spokesperson, published in vi, en and zh. */
export async function seedCollections(trx: Transaction<DB>, siteId: number, stamp: string): Promise<number> {
  const leaderIds = new Map<string, number>();
  for (const leader of demoLeaders) {
    const id = await insertItem(trx, {
      siteId,
      type: 'leader',
      title: leader.name,
      position: leader.order,
      shared: { photo: null, display_order: leader.order, term_start: leader.termStart, term_end: null },
      localized: (lang) => ({
        full_name: leader.name[lang],
        position: leader.position[lang],
        biography: doc(leader.biography[lang]),
        duties: doc(leader.duties[lang]),
      }),
      stamp,
    });
    leaderIds.set(leader.key, id);
  }
  const unitIds = new Map<string, number>();
  for (const unit of demoUnits) {
    const head = 'leader' in unit.head ? { id: leaderIds.get(unit.head.leader)! } : { name: unit.head.name };
    const id = await insertItem(trx, {
      siteId,
      type: 'unit',
      title: unit.name,
      position: unit.order,
      shared: {
        parent: unit.parent ? (unitIds.get(unit.parent) ?? null) : null,
        head,
        phone: unit.phone,
        email: unit.email,
        display_order: unit.order,
      },
      localized: (lang) => ({
        name: unit.name[lang],
        functions: doc(unit.functions[lang]),
        address: unit.address[lang],
      }),
      stamp,
    });
    unitIds.set(unit.key, id);
  }
  const spokesperson = demoSpokesperson;
  await insertItem(trx, {
    siteId,
    type: 'spokesperson',
    title: spokesperson.name,
    position: 1,
    shared: {
      unit: unitIds.get(spokesperson.unit) ?? null,
      phone: spokesperson.phone,
      email: spokesperson.email,
      assigned_on: spokesperson.assignedOn,
      display_order: 1,
    },
    localized: (lang) => ({ full_name: spokesperson.name[lang], title: spokesperson.title[lang] }),
    stamp,
  });
  return demoLeaders.length + demoUnits.length + 1;
}
