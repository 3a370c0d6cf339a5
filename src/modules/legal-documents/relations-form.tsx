import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { AdminContext } from '../../web/admin/admin-context.ts';
import { Notice } from '../../web/admin/admin-layout.tsx';
import type { FieldErrors, FormReader } from '../../web/admin/form-kit.tsx';
import { assetUrl } from '../../web/assets.ts';
import type { CollectionItem } from '../collections/repository.ts';
import type { ExtraValues } from '../collections/type-hooks.ts';
import { relationNames, say } from './messages.ts';
import { RELATION_KINDS, type RelationKind } from './vocabulary.ts';

/**
 * The relations part of a document's form: rows of kind, the other document's number (typed,
 * with suggestions from /admin/legal-documents/lookup), "in part" and the articles concerned.
 * Works without JavaScript: the number is resolved on save. With it, assets/legal-lookup.js
 * suggests numbers (filling the hidden rel.id of the document picked), issuers and signers.
 */

/** The suggestions' address (routes.ts); the script (assets/legal-lookup.js) reads it from the fieldset. */
export const LOOKUP_URL = '/admin/legal-documents/lookup';

/** How many relation rows a form carries at most. */
export const MAX_RELATIONS = 30;
const BLANK_ROWS = 3;

export interface RelationRow {
  index: number;
  kind: string;
  target: string;
  /** The other document's id (the API may name it so instead of by number). */
  targetId: number | null;
  partial: boolean;
  note: string;
}

/** The filled rows of a form's relations. */
export function relationRows(extra: ExtraValues): RelationRow[] {
  const rows: RelationRow[] = [];
  for (let index = 0; index < MAX_RELATIONS; index++) {
    const kind = extra[`rel.kind.${index}`] ?? '';
    const target = (extra[`rel.target.${index}`] ?? '').trim();
    const id = extra[`rel.id.${index}`] ?? '';
    if (kind === '' && target === '' && id === '') continue;
    rows.push({
      index,
      kind,
      target,
      targetId: /^\d{1,9}$/.test(id) ? Number(id) : null,
      partial: extra[`rel.partial.${index}`] === '1',
      note: (extra[`rel.note.${index}`] ?? '').trim(),
    });
  }
  return rows;
}

export function readRelationsForm(form: FormReader): ExtraValues {
  const extra: ExtraValues = { 'rel.present': '1' };
  for (let index = 0; index < MAX_RELATIONS; index++) {
    for (const part of ['kind', 'target', 'note'])
      extra[`rel.${part}.${index}`] = form.text(`rel.${part}.${index}`, part === 'note' ? 300 : 100);
    // The document a suggestion picked (the script fills it); checked against the number on save.
    const id = form.text(`rel.id.${index}`, 9);
    const typed = extra[`rel.target.${index}`] !== '';
    extra[`rel.id.${index}`] = typed && /^\d{1,9}$/.test(id) ? id : '';
    extra[`rel.partial.${index}`] = form.checked(`rel.partial.${index}`) ? '1' : '';
  }
  return extra;
}

export async function loadRelationsForm(db: Kysely<DB>, item: CollectionItem): Promise<ExtraValues> {
  const rows = await db
    .selectFrom('legal_document_relations as r')
    .innerJoin('legal_documents as d', 'd.item_id', 'r.target_id')
    .select(['r.kind', 'r.partial', 'r.note', 'd.number_text', 'd.item_id'])
    .where('r.source_id', '=', item.id)
    .orderBy('r.position')
    .execute();
  const extra: ExtraValues = {};
  rows.forEach((row, index) => {
    extra[`rel.kind.${index}`] = row.kind;
    extra[`rel.target.${index}`] = row.number_text;
    // Kept with the number: two issuers may share a number, and the stored relation is this one.
    extra[`rel.id.${index}`] = String(row.item_id);
    extra[`rel.partial.${index}`] = row.partial === 1 ? '1' : '';
    extra[`rel.note.${index}`] = row.note;
  });
  return extra;
}

export function RelationsFieldset(props: {
  ctx: AdminContext;
  extra: ExtraValues;
  errors: FieldErrors;
  item: CollectionItem | undefined;
}) {
  const { ctx, extra, errors } = props;
  const lang = ctx.lang;
  const filled = relationRows(extra);
  const count = Math.min(MAX_RELATIONS, (filled.at(-1)?.index ?? -1) + 1 + BLANK_ROWS);
  const duplicate = errors._duplicate;
  return (
    <>
      {duplicate ? (
        <Notice kind="error">
          <a href={duplicate}>{say('duplicateLink', lang)}</a>
        </Notice>
      ) : null}
      <fieldset class="field-group legal-relations" data-lookup={LOOKUP_URL}>
        <legend>{say('relationsTitle', lang)}</legend>
        <p class="field-hint">{say('relationsHint', lang)}</p>
        {Array.from({ length: count }, (_, index) => {
          const target = `rel.target.${index}`;
          const error = errors[target] ?? errors[`rel.kind.${index}`];
          return (
            <div class="relation-row" key={index}>
              <label>
                {say('relationKind', lang)}{' '}
                <select name={`rel.kind.${index}`}>
                  <option value="">—</option>
                  {RELATION_KINDS.map((kind: RelationKind) => (
                    <option key={kind} value={kind} selected={extra[`rel.kind.${index}`] === kind}>
                      {relationNames[kind].outgoing[lang]}
                    </option>
                  ))}
                </select>
              </label>{' '}
              <label>
                {say('relationTarget', lang)}{' '}
                <input
                  name={target}
                  id={`f-rel-target-${index}`}
                  value={extra[target] ?? ''}
                  maxLength={100}
                  autoComplete="off"
                  data-lookup-field="number"
                  data-lookup-id={`f-rel-id-${index}`}
                  aria-invalid={error ? 'true' : undefined}
                  aria-describedby={error ? `f-rel-target-${index}-error` : undefined}
                />
              </label>
              <input
                type="hidden"
                name={`rel.id.${index}`}
                id={`f-rel-id-${index}`}
                value={extra[`rel.id.${index}`] ?? ''}
              />{' '}
              <label class="checkbox">
                <input
                  type="checkbox"
                  name={`rel.partial.${index}`}
                  value="1"
                  checked={extra[`rel.partial.${index}`] === '1'}
                />{' '}
                {say('relationPartial', lang)}
              </label>{' '}
              <label>
                {say('relationNote', lang)}{' '}
                <input name={`rel.note.${index}`} value={extra[`rel.note.${index}`] ?? ''} maxLength={300} />
              </label>
              {error ? (
                <p class="field-error" id={`f-rel-target-${index}-error`}>
                  {error}
                </p>
              ) : null}
            </div>
          );
        })}
      </fieldset>
      <script type="module" src={assetUrl('legal-lookup.js')} />
    </>
  );
}
