import { Fragment } from 'preact';
import type { AdminContext } from '../../web/admin/admin-context.ts';
import type { DiffPart } from './diff.ts';
import type { SnapshotComparison } from './revisions.ts';

/** One field's word diff: added words in <ins>, removed words in <del>. */
export function DiffText({ ctx, parts }: { ctx: AdminContext; parts: DiffPart[] }) {
  const t = ctx.t.articlesAdmin.compare;
  return (
    <p class="diff-text">
      {parts.map((part, index) => {
        const spacer = index > 0 && !part.text.startsWith('\n') ? ' ' : '';
        // The kind of change is spoken too, not only shown by underline and strike-through.
        return (
          <Fragment key={index}>
            {spacer}
            {part.op === 'insert' ? (
              <>
                <span class="visually-hidden">{`[${t.inserted}${ctx.t.colon}`}</span>
                <ins>{part.text}</ins>
                <span class="visually-hidden">]</span>
              </>
            ) : part.op === 'delete' ? (
              <>
                <span class="visually-hidden">{`[${t.deleted}${ctx.t.colon}`}</span>
                <del>{part.text}</del>
                <span class="visually-hidden">]</span>
              </>
            ) : (
              part.text
            )}
          </Fragment>
        );
      })}
    </p>
  );
}

/** The comparison of two versions: title, lead and body word by word, then other changed fields. */
export function ComparisonView({
  ctx,
  comparison,
  headingLevel = 2,
}: {
  ctx: AdminContext;
  comparison: SnapshotComparison;
  headingLevel?: 2 | 3;
}) {
  const t = ctx.t.articlesAdmin.compare;
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  if (!comparison.changed) return <p>{t.noChanges}</p>;
  return (
    <div class="comparison">
      <p class="field-hint">{t.legend}</p>
      <Heading>{t.fieldTitle}</Heading>
      <DiffText ctx={ctx} parts={comparison.title} />
      <Heading>{t.fieldLead}</Heading>
      <DiffText ctx={ctx} parts={comparison.lead} />
      <Heading>{t.fieldBody}</Heading>
      <DiffText ctx={ctx} parts={comparison.body} />
      {comparison.otherChanges.length > 0 ? (
        <>
          <Heading>{t.otherChanges}</Heading>
          <ul>
            {comparison.otherChanges.map((key) => (
              <li key={key}>{t.fieldNames[key]}</li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
