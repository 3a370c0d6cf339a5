import { collectionDefs } from '../../src/modules/collections/registry.ts';
import type { Doc } from './conformance-urls.ts';

// Which documents axe checks, at which widths. axe takes about a second a page, so it runs on a
// sample: one page per template and language. Vietnamese (the portal's main language) is checked
// at every width; English and Chinese at one width each, alternating between templates so that
// each language meets each width on half of the templates. CONFORMANCE_AXE=full checks every
// sampled page at every width.

export interface AxeRun {
  doc: Doc;
  width: number;
}

/**
 * The template axe groups by. Admin: the path without its query (filters and paging change the
 * rows, not the markup), each collection's screens as one (one generic template draws them all),
 * and a category's translation form whatever its language. Public: the template read from markup.
 */
export function axeTemplate(doc: Doc): string {
  if (doc.area === 'public') return doc.template;
  const plurals = collectionDefs().map((def) => def.plural);
  const [pathname = ''] = doc.template.split('?');
  return pathname
    .replace(new RegExp(`^/admin/(${plurals.join('|')})(?=/|$)`), '/admin/:collection')
    .replace(/\/translations\/[a-z]+$/, '/translations/:lang');
}

export function axePlan(docs: Doc[], widths: readonly number[], full: boolean): AxeRun[] {
  const samples = new Map<string, Doc>();
  for (const doc of docs) {
    const key = `${doc.area}|${doc.signedIn}|${axeTemplate(doc)}|${doc.lang}`;
    if (!samples.has(key)) samples.set(key, doc);
  }
  const templates = [...new Set([...samples.values()].map((doc) => `${doc.area}|${axeTemplate(doc)}`))];
  const runs: AxeRun[] = [];
  for (const doc of samples.values()) {
    const index = templates.indexOf(`${doc.area}|${axeTemplate(doc)}`);
    for (const [position, width] of widths.entries()) {
      const alternate = (index + (doc.lang === 'en' ? 0 : 1)) % widths.length === position;
      if (full || doc.lang === 'vi' || alternate) runs.push({ doc, width });
    }
  }
  return runs;
}
