/**
 * In-process cache of rendered public pages, keyed by site and URL (the URL carries the
 * language prefix), with tag invalidation: every write purges the tags it touches
 * ("article:12", "category:3", "site:1", "menu:1"), so a publish is visible at once.
 */
export interface CachedPage {
  status: number;
  contentType: string;
  body: Buffer;
  /** Compressed forms, made on first request for each (most clients take only one). */
  gzip?: Buffer;
  br?: Buffer;
  etag: string;
  lastModified: string;
  tags: string[];
  expiresAt: number;
}

export interface PageCache {
  readonly enabled: boolean;
  get(key: string, now: number): CachedPage | undefined;
  set(key: string, page: CachedPage): void;
  /** Drops every entry carrying any of the tags. Returns how many were dropped. */
  purge(tags: string[]): number;
  clear(): void;
  readonly size: number;
  /** Lookups served from the cache and lookups that missed, since start (for /metrics). */
  readonly stats: { hits: number; misses: number; purged: number };
}

export interface PageCacheOptions {
  enabled: boolean;
  maxEntries?: number;
}

/** Creates the cache. When disabled, every lookup misses and nothing is stored. */
export function createPageCache(options: PageCacheOptions): PageCache {
  const maxEntries = options.maxEntries ?? 5000;
  // A Map keeps insertion order: re-inserting on hit gives least-recently-used eviction.
  const entries = new Map<string, CachedPage>();
  const byTag = new Map<string, Set<string>>();
  const stats = { hits: 0, misses: 0, purged: 0 };

  const remove = (key: string) => {
    const entry = entries.get(key);
    if (!entry) return;
    entries.delete(key);
    for (const tag of entry.tags) {
      const keys = byTag.get(tag);
      keys?.delete(key);
      if (keys && keys.size === 0) byTag.delete(tag);
    }
  };

  return {
    enabled: options.enabled,
    get(key, now) {
      if (!options.enabled) return undefined;
      const entry = entries.get(key);
      if (!entry || entry.expiresAt <= now) {
        if (entry) remove(key);
        stats.misses++;
        return undefined;
      }
      entries.delete(key);
      entries.set(key, entry);
      stats.hits++;
      return entry;
    },
    set(key, page) {
      if (!options.enabled) return;
      remove(key);
      entries.set(key, page);
      for (const tag of page.tags) {
        const keys = byTag.get(tag) ?? new Set<string>();
        keys.add(key);
        byTag.set(tag, keys);
      }
      while (entries.size > maxEntries) {
        const oldest = entries.keys().next().value;
        if (oldest === undefined) break;
        remove(oldest);
      }
    },
    purge(tags) {
      let dropped = 0;
      for (const tag of tags) {
        for (const key of [...(byTag.get(tag) ?? [])]) {
          remove(key);
          dropped++;
        }
      }
      stats.purged += dropped;
      return dropped;
    },
    clear() {
      entries.clear();
      byTag.clear();
    },
    get size() {
      return entries.size;
    },
    stats,
  };
}
