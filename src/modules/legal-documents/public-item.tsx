import type { Kysely } from 'kysely';
import type { DB, LanguageCode } from '../../db/schema.ts';
import { formatShortDate } from '../../i18n/dates.ts';
import { assetUrl } from '../../web/assets.ts';
import type { PageContext } from '../../web/context.ts';
import { figureMediaIds, parseRichText, plainText, RichText } from '../../web/rich-text.tsx';
import { localPath } from '../../web/urls.ts';
import type { ItemData } from '../collections/definition.ts';
import type { CollectionItem } from '../collections/repository.ts';
import type { PublicItemParts } from '../collections/type-hooks.ts';
import { levelNames, partialName, relationNames, validityNames, word } from './messages.ts';
import { nameIn, siteVocabulary } from './site-vocabulary.ts';
import { RELATION_KINDS, type RelationKind, type Validity } from './vocabulary.ts';

/**
 * A document's public page (the kit's publicItem hook): attributes, summary, full text, files
 * with a download that keeps the Vietnamese name and the browser's own PDF viewer, relations
 * both ways, validity and when it changes; Dublin Core and JSON-LD `Legislation`.
 */

const PATHS = { vi: 'van-ban', en: 'legal-documents', zh: 'legal-documents' } as const;
const day = (date: string, lang: LanguageCode) => formatShortDate(new Date(`${date}T00:00:00+07:00`), lang);
const str = (value: unknown): string => (typeof value === 'string' ? value : '');

/** The download address of a document's file (the file name travels in Content-Disposition). */
export function fileUrl(lang: LanguageCode, slug: string, mediaId: number): string {
  return localPath(lang, PATHS[lang], slug, 'tep', String(mediaId));
}

function sizeText(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

export interface Related {
  /** The other document (its original's id). */
  id: number;
  kind: RelationKind;
  direction: 'outgoing' | 'incoming';
  partial: boolean;
  note: string;
  number: string;
  title: string;
  url: string | undefined;
  /** Whether the other document is published (its original). */
  published: boolean;
}

/** The documents related to one, both ways, each with its page in the language when published. */
export async function relatedOf(db: Kysely<DB>, id: number, lang: LanguageCode): Promise<Related[]> {
  return (await relatedOfMany(db, [id], lang)).get(id) ?? [];
}

/** `relatedOf` for several documents in a few queries (the API's list), by document id. */
export async function relatedOfMany(
  db: Kysely<DB>,
  ids: number[],
  lang: LanguageCode,
): Promise<Map<number, Related[]>> {
  const result = new Map<number, Related[]>(ids.map((id) => [id, []]));
  if (ids.length === 0) return result;
  const select = (direction: 'outgoing' | 'incoming') =>
    db
      .selectFrom('legal_document_relations as r')
      .innerJoin(
        'legal_documents as d',
        'd.item_id',
        direction === 'outgoing' ? 'r.target_id' : 'r.source_id',
      )
      .innerJoin('collection_items as i', 'i.id', 'd.item_id')
      .select([
        'r.kind',
        'r.partial',
        'r.note',
        'r.position',
        'r.source_id',
        'r.target_id',
        'd.item_id',
        'd.number_text',
        'd.published',
        'i.title',
        'i.slug',
      ])
      .where(direction === 'outgoing' ? 'r.source_id' : 'r.target_id', 'in', ids)
      .execute();
  const [outgoing, incoming] = await Promise.all([select('outgoing'), select('incoming')]);
  const others = [...new Set([...outgoing, ...incoming].map((row) => row.item_id))];
  const versions =
    lang === 'vi' || others.length === 0
      ? []
      : await db
          .selectFrom('collection_items')
          .select(['source_id', 'title', 'slug'])
          .where('source_id', 'in', others)
          .where('lang', '=', lang)
          .where('status', '=', 'published')
          .execute();
  const rows = [
    ...outgoing.map((row) => ({ row, of: row.source_id, direction: 'outgoing' as const })),
    ...incoming.map((row) => ({ row, of: row.target_id, direction: 'incoming' as const })),
  ].sort((a, b) => a.row.position - b.row.position);
  for (const { row, of, direction } of rows) {
    const version =
      lang === 'vi'
        ? row.published === 1
          ? row
          : undefined
        : versions.find((v) => v.source_id === row.item_id);
    result.get(of)?.push({
      id: row.item_id,
      kind: row.kind,
      direction,
      partial: row.partial === 1,
      note: row.note,
      number: row.number_text,
      title: version?.title ?? row.title,
      url: version ? localPath(lang, PATHS[lang], version.slug) : undefined,
      published: row.published === 1,
    });
  }
  return result;
}

export async function publicDocumentParts(input: {
  db: Kysely<DB>;
  ctx: PageContext;
  lang: LanguageCode;
  item: CollectionItem;
  data: ItemData;
}): Promise<PublicItemParts> {
  const { db, ctx, lang, item, data } = input;
  const originalId = item.sourceId ?? item.id;
  const side = await db
    .selectFrom('legal_documents')
    .selectAll()
    .where('item_id', '=', originalId)
    .executeTakeFirst();
  if (!side) return {};
  const fileIds = Array.isArray(data.files)
    ? data.files.filter((id): id is number => typeof id === 'number')
    : [];
  const media =
    fileIds.length === 0
      ? []
      : await db
          .selectFrom('media')
          .select(['id', 'original_name', 'mime', 'bytes', 'storage_key'])
          .where('id', 'in', fileIds)
          .execute();
  const files = fileIds.flatMap((id) => media.filter((row) => row.id === id));
  // A draft (a repeal being prepared, say) is not public: not even its number and title.
  const related = (await relatedOf(db, originalId, lang)).filter((entry) => entry.published);
  // The site's own names (a retired type still names the documents that have it).
  const vocabulary = await siteVocabulary(db, side.site_id);
  const typeName = nameIn(vocabulary.type, side.type_code, lang);
  const fieldNames = (Array.isArray(data.fields) ? data.fields.map(String) : [])
    .map((code) => nameIn(vocabulary.field, code, lang))
    .join(', ');
  const validity = side.validity as Validity;
  const pdf = files.find((file) => file.mime === 'application/pdf');
  // The admin's editor sends an empty paragraph when nothing was typed: no "Toàn văn" heading then.
  const fullText = str(data.full_text) ? parseRichText(str(data.full_text)) : undefined;
  const hasFullText =
    fullText !== undefined && (plainText(fullText) !== '' || figureMediaIds(fullText).length > 0);
  const facts: [string, string][] = [
    [word('number', lang), side.number_text],
    [word('type', lang), typeName],
    [word('issuer', lang), side.issuer],
    [word('level', lang), levelNames[side.level as keyof typeof levelNames]?.[lang] ?? side.level],
    [word('signer', lang), [side.signer, str(data.signer_title)].filter(Boolean).join(' — ')],
    [word('issuedOn', lang), day(side.issued_on, lang)],
    [word('effectiveOn', lang), side.effective_on ? day(side.effective_on, lang) : ''],
    [word('expiresOn', lang), side.expires_on ? day(side.expires_on, lang) : ''],
    [word('field', lang), fieldNames],
  ];
  const groups = RELATION_KINDS.flatMap((kind) =>
    (['outgoing', 'incoming'] as const).flatMap((direction) => {
      const list = related.filter((entry) => entry.kind === kind && entry.direction === direction);
      return list.length > 0 ? [{ kind, direction, list }] : [];
    }),
  );
  const body = (
    <>
      <link rel="stylesheet" href={assetUrl('legal.css')} />
      {/* The script shows the button; without it, the browser's own Print prints the same view. */}
      <p class="legal-tools no-print">
        <button type="button" class="legal-print" data-print hidden>
          {word('print', lang)}
        </button>
      </p>
      <script type="module" src={assetUrl('legal-print.js')} />
      <table class="legal-facts">
        <tbody>
          {facts
            .filter(([, value]) => value)
            .map(([label, value]) => (
              <tr key={label}>
                <th scope="row">{label}</th>
                <td>{value}</td>
              </tr>
            ))}
          <tr>
            <th scope="row">{word('validity', lang)}</th>
            <td class={`validity validity-${validity.replace('_', '-')}`}>
              {validityNames[validity][lang]}
              {side.validity_changes_on && side.validity_next ? (
                <>
                  {' '}
                  (
                  {word('changesOn', lang, {
                    date: day(side.validity_changes_on, lang),
                    validity: validityNames[side.validity_next as Validity][lang],
                  })}
                  )
                </>
              ) : null}
              {side.validity_override && side.override_reason ? (
                <p class="field-hint">{word('override', lang, { reason: side.override_reason })}</p>
              ) : null}
            </td>
          </tr>
        </tbody>
      </table>
      {files.length > 0 ? (
        <section aria-labelledby="legal-files">
          <h2 id="legal-files">{word('files', lang)}</h2>
          <ul class="legal-files">
            {files.map((file) => (
              <li key={file.id}>
                <a href={fileUrl(lang, item.slug, file.id)} download>
                  {file.original_name}
                </a>{' '}
                (
                {file.mime === 'application/pdf' ? 'PDF' : file.original_name.split('.').pop()?.toUpperCase()}
                , {sizeText(file.bytes)}){/* On paper a link is its address. */}
                <span class="print-only"> {`${ctx.origin}${fileUrl(lang, item.slug, file.id)}`}</span>
              </li>
            ))}
          </ul>
          {pdf ? (
            <iframe
              class="pdf-viewer"
              src={`${fileUrl(lang, item.slug, pdf.id)}?xem=1`}
              title={word('viewer', lang, { name: pdf.original_name })}
              loading="lazy"
              height="800"
            />
          ) : null}
        </section>
      ) : null}
      {fullText && hasFullText ? (
        <section aria-labelledby="legal-full-text">
          <h2 id="legal-full-text">{word('fullText', lang)}</h2>
          <div class="prose">
            <RichText doc={fullText} options={{ headingOffset: 1 }} />
          </div>
        </section>
      ) : null}
      {groups.length > 0 ? (
        <section aria-labelledby="legal-related" class="legal-related">
          <h2 id="legal-related">{relatedTitle[lang]}</h2>
          {groups.map((group) => (
            <div key={`${group.kind}-${group.direction}`}>
              <h3>{relationNames[group.kind][group.direction][lang]}</h3>
              <ul>
                {group.list.map((entry) => (
                  <li key={entry.number}>
                    {entry.url ? <a href={entry.url}>{entry.number}</a> : entry.number} — {entry.title}
                    {entry.partial ? ` (${partialName[lang]})` : ''}
                    {entry.note ? ` — ${entry.note}` : ''}
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </section>
      ) : null}
    </>
  );
  const url = `${ctx.origin}${localPath(lang, PATHS[lang], item.slug)}`;
  const jsonLd = [
    {
      '@type': 'Legislation',
      '@id': `${url}#legislation`,
      name: item.title,
      legislationIdentifier: side.number_text,
      legislationType: typeName,
      legislationDate: side.issued_on,
      ...(side.effective_on ? { legislationDateVersion: side.effective_on } : {}),
      legislationPassedBy: { '@type': 'GovernmentOrganization', name: side.issuer },
      legislationLegalForce:
        validity === 'expired'
          ? 'NotInForce'
          : validity === 'partly_expired'
            ? 'PartiallyInForce'
            : 'InForce',
      inLanguage: lang,
      url,
      ...(fieldNames ? { keywords: fieldNames } : {}),
    },
  ];
  const head = (
    <>
      <link rel="schema.DC" href="http://purl.org/dc/elements/1.1/" />
      <meta name="DC.title" content={item.title} />
      <meta name="DC.identifier" content={side.number_text} />
      <meta name="DC.creator" content={side.issuer} />
      <meta name="DC.date" content={side.issued_on} />
      <meta name="DC.type" content={typeName} />
      <meta name="DC.language" content={lang} />
      {fieldNames ? <meta name="DC.subject" content={fieldNames} /> : null}
    </>
  );
  return { body, jsonLd, head };
}

const relatedTitle = { vi: 'Văn bản liên quan', en: 'Related documents', zh: '相关文件' } as const;
