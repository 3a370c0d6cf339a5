import type { LanguageCode } from '../../db/schema.ts';

/**
 * What the law expects in English on every portal: the organisation, its functions and duties,
 * and its official contacts (a practice carried over from NĐ 42/2022 Đ7 k2, repealed on 01/07/2026 by NĐ 224/2026, which has no language rule; the interface cites it through src/i18n/legal.ts; see docs/adr/0007). A static page carries
 * one of these topics in `pages.legal_topic`; the translators' dashboard flags the topics whose
 * English version is missing, unpublished or stale, and the topics no page carries yet.
 */
export const legalTopics = ['organisation', 'functions', 'contacts'] as const;

export type LegalTopic = (typeof legalTopics)[number];

/** The language these topics are required in. */
export const legalLanguage: LanguageCode = 'en';

/** Is the string one of the topics? */
export function isLegalTopic(value: string): value is LegalTopic {
  return (legalTopics as readonly string[]).includes(value);
}
