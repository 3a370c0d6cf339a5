import type { LanguageCode } from '../db/schema.ts';
import { languageInfo } from '../i18n/index.ts';
import { localize } from '../platform/sites/site.ts';
import type { Crumb, PageContext } from './context.ts';

export interface SeoProps {
  ctx: PageContext;
  title: string;
  description: string;
  /** Site-relative canonical path. */
  canonicalPath: string;
  type?: 'website' | 'article';
  /** Site-relative or absolute image URL for social cards. */
  image?: string | undefined;
  imageAlt?: string | undefined;
  author?: string | undefined;
  publishedAt?: string | undefined;
  modifiedAt?: string | undefined;
  subject?: string | undefined;
  breadcrumb?: Crumb[] | undefined;
  /** Counterparts of this page in other languages (site-relative paths); default: ctx.alternates. */
  alternates?: Partial<Record<LanguageCode, string>> | undefined;
  feeds?: { title: string; href: string }[];
  /** Extra JSON-LD objects (e.g. NewsArticle). */
  jsonLd?: object[];
  noindex?: boolean;
}

/** Serialises JSON-LD safely inside a <script> element (no "</script>" breakout). */
export function jsonLdText(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
}

/**
 * Metadata every public page carries: canonical URL, hreflang alternates, OpenGraph, Twitter
 * card, Dublin Core (TT 24/2011) and JSON-LD (GovernmentOrganization, BreadcrumbList, …).
 */
export function SeoHead(props: SeoProps) {
  const { ctx } = props;
  const absolute = (href: string) => (/^https?:\/\//.test(href) ? href : `${ctx.origin}${href}`);
  const canonical = absolute(props.canonicalPath);
  const siteName = localize(ctx.site.name, ctx.lang);
  const publisher = localize(ctx.site.unitName, ctx.lang);
  const htmlLang = languageInfo[ctx.lang].htmlLang;
  const organization = {
    '@type': 'GovernmentOrganization',
    '@id': `${ctx.origin}/#organization`,
    name: publisher,
    url: `${ctx.origin}${languageInfo[ctx.lang].home}`,
    logo: absolute(ctx.site.emblem || '/assets/emblem.svg'),
    ...(ctx.site.email ? { email: ctx.site.email } : {}),
    ...(ctx.site.phone ? { telephone: ctx.site.phone } : {}),
    address: localize(ctx.site.address, ctx.lang),
  };
  const graph: object[] = [organization];
  if (props.breadcrumb && props.breadcrumb.length > 0) {
    graph.push({
      '@type': 'BreadcrumbList',
      itemListElement: props.breadcrumb.map((crumb, index) => ({
        '@type': 'ListItem',
        position: index + 1,
        name: crumb.label,
        ...(crumb.href ? { item: absolute(crumb.href) } : { item: canonical }),
      })),
    });
  }
  graph.push(...(props.jsonLd ?? []));
  // The page's counterparts: given here, else those the page put in its context (only when
  // there is more than the page itself).
  const alternateMap = props.alternates ?? ctx.alternates ?? {};
  const entries = Object.entries(alternateMap) as [LanguageCode, string][];
  const alternates = entries.length > 1 ? entries : [];
  return (
    <>
      <link rel="canonical" href={canonical} />
      {alternates.map(([lang, href]) => (
        <link key={lang} rel="alternate" hrefLang={languageInfo[lang].htmlLang} href={absolute(href)} />
      ))}
      {alternateMap.vi && alternates.length > 1 ? (
        <link rel="alternate" hrefLang="x-default" href={absolute(alternateMap.vi)} />
      ) : null}
      {(props.feeds ?? []).map((feed) => (
        <link
          key={feed.href}
          rel="alternate"
          type="application/rss+xml"
          title={feed.title}
          href={absolute(feed.href)}
        />
      ))}
      {props.noindex ? <meta name="robots" content="noindex" /> : null}
      <meta property="og:site_name" content={siteName} />
      <meta property="og:type" content={props.type ?? 'website'} />
      <meta property="og:title" content={props.title} />
      <meta property="og:description" content={props.description} />
      <meta property="og:url" content={canonical} />
      <meta property="og:locale" content={languageInfo[ctx.lang].ogLocale} />
      {props.image ? <meta property="og:image" content={absolute(props.image)} /> : null}
      {props.image && props.imageAlt ? <meta property="og:image:alt" content={props.imageAlt} /> : null}
      {props.publishedAt ? <meta property="article:published_time" content={props.publishedAt} /> : null}
      {props.modifiedAt ? <meta property="article:modified_time" content={props.modifiedAt} /> : null}
      <meta name="twitter:card" content={props.image ? 'summary_large_image' : 'summary'} />
      <meta name="twitter:title" content={props.title} />
      <meta name="twitter:description" content={props.description} />
      {props.image ? <meta name="twitter:image" content={absolute(props.image)} /> : null}
      <link rel="schema.DC" href="http://purl.org/dc/elements/1.1/" />
      <meta name="DC.title" content={props.title} />
      <meta name="DC.creator" content={props.author || publisher} />
      <meta
        name="DC.date"
        content={(props.publishedAt ?? props.modifiedAt ?? ctx.now.toISOString()).slice(0, 10)}
      />
      <meta name="DC.description" content={props.description} />
      <meta name="DC.publisher" content={publisher} />
      <meta name="DC.identifier" content={canonical} />
      <meta name="DC.language" content={htmlLang} />
      {props.subject ? <meta name="DC.subject" content={props.subject} /> : null}
      <script
        type="application/ld+json"
        dangerouslySetInnerHTML={{
          __html: jsonLdText({ '@context': 'https://schema.org', '@graph': graph }),
        }}
      />
    </>
  );
}
