import { domainToASCII } from 'node:url';
import { z } from 'zod';
import type { LanguageCode } from '../../../db/schema.ts';
import { languages, type Messages } from '../../../i18n/index.ts';
import { enqueue, inTransaction } from '../../../platform/outbox.ts';
import type { AppServices } from '../../../platform/services.ts';
import { type LocalizedText, type Site, siteFromRow } from '../../../platform/sites/site.ts';
import { hostnameRows } from '../../../platform/sites/sites.repository.ts';
import { type FieldErrors, type FormReader, issuesToErrors } from '../../../web/admin/form-kit.tsx';
import { appendAudit } from '../../audit/audit.ts';
import { isUniqueViolation } from '../../content/slug-rules.ts';
import { mediaUrl } from '../../media/images.ts';

/** The per-language fields of the settings form, with whether Vietnamese is required. */
export const localizedFields = {
  name: { column: 'name', required: true, max: 300 },
  unit: { column: 'unit_name', required: true, max: 300 },
  responsible: { column: 'responsible_person', required: true, max: 300 },
  address: { column: 'address', required: true, max: 500 },
  licence: { column: 'licence', required: false, max: 500 },
} as const;
type LocalizedField = keyof typeof localizedFields;

const siteText: Record<LocalizedField, (site: Site) => LocalizedText> = {
  name: (site) => site.name,
  unit: (site) => site.unitName,
  responsible: (site) => site.responsiblePerson,
  address: (site) => site.address,
  licence: (site) => site.licence,
};

export type SettingsValues = Record<string, string>;

const HOST_LABEL = '[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?';
const HOSTNAME = new RegExp(`^(?=.{1,253}$)${HOST_LABEL}(?:\\.${HOST_LABEL})*$`);
const IPV6 = /^\[[0-9a-f:.]{2,45}\]$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The form values of a site as stored. */
export function settingsValues(site: Site): SettingsValues {
  const values: SettingsValues = {
    emblem: site.emblem,
    phone: site.phone,
    email: site.email,
    hostnames: site.hostnames.join('\n'),
  };
  for (const field of Object.keys(localizedFields) as LocalizedField[]) {
    for (const lang of languages) values[`${field}_${lang}`] = siteText[field](site)[lang] ?? '';
  }
  return values;
}

function formSchema(t: Messages) {
  const f = t.adminForms;
  const shape: Record<string, z.ZodType<string>> = {
    emblem: z.string().trim().max(500, f.tooLong(500)),
    phone: z
      .string()
      .trim()
      .max(40, f.tooLong(40))
      .regex(/^[0-9 +().-]*$/, f.phoneInvalid),
    email: z
      .string()
      .trim()
      .toLowerCase()
      .max(254, f.tooLong(254))
      .refine((value) => value === '' || EMAIL.test(value), f.emailInvalid),
    hostnames: z.string().max(5000, f.tooLong(5000)),
  };
  for (const [field, rule] of Object.entries(localizedFields)) {
    for (const lang of languages) {
      const text = z.string().trim().max(rule.max, f.tooLong(rule.max));
      shape[`${field}_${lang}`] = rule.required && lang === 'vi' ? text.min(1, f.required) : text;
    }
  }
  return z.object(shape);
}

/** Normalises one hostname line (IDN to punycode, lower case, no trailing dot); '' when invalid. */
export function normalizeHostname(line: string): string {
  const value = line.trim().toLowerCase().replace(/\.$/, '');
  if (IPV6.test(value)) return value;
  const ascii = domainToASCII(value);
  return HOSTNAME.test(ascii) ? ascii : '';
}

/** Checks the emblem field: a path on this server, or a media id (turned into its URL). */
async function emblemUrl(services: AppServices, value: string): Promise<string | 'invalid' | 'unknown'> {
  if (value === '') return '';
  if (/^\d{1,9}$/.test(value)) {
    const media = await services.db
      .selectFrom('media')
      .select('storage_key')
      .where('id', '=', Number(value))
      .where('kind', '=', 'image')
      .executeTakeFirst();
    return media ? mediaUrl(media.storage_key) : 'unknown';
  }
  // Only this server's files: the Content-Security-Policy loads images from 'self'.
  if (/\s|\.\.|\\|[?#]/.test(value) || !value.startsWith('/') || value.startsWith('//')) return 'invalid';
  return value;
}

const snapshot = (site: Site) => ({
  name: site.name,
  unitName: site.unitName,
  emblem: site.emblem,
  responsiblePerson: site.responsiblePerson,
  address: site.address,
  phone: site.phone,
  email: site.email,
  licence: site.licence,
  hostnames: site.hostnames,
});

/** Validates and saves the current site's settings, audits, purges and reloads the directory. */
export async function saveSettings(
  services: AppServices,
  input: {
    site: Site;
    form: FormReader;
    t: Messages;
    actor: { actorId: number | null; actorLabel: string; ip: string };
  },
): Promise<{ ok: true } | { ok: false; errors: FieldErrors; values: SettingsValues }> {
  const { site, t } = input;
  const schema = formSchema(t);
  const values: SettingsValues = {};
  for (const key of Object.keys(schema.shape)) values[key] = input.form.text(key, 6000);
  const parsed = schema.safeParse(values);
  const errors: FieldErrors = parsed.success ? {} : issuesToErrors(parsed.error);
  const data = parsed.success ? parsed.data : values;

  const s = t.adminSettings;
  const emblem = await emblemUrl(services, (data.emblem ?? '').trim());
  if (emblem === 'invalid') errors.emblem = s.emblemInvalid;
  else if (emblem === 'unknown') errors.emblem = s.emblemUnknown;

  const lines = (data.hostnames ?? '')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  const hostnames: string[] = [];
  for (const line of lines) {
    const host = normalizeHostname(line);
    if (!host) {
      errors.hostnames = s.hostnameInvalid(line.slice(0, 100));
      break;
    }
    if (!hostnames.includes(host)) hostnames.push(host);
  }
  if (!errors.hostnames && hostnames.length === 0) errors.hostnames = s.hostnamesRequired;
  if (!errors.hostnames && hostnames.length > 20) errors.hostnames = s.tooManyHostnames;
  if (!errors.hostnames) {
    const taken = await services.db
      .selectFrom('site_hostnames')
      .select('hostname')
      .where('hostname', 'in', hostnames)
      .where('site_id', '<>', site.id)
      .executeTakeFirst();
    if (taken) errors.hostnames = s.hostnameTaken(taken.hostname);
  }
  if (Object.keys(errors).length > 0 || !parsed.success || typeof emblem !== 'string')
    return { ok: false, errors, values };

  const localized = (field: LocalizedField) => {
    const text: Record<LanguageCode, string> = { vi: '', en: '', zh: '' };
    for (const lang of languages) text[lang] = data[`${field}_${lang}`] ?? '';
    return JSON.stringify(text);
  };
  // Component sites may show their parent's name, so their pages are purged too; a change of
  // hostnames changes where every site's display options are shared (cookie-domain.ts): all of them.
  const hostnamesChanged = hostnames.join('\n') !== site.hostnames.join('\n');
  const children = services.sites
    .all()
    .filter((other) => other.id !== site.id && (hostnamesChanged || other.parentId === site.id));
  try {
    // The settings, the hostnames and the audit entry commit together.
    await inTransaction(services, async (trx) => {
      const row = await trx
        .updateTable('sites')
        .set({
          name: localized('name'),
          unit_name: localized('unit'),
          responsible_person: localized('responsible'),
          address: localized('address'),
          licence: localized('licence'),
          emblem,
          phone: data.phone ?? '',
          email: data.email ?? '',
          updated_at: services.clock().toISOString(),
        })
        .where('id', '=', site.id)
        .returningAll()
        .executeTakeFirstOrThrow();
      await trx.deleteFrom('site_hostnames').where('site_id', '=', site.id).execute();
      await trx.insertInto('site_hostnames').values(hostnameRows(site.id, hostnames)).execute();
      await appendAudit(trx, {
        ...input.actor,
        siteId: site.id,
        action: 'site.update',
        entityType: 'site',
        entityId: site.id,
        before: snapshot(site),
        after: snapshot(siteFromRow(row, hostnames)),
        at: services.clock(),
      });
      const tags = [`site:${site.id}`, `menu:${site.id}`, ...children.map((child) => `site:${child.id}`)];
      await enqueue(trx, { kind: 'purge', tags }, services.clock());
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    return { ok: false, errors: { hostnames: s.hostnameTaken(hostnames.join(', ')) }, values };
  }
  // In memory here and on every instance; a process that dies first loads it at its next start.
  await services.sites.reload();
  return { ok: true };
}
