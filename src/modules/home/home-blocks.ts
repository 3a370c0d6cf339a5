import type { ComponentChildren } from 'preact';
import type { LanguageCode } from '../../db/schema.ts';
import type { AppServices } from '../../platform/services.ts';
import type { PageContext } from '../../web/context.ts';

/**
 * Blocks other features add to the home page (the legal documents' "Văn bản mới"), drawn after
 * the latest news, in registration order. A block with nothing to show returns undefined.
 */
export interface HomeBlock {
  key: string;
  render(input: {
    services: AppServices;
    ctx: PageContext;
    lang: LanguageCode;
  }): Promise<HomeBlockView | undefined>;
}

export interface HomeBlockView {
  body: ComponentChildren;
  /** Cache tags the block depends on (purged when its content changes). */
  tags: string[];
  /** Its newest change (the page's Last-Modified is the newest of its parts). */
  lastModified?: string | undefined;
}

const blocks = new Map<string, HomeBlock>();

/** Adds a block to the home page (idempotent per key), at start. */
export function registerHomeBlock(block: HomeBlock): void {
  blocks.set(block.key, block);
}

export function homeBlocks(): HomeBlock[] {
  return [...blocks.values()];
}
