import type { LanguageCode, SiteKind, SiteRow } from '../../db/schema.ts';

/** Text in the portal's languages; Vietnamese is always present. */
export type LocalizedText = { vi: string } & Partial<Record<Exclude<LanguageCode, 'vi'>, string>>;

/** A site as the rest of the application sees it (parsed, typed). */
export interface Site {
  id: number;
  code: string;
  kind: SiteKind;
  parentId: number | null;
  isDefault: boolean;
  name: LocalizedText;
  unitName: LocalizedText;
  emblem: string;
  responsiblePerson: LocalizedText;
  address: LocalizedText;
  phone: string;
  email: string;
  licence: LocalizedText;
  hostnames: string[];
  updatedAt: string;
}

/** The text in the requested language, falling back to Vietnamese. */
export function localize(text: LocalizedText, lang: LanguageCode): string {
  const value = text[lang];
  return value && value.trim() !== '' ? value : text.vi;
}

/** Does the text exist in that language (not only through the Vietnamese fallback)? */
export function hasLanguage(text: LocalizedText, lang: LanguageCode): boolean {
  return lang === 'vi' || Boolean(text[lang]?.trim());
}

/** Parses a JSON LocalizedText column, tolerating a plain string. */
export function parseLocalized(raw: string): LocalizedText {
  try {
    const value: unknown = JSON.parse(raw);
    if (value && typeof value === 'object' && typeof (value as { vi?: unknown }).vi === 'string') {
      return value as LocalizedText;
    }
  } catch {
    // Not JSON: treat as Vietnamese text.
  }
  return { vi: raw };
}

/**
 * The public origin of a site from its configuration, never from a request's Host: PUBLIC_URL
 * for the default site, else its first hostname (links in mail and on other sites' pages).
 */
export function siteOrigin(
  services: { config: { PUBLIC_URL?: string | undefined } },
  site: Site | undefined,
): string {
  if (services.config.PUBLIC_URL && (!site || site.isDefault))
    return services.config.PUBLIC_URL.replace(/\/$/, '');
  return site?.hostnames[0] ? `https://${site.hostnames[0]}` : 'http://localhost';
}

/** Builds the Site object from its row and hostnames. */
export function siteFromRow(row: SiteRow, hostnames: string[]): Site {
  return {
    id: row.id,
    code: row.code,
    kind: row.kind,
    parentId: row.parent_id,
    isDefault: row.is_default === 1,
    name: parseLocalized(row.name),
    unitName: parseLocalized(row.unit_name),
    emblem: row.emblem,
    responsiblePerson: parseLocalized(row.responsible_person),
    address: parseLocalized(row.address),
    phone: row.phone,
    email: row.email,
    licence: parseLocalized(row.licence),
    hostnames,
    updatedAt: row.updated_at,
  };
}
