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

/** What absolute links are built from: the configuration, never a request. */
export interface OriginConfig {
  PUBLIC_URL?: string | undefined;
  PORT: number;
}

/** Names only the machine itself reaches (localhost, *.localhost, 127.x.x.x, ::1). */
export function isLoopbackHost(host: string): boolean {
  return (
    host === 'localhost' ||
    host.endsWith('.localhost') ||
    /^127(?:\.\d{1,3}){3}$/.test(host) ||
    host === '[::1]' ||
    host === '::1'
  );
}

/**
 * The origin of one configured hostname. With PUBLIC_URL set, every site shares its scheme and
 * port (one process, one proxy in front); without it, a loopback name is plain HTTP on the port
 * the process listens on (the demo on a laptop) and any other name is HTTPS on 443 (ADR 0016).
 */
export function hostOrigin(config: OriginConfig, host: string): string {
  const name = host.includes(':') && !host.startsWith('[') ? `[${host}]` : host;
  if (config.PUBLIC_URL) {
    const url = new URL(config.PUBLIC_URL);
    return `${url.protocol}//${name}${url.port ? `:${url.port}` : ''}`;
  }
  if (isLoopbackHost(host)) {
    const port = config.PORT === 80 || config.PORT === 0 ? '' : `:${config.PORT}`;
    return `http://${name}${port}`;
  }
  return `https://${name}`;
}

/** A site's primary hostname: the first in its stored order (site settings, first line). */
export function primaryHostname(site: Site): string | undefined {
  return site.hostnames[0];
}

/**
 * The public origin of a site from its configuration, never from a request's Host: PUBLIC_URL
 * for the default site, else its primary hostname (links in pages, feeds, sitemaps and mail).
 */
export function siteOrigin(services: { config: OriginConfig }, site: Site | undefined): string {
  const { config } = services;
  if (config.PUBLIC_URL && (!site || site.isDefault)) return config.PUBLIC_URL.replace(/\/$/, '');
  const primary = site && primaryHostname(site);
  if (primary) return hostOrigin(config, primary);
  return config.PUBLIC_URL?.replace(/\/$/, '') ?? hostOrigin(config, 'localhost');
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
