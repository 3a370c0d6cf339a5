import type { LanguageCode } from '../db/schema.ts';
import { languageInfo, languages, messages } from '../i18n/index.ts';
import { formatLunarDate, lunarDateOf } from '../i18n/lunar.ts';
import type { PageContext } from './context.ts';
import { homeUrl } from './urls.ts';

/** Where each language's link in the switch goes, and whether it is that language's home instead. */
export function languageTargets(
  ctx: Pick<PageContext, 'lang' | 'path' | 'alternates'>,
): { code: LanguageCode; href: string; fallback: boolean }[] {
  const alternates = ctx.alternates ?? {};
  return languages.map((code) => {
    const counterpart = code === ctx.lang ? (alternates[code] ?? ctx.path) : alternates[code];
    return counterpart
      ? { code, href: counterpart, fallback: false }
      : { code, href: homeUrl(code), fallback: true };
  });
}

/**
 * "Tiếng Việt | English | 中文": each link goes to this page's counterpart in that language, or
 * to that language's home with a visible "(home)" marker and a sentence for screen readers
 * saying there is no translation. Each link is in its own language (lang, hreflang).
 */
export function LanguageSwitch({ ctx }: { ctx: PageContext }) {
  return (
    <nav class="languages" aria-label={ctx.t.shell.languageSwitch}>
      <ul>
        {languageTargets(ctx).map(({ code, href, fallback }) => {
          const text = messages(code);
          return (
            <li key={code}>
              <a
                href={href}
                lang={languageInfo[code].htmlLang}
                hrefLang={languageInfo[code].htmlLang}
                aria-current={code === ctx.lang ? 'true' : undefined}
                data-language-home={fallback ? '' : undefined}
              >
                {text.languageName}
                {fallback ? (
                  <>
                    {' '}
                    <small class="language-home">{text.shell.languageHome}</small>
                    <span class="visually-hidden"> {text.shell.noTranslation}</span>
                  </>
                ) : null}
              </a>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

/** The lunar date next to the solar one in the Vietnamese header: "Ngày 21 tháng 10 năm Bính Ngọ". */
export function LunarDate({ ctx }: { ctx: PageContext }) {
  if (ctx.lang !== 'vi') return null;
  return (
    <span class="lunar-date">
      <span class="visually-hidden">
        {ctx.t.shell.lunarDate}
        {ctx.t.colon}
      </span>
      {formatLunarDate(lunarDateOf(ctx.now))}
    </span>
  );
}
