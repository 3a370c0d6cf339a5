import type { LanguageCode } from '../db/schema.ts';
import { en } from './en.ts';
import { type Messages, vi } from './vi.ts';
import { zh } from './zh.ts';

export type { LanguageCode, Messages };

/** The portal's languages, in the order the language switch shows them. */
export const languages: readonly LanguageCode[] = ['vi', 'en', 'zh'];

export interface LanguageInfo {
  code: LanguageCode;
  /** URL prefix without trailing slash: '' for Vietnamese. */
  prefix: string;
  /** Home URL of the language. */
  home: string;
  /** Value for the html `lang` attribute and hreflang. */
  htmlLang: string;
  /** OpenGraph locale. */
  ogLocale: string;
}

export const languageInfo: Record<LanguageCode, LanguageInfo> = {
  vi: { code: 'vi', prefix: '', home: '/', htmlLang: 'vi', ogLocale: 'vi_VN' },
  en: { code: 'en', prefix: '/en', home: '/en/', htmlLang: 'en', ogLocale: 'en_US' },
  zh: { code: 'zh', prefix: '/zh', home: '/zh/', htmlLang: 'zh-Hans', ogLocale: 'zh_CN' },
};

const catalogues: Record<LanguageCode, Messages> = { vi, en, zh };

/** The interface text of a language. */
export function messages(lang: LanguageCode): Messages {
  return catalogues[lang];
}

/** Is the string one of the portal's language codes? */
export function isLanguage(value: string): value is LanguageCode {
  return value === 'vi' || value === 'en' || value === 'zh';
}

/** The language an Accept-Language header asks for first among ours; Vietnamese otherwise. */
export function languageOfAcceptHeader(header: string | undefined): LanguageCode {
  for (const part of (header ?? '').split(',')) {
    const tag = part.split(';')[0]?.trim().toLowerCase() ?? '';
    if (tag.startsWith('vi')) return 'vi';
    if (tag.startsWith('en')) return 'en';
    if (tag.startsWith('zh')) return 'zh';
  }
  return 'vi';
}

/**
 * The language of a request: for pages the path's prefix; for the JSON API (no language in its
 * paths) its `?lang=` or else the Accept-Language header, so every API answer — errors from outside the API's own
 * routes included — speaks the caller's language.
 */
export function languageOfRequest(urlPath: string, acceptLanguage: string | undefined): LanguageCode {
  if (urlPath === '/api' || urlPath.startsWith('/api/') || urlPath.startsWith('/api?')) {
    const asked = languageOfQuery(urlPath);
    return asked ?? languageOfAcceptHeader(acceptLanguage);
  }
  return languageOfPath(urlPath);
}

/** The `?lang=` of an API URL when it names one of ours: it wins over Accept-Language. */
function languageOfQuery(url: string): LanguageCode | undefined {
  const query = url.indexOf('?');
  if (query < 0) return undefined;
  const value = new URLSearchParams(url.slice(query + 1)).get('lang')?.toLowerCase() ?? '';
  return isLanguage(value) ? value : undefined;
}

/** Which language a URL path belongs to, by its prefix. */
export function languageOfPath(urlPath: string): LanguageCode {
  if (urlPath === '/en' || urlPath.startsWith('/en/')) return 'en';
  if (urlPath === '/zh' || urlPath.startsWith('/zh/')) return 'zh';
  return 'vi';
}
