/**
 * Small in-process memo for data every page needs (a site's category tree and pages), with the
 * same tag invalidation as the page cache. Values are rebuilt on the first read after a purge.
 */
export interface DataCache {
  get<T>(key: string): T | undefined;
  set(key: string, value: unknown, tags: string[]): void;
  purge(tags: string[]): void;
  clear(): void;
}

/** Creates the memo; when disabled it stores nothing (every read goes to the database). */
export function createDataCache(options: { enabled: boolean }): DataCache {
  const values = new Map<string, { value: unknown; tags: string[] }>();
  return {
    get<T>(key: string) {
      return values.get(key)?.value as T | undefined;
    },
    set(key, value, tags) {
      if (options.enabled) values.set(key, { value, tags });
    },
    purge(tags) {
      const wanted = new Set(tags);
      for (const [key, entry] of values) if (entry.tags.some((tag) => wanted.has(tag))) values.delete(key);
    },
    clear() {
      values.clear();
    },
  };
}
