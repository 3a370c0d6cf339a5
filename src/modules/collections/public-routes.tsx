import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { LanguageCode } from '../../db/schema.ts';
import { languageInfo, languages } from '../../i18n/index.ts';
import { AppError } from '../../platform/errors.ts';
import { sendPage } from '../../platform/http-cache.ts';
import type { AppServices } from '../../platform/services.ts';
import { localize } from '../../platform/sites/site.ts';
import type { PageContext } from '../../web/context.ts';
import { Layout } from '../../web/layout.tsx';
import { pageContext } from '../../web/page-context.ts';
import { renderDocument } from '../../web/render.ts';
import { type FigureImage, parseRichText, RichText } from '../../web/rich-text.tsx';
import { SeoHead } from '../../web/seo.tsx';
import { homeUrl, reservedSlugs } from '../../web/urls.ts';
import { newest, renderRss } from '../feeds/rss.ts';
import type { CollectionDef, PublicEntry } from './definition.ts';
import { type Lookups, loadLookups, type Shown, shownFields, summaryOf } from './display.ts';
import { collectionsTag } from './effects.ts';
import { collectionFeedUrl, itemUrl, listUrl } from './paths.ts';
import { type CollectionItem, collectionRepository, publicData, publishedWithData } from './repository.ts';
import { siteDefinition } from './site-options.ts';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Items in a feed of a type that names its newest (hooks.feedIds). */
export const FEED_SIZE = 50;

/** The public list entries of a collection in a language. */
export async function publicEntries(
  services: Pick<AppServices, 'db'>,
  declared: CollectionDef,
  siteId: number,
  lang: LanguageCode,
  ids?: number[],
): Promise<{ entries: PublicEntry[]; lookups: Lookups; lastModified: string | undefined }> {
  // The site's own option names (a choice field with optionsFor) in the summaries.
  const def = await siteDefinition(services.db, siteId, declared);
  const rows = await publishedWithData(services.db, def, siteId, lang, ids);
  const lookups = await loadLookups(
    services.db,
    def,
    lang,
    rows.map((row) => row.data),
  );
  const imageField = def.fields.find((field) => field.kind === 'media');
  const entries = rows.map(({ item, data }) => {
    const media =
      imageField && typeof data[imageField.name] === 'number'
        ? lookups.media.get(data[imageField.name] as number)
        : undefined;
    return {
      originalId: item.sourceId ?? item.id,
      title: item.title,
      url: itemUrl(def, lang, item.slug),
      summary: summaryOf(def, data, lang, lookups),
      data,
      image: media ? { ...media.image, alt: media.alt || item.title } : undefined,
    };
  });
  return { entries, lookups, lastModified: newest(...rows.map((row) => row.item.updatedAt)) };
}

/** An item's image from the media library, with its responsive sources. */
function Photo(props: { image: FigureImage; alt: string; sizes: string; lazy?: boolean }) {
  return (
    <img
      src={props.image.src}
      srcSet={props.image.srcset || undefined}
      sizes={props.sizes}
      width={props.image.width}
      height={props.image.height}
      alt={props.alt}
      loading={props.lazy ? 'lazy' : undefined}
    />
  );
}

/** The default public list: a card per item with its photo and summary line. */
function DefaultList({ entries }: { entries: PublicEntry[] }) {
  return (
    <ul class="collection-list">
      {entries.map((entry) => (
        <li key={entry.url} class={entry.image ? 'card' : 'card card-no-image'}>
          {entry.image ? (
            <div class="card-media">
              <Photo image={entry.image} alt={entry.image.alt} sizes="(min-width: 40em) 12rem, 40vw" lazy />
            </div>
          ) : null}
          <div>
            <h2 class="card-title">
              <a href={entry.url}>{entry.title}</a>
            </h2>
            {entry.summary ? <p class="card-lead">{entry.summary}</p> : null}
          </div>
        </li>
      ))}
    </ul>
  );
}

/** A definition list of an item's public fields; rich text gets its own heading. */
function FieldList({ shown }: { shown: { name: string; shown: Shown }[] }) {
  const facts = shown.filter((entry) => entry.shown.kind === 'text' || entry.shown.kind === 'links');
  const texts = shown.filter((entry) => entry.shown.kind === 'richText');
  return (
    <>
      {facts.length > 0 ? (
        <dl class="collection-facts">
          {facts.map(({ name, shown: value }) =>
            value.kind === 'text' ? (
              <div key={name}>
                <dt>{value.label}</dt>
                <dd>{value.href ? <a href={value.href}>{value.text}</a> : value.text}</dd>
              </div>
            ) : value.kind === 'links' ? (
              <div key={name}>
                <dt>{value.label}</dt>
                <dd>
                  <ul>
                    {value.links.map((link) => (
                      <li key={link.text}>{link.href ? <a href={link.href}>{link.text}</a> : link.text}</li>
                    ))}
                  </ul>
                </dd>
              </div>
            ) : null,
          )}
        </dl>
      ) : null}
      {texts.map(({ name, shown: value }) =>
        value.kind === 'richText' ? (
          <section key={name} aria-labelledby={`field-${name}`}>
            <h2 id={`field-${name}`}>{value.label}</h2>
            <div class="prose">
              <RichText doc={parseRichText(value.json)} options={{ headingOffset: 1 }} />
            </div>
          </section>
        ) : null,
      )}
    </>
  );
}

async function counterpartsOf(
  services: Pick<AppServices, 'db'>,
  def: CollectionDef,
  item: CollectionItem,
): Promise<Partial<Record<LanguageCode, string>>> {
  const repo = collectionRepository(services.db);
  const originalId = item.sourceId ?? item.id;
  const original = item.sourceId ? (await repo.byIds([originalId]))[0] : item;
  const versions = [...(original ? [original] : []), ...(await repo.translations(originalId))];
  const counterparts: Partial<Record<LanguageCode, string>> = {};
  for (const version of versions)
    if (version.status === 'published') counterparts[version.lang] = itemUrl(def, version.lang, version.slug);
  return counterparts;
}

function listAlternates(def: CollectionDef): Partial<Record<LanguageCode, string>> {
  return Object.fromEntries(languages.map((lang) => [lang, listUrl(def, lang)]));
}

/**
 * The public pages of one collection in every language: its list (a module may draw its own
 * body), the page of each item and an RSS feed, through the page cache.
 */
export async function collectionPublicRoutes(
  app: FastifyInstance,
  services: AppServices,
  def: CollectionDef,
): Promise<void> {
  for (const lang of languages) reservedSlugs.add(def.path[lang]);

  function breadcrumbOf(ctx: PageContext, lang: LanguageCode, extra?: { label: string }) {
    return [
      { label: ctx.t.shell.home, href: homeUrl(lang) },
      { label: def.name[lang], href: listUrl(def, lang) },
      ...(extra ? [extra] : []),
    ];
  }

  async function sendList(lang: LanguageCode, request: FastifyRequest, reply: FastifyReply) {
    const ctx = await pageContext(request, reply, services);
    const own = def.hooks?.publicList
      ? await def.hooks.publicList({
          db: services.db,
          ctx,
          lang,
          query: request.query as Record<string, unknown>,
        })
      : undefined;
    const { entries, lastModified } = own
      ? { entries: [], lastModified: own.lastModified }
      : await publicEntries(services, def, ctx.site.id, lang);
    const title = def.name[lang];
    const breadcrumb = breadcrumbOf(ctx, lang)
      .slice(0, 1)
      .concat({ label: title, href: listUrl(def, lang) });
    ctx.alternates = listAlternates(def);
    const html = renderDocument(
      <Layout
        ctx={ctx}
        title={title}
        description={def.intro[lang]}
        breadcrumb={breadcrumb}
        head={
          <SeoHead
            ctx={ctx}
            title={title}
            description={def.intro[lang]}
            canonicalPath={listUrl(def, lang)}
            breadcrumb={breadcrumb}
            feeds={[{ title, href: collectionFeedUrl(def, lang) }]}
          />
        }
      >
        <article class="collection-page">
          <h1>{title}</h1>
          <p class="lead">{def.intro[lang]}</p>
          {own ? (
            own.body
          ) : entries.length === 0 ? (
            <p>{ctx.t.adminCollections.noItems}</p>
          ) : def.listBody ? (
            def.listBody({ lang, entries })
          ) : (
            <DefaultList entries={entries} />
          )}
        </article>
      </Layout>,
    );
    return sendPage(request, reply, services.pageCache, html, {
      tags: [`site:${ctx.site.id}`, `menu:${ctx.site.id}`, collectionsTag(ctx.site.id)],
      lastModified,
    });
  }

  async function sendItem(lang: LanguageCode, slug: string, request: FastifyRequest, reply: FastifyReply) {
    if (!SLUG.test(slug)) throw new AppError('NOT_FOUND');
    const ctx = await pageContext(request, reply, services);
    const repo = collectionRepository(services.db);
    const item = await repo.publishedBySlug(ctx.site.id, def.type, lang, slug);
    if (!item) throw new AppError('NOT_FOUND');
    const source = item.sourceId ? (await repo.byIds([item.sourceId]))[0] : undefined;
    const data = publicData(def, item, source);
    const siteDef = await siteDefinition(services.db, ctx.site.id, def);
    const lookups = await loadLookups(services.db, siteDef, lang, [data]);
    const shown = shownFields(siteDef, data, lang, lookups, item.title);
    const photo = shown.find((entry) => entry.shown.kind === 'image')?.shown;
    const summary = summaryOf(siteDef, data, lang, lookups);
    const path = itemUrl(def, lang, item.slug);
    const breadcrumb = breadcrumbOf(ctx, lang, { label: item.title });
    ctx.alternates = await counterpartsOf(services, def, item);
    const parts = def.hooks?.publicItem
      ? await def.hooks.publicItem({ db: services.db, ctx, lang, item, data })
      : {};
    const html = renderDocument(
      <Layout
        ctx={ctx}
        title={item.title}
        description={summary || item.title}
        breadcrumb={breadcrumb}
        head={
          <>
            <SeoHead
              ctx={ctx}
              title={item.title}
              description={summary || item.title}
              canonicalPath={path}
              breadcrumb={breadcrumb}
              modifiedAt={item.updatedAt}
              {...(parts.jsonLd ? { jsonLd: parts.jsonLd } : {})}
              {...(photo?.kind === 'image' ? { image: photo.image.src, imageAlt: photo.alt } : {})}
            />
            {parts.head}
          </>
        }
      >
        <article class="collection-item">
          <h1>{item.title}</h1>
          {summary ? <p class="lead">{summary}</p> : null}
          {photo?.kind === 'image' ? (
            <figure class="collection-photo">
              <Photo image={photo.image} alt={photo.alt} sizes="(min-width: 40em) 16rem, 60vw" />
            </figure>
          ) : null}
          {parts.body ?? <FieldList shown={shown} />}
          <p>
            <a href={listUrl(def, lang)}>{def.name[lang]}</a>
          </p>
        </article>
      </Layout>,
    );
    return sendPage(request, reply, services.pageCache, html, {
      tags: [`site:${ctx.site.id}`, `menu:${ctx.site.id}`, collectionsTag(ctx.site.id)],
      lastModified: item.updatedAt,
    });
  }

  async function sendFeed(lang: LanguageCode, request: FastifyRequest, reply: FastifyReply) {
    const ctx = await pageContext(request, reply, services);
    // A type with many items names its newest; the kit's default feeds every published item.
    const ids = await def.hooks?.feedIds?.({ db: services.db, siteId: ctx.site.id, lang, limit: FEED_SIZE });
    const { entries, lastModified } = await publicEntries(services, def, ctx.site.id, lang, ids);
    const siteName = localize(ctx.site.name, lang);
    const body = renderRss(
      {
        title: `${siteName} — ${def.name[lang]}`,
        link: ctx.origin + listUrl(def, lang),
        description: def.intro[lang],
        language: languageInfo[lang].htmlLang,
        lastBuildDate: lastModified,
        selfUrl: ctx.origin + collectionFeedUrl(def, lang),
        imageUrl: undefined,
      },
      entries.map((entry) => ({
        title: entry.title,
        link: ctx.origin + entry.url,
        description: entry.summary,
        pubDate: lastModified ?? ctx.now.toISOString(),
        category: def.name[lang],
      })),
    );
    return sendPage(request, reply, services.pageCache, body, {
      tags: [`site:${ctx.site.id}`, `menu:${ctx.site.id}`, collectionsTag(ctx.site.id)],
      contentType: 'application/rss+xml; charset=utf-8',
      lastModified,
    });
  }

  for (const lang of languages) {
    const base = listUrl(def, lang);
    app.get(base, async (request, reply) => sendList(lang, request, reply));
    app.get(`${base}/rss.xml`, async (request, reply) => sendFeed(lang, request, reply));
    app.get(`${base}/:slug`, async (request, reply) =>
      sendItem(lang, (request.params as { slug: string }).slug, request, reply),
    );
  }
}
