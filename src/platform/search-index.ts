/**
 * Whether this instance is (re)building the search index at start (ADR 0010): on the first start
 * of a large installation, or after an upgrade that changed the index format, the build takes
 * minutes. The portal waits a few seconds for it, then serves while it goes on; meanwhile the
 * search page says so (503 with Retry-After) instead of answering from a partial index.
 */
export interface SearchIndexState {
  readonly rebuilding: boolean;
  /** Settles when the start-up build is over (built, not needed, or failed and reported). */
  readonly ready: Promise<void>;
  /** The last consistency check of the index (at start, or the `search.check` effect); /healthz shows it. */
  lastCheck?: SearchCheck;
}

/** What a consistency check of the search index found and repaired. */
export interface SearchCheck {
  /** When it ran (ISO-8601 UTC). */
  at: string;
  /** Public items that had no index row (now indexed). */
  missing: number;
  /** Index rows of items no longer public (now removed). */
  stale: number;
  /** One line for people: "search: repaired 2 missing, 1 stale". */
  summary: string;
}

/** A state for services built without a start-up build (tests that bring their own index). */
export const searchIndexReady: SearchIndexState = { rebuilding: false, ready: Promise.resolve() };
