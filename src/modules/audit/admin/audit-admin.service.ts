import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { AuditRow, DB } from '../../../db/schema.ts';
import { textContains, textStartsWith } from '../../../db/text-match.ts';
import type { Messages } from '../../../i18n/index.ts';
import type { Site } from '../../../platform/sites/site.ts';
import type { FieldErrors } from '../../../web/admin/form-kit.tsx';

export const AUDIT_PAGE_SIZE = 50;

export interface AuditFilters {
  from: string;
  to: string;
  actor: string;
  action: string;
  entity_type: string;
  entity_id: string;
  ip: string;
}

export const filterKeys = ['from', 'to', 'actor', 'action', 'entity_type', 'entity_id', 'ip'] as const;

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Reads the filters from the query string; invalid dates are reported and ignored. */
export function parseFilters(
  query: unknown,
  t: Messages,
): { filters: AuditFilters; page: number; errors: FieldErrors } {
  const raw = (query && typeof query === 'object' ? query : {}) as Record<string, unknown>;
  const text = (key: string, max: number) =>
    typeof raw[key] === 'string' ? (raw[key] as string).trim().slice(0, max) : '';
  const filters: AuditFilters = {
    from: text('from', 10),
    to: text('to', 10),
    actor: text('actor', 200),
    action: text('action', 100),
    entity_type: text('entity_type', 50),
    entity_id: text('entity_id', 50),
    ip: text('ip', 64),
  };
  const errors: FieldErrors = {};
  const date = z
    .string()
    .refine((value) => value === '' || (DATE.test(value) && !Number.isNaN(Date.parse(value))));
  for (const key of ['from', 'to'] as const) {
    if (!date.safeParse(filters[key]).success) errors[key] = t.adminAudit.dateInvalid;
  }
  const page = Math.min(10_000, Math.max(1, Number.parseInt(text('page', 6), 10) || 1));
  return { filters, page, errors };
}

/** The start of a day in Viet Nam (UTC+7) as a stored timestamp. */
function dayStart(date: string, addDays = 0): string {
  const instant = new Date(`${date}T00:00:00+07:00`);
  return new Date(instant.getTime() + addDays * 86_400_000).toISOString();
}

/**
 * Entries an administrator of a site may read: the site's own (and its component sites' when
 * it is a top-level portal) and sign-in events of its members. Top-level portals see every
 * entry without a site.
 */
function scoped(db: Kysely<DB>, site: Site, allSites: Site[]) {
  const ids = [site.id];
  for (let i = 0; i < ids.length; i++) {
    for (const other of allSites)
      if (other.parentId === ids[i] && !ids.includes(other.id)) ids.push(other.id);
  }
  return db
    .selectFrom('audit_log')
    .where((eb) =>
      eb.or([
        eb('site_id', 'in', ids),
        site.parentId === null
          ? eb('site_id', 'is', null)
          : eb.and([
              eb('site_id', 'is', null),
              eb(
                'actor_id',
                'in',
                eb.selectFrom('memberships').select('user_id').where('site_id', '=', site.id),
              ),
            ]),
      ]),
    );
}

/** One page of entries matching the filters, newest first. */
export async function searchAudit(
  db: Kysely<DB>,
  input: { site: Site; allSites: Site[]; filters: AuditFilters; errors: FieldErrors; page: number },
): Promise<{ rows: AuditRow[]; hasMore: boolean }> {
  const { filters, errors } = input;
  let query = scoped(db, input.site, input.allSites);
  if (filters.from && !errors.from) query = query.where('at', '>=', dayStart(filters.from));
  if (filters.to && !errors.to) query = query.where('at', '<', dayStart(filters.to, 1));
  if (filters.actor) query = query.where(textContains('actor_label', filters.actor));
  if (filters.action) query = query.where(textStartsWith('action', filters.action));
  if (filters.entity_type) query = query.where('entity_type', '=', filters.entity_type);
  if (filters.entity_id) query = query.where('entity_id', '=', filters.entity_id);
  if (filters.ip) query = query.where('ip', '=', filters.ip);
  const rows = await query
    .selectAll()
    .orderBy('id', 'desc')
    .limit(AUDIT_PAGE_SIZE + 1)
    .offset((input.page - 1) * AUDIT_PAGE_SIZE)
    .execute();
  return { rows: rows.slice(0, AUDIT_PAGE_SIZE), hasMore: rows.length > AUDIT_PAGE_SIZE };
}

export interface DiffRow {
  field: string;
  before: string;
  after: string;
  changed: boolean;
}

function parseJson(raw: string | null): unknown {
  if (raw === null) return undefined;
  try {
    return JSON.parse(raw);
  } catch {
    return raw;
  }
}

function flatten(value: unknown, prefix: string, out: Map<string, string>): void {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const entries = Object.entries(value as Record<string, unknown>);
    if (entries.length === 0 && prefix) out.set(prefix, '{}');
    for (const [key, inner] of entries) flatten(inner, prefix ? `${prefix}.${key}` : key, out);
    return;
  }
  if (value === undefined) return;
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  out.set(prefix || '(value)', text);
}

/** The before/after JSON of an entry as field rows (nested fields dotted: name.vi). */
export function auditDiff(row: Pick<AuditRow, 'before' | 'after'>): DiffRow[] {
  const before = new Map<string, string>();
  const after = new Map<string, string>();
  flatten(parseJson(row.before), '', before);
  flatten(parseJson(row.after), '', after);
  const fields = [...new Set([...before.keys(), ...after.keys()])];
  return fields.map((field) => {
    const old = before.get(field) ?? '';
    const next = after.get(field) ?? '';
    return { field, before: old, after: next, changed: old !== next };
  });
}
