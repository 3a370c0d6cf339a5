import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { type Site, siteFromRow } from './site.ts';
import { sitesRepository } from './sites.repository.ts';

/**
 * Sites are few and read on every request, so they are held in memory and reloaded after any
 * change to them (writes call `reload`).
 */
export interface SiteDirectory {
  /**
   * The site that serves a Host header value: one of its configured hostnames, or the host of
   * PUBLIC_URL for the default site. Unknown hosts get no site (app.ts answers 404, ADR 0016).
   */
  forHost(host: string | undefined): Site | undefined;
  byId(id: number): Site | undefined;
  all(): Site[];
  defaultSite(): Site | undefined;
  reload(): Promise<void>;
}

/** Normalises a Host header: lower case, without port, without a trailing dot. */
export function normalizeHost(host: string | undefined): string {
  if (!host) return '';
  let value = host.trim().toLowerCase();
  if (value.startsWith('[')) {
    const end = value.indexOf(']');
    value = end === -1 ? value : value.slice(0, end + 1);
  } else {
    const colon = value.lastIndexOf(':');
    if (colon !== -1 && value.indexOf(':') === colon) value = value.slice(0, colon);
  }
  return value.replace(/\.$/, '');
}

/** Options of the directory: the address the default site answers to besides its hostnames. */
export interface SiteDirectoryOptions {
  /** PUBLIC_URL: its host serves the default site even when the site settings do not list it. */
  publicUrl?: string | undefined;
}

/** Loads the directory from the database. */
export async function createSiteDirectory(
  db: Kysely<DB>,
  options: SiteDirectoryOptions = {},
): Promise<SiteDirectory> {
  const publicHost = options.publicUrl ? normalizeHost(new URL(options.publicUrl).host) : undefined;
  const repository = sitesRepository(db);
  let sites: Site[] = [];
  let byHost = new Map<string, Site>();
  let byIdMap = new Map<number, Site>();
  let fallback: Site | undefined;

  async function reload(): Promise<void> {
    const [rows, hostRows] = await Promise.all([repository.listAll(), repository.listHostnames()]);
    const hostsBySite = new Map<number, string[]>();
    for (const { hostname, site_id } of hostRows) {
      hostsBySite.set(site_id, [...(hostsBySite.get(site_id) ?? []), hostname]);
    }
    sites = rows.map((row) => siteFromRow(row, hostsBySite.get(row.id) ?? []));
    byIdMap = new Map(sites.map((site) => [site.id, site]));
    byHost = new Map();
    for (const site of sites) for (const hostname of site.hostnames) byHost.set(hostname, site);
    fallback =
      sites.find((site) => site.isDefault) ?? sites.find((site) => site.parentId === null) ?? sites[0];
  }

  await reload();
  return {
    forHost: (host) => {
      const name = normalizeHost(host);
      const site = byHost.get(name);
      if (site) return site;
      return publicHost !== undefined && name === publicHost ? fallback : undefined;
    },
    byId: (id) => byIdMap.get(id),
    all: () => sites,
    defaultSite: () => fallback,
    reload,
  };
}
