import type { LegalDocumentImportsTable } from '../../../db/schema.ts';
import type { AdminContext } from '../../../web/admin/admin-context.ts';
import { AdminLayout, CsrfField, Notice } from '../../../web/admin/admin-layout.tsx';
import type { Problem } from './rows.ts';
import { tr } from './texts.ts';

/** The import's admin pages: the upload form with the dry run's problems, and a job's progress. */

export const IMPORT_BASE = '/admin/legal-documents/import';

export function ImportPage(props: {
  ctx: AdminContext;
  problems?: Problem[];
  /** Rows that passed the dry run (shown when there were no problems). */
  checked?: number;
}) {
  const { ctx, problems = [] } = props;
  const lang = ctx.lang;
  return (
    <AdminLayout ctx={ctx} title={tr('title', lang)}>
      <h1>{tr('title', lang)}</h1>
      <p>
        <a href="/admin/legal-documents">{tr('back', lang)}</a>
      </p>
      <p>{tr('intro', lang)}</p>
      <p class="list-links">
        <a class="button" href={`${IMPORT_BASE}/template.xlsx`} download>
          {tr('templateXlsx', lang)}
        </a>{' '}
        <a class="button" href={`${IMPORT_BASE}/template.csv`} download>
          {tr('templateCsv', lang)}
        </a>
      </p>
      {problems.length > 0 ? <ProblemTable ctx={ctx} problems={problems} /> : null}
      {props.checked !== undefined && problems.length === 0 ? (
        <Notice kind="success">{tr('checked', lang, { n: props.checked })}</Notice>
      ) : null}
      <form method="post" action={IMPORT_BASE} encType="multipart/form-data" class="import-form">
        <CsrfField ctx={ctx} />
        <div class="field">
          <label for="import-list">{tr('listFile', lang)}</label>
          <input
            id="import-list"
            type="file"
            name="list"
            required
            accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
          />
        </div>
        <div class="field">
          <label for="import-zip">{tr('zipFile', lang)}</label>
          <p class="field-hint" id="import-zip-hint">
            {tr('zipHint', lang)}
          </p>
          <input
            id="import-zip"
            type="file"
            name="files"
            accept=".zip,application/zip"
            aria-describedby="import-zip-hint"
          />
        </div>
        <div class="form-actions">
          <button type="submit" class="button" name="action" value="check">
            {tr('check', lang)}
          </button>{' '}
          <button type="submit" class="button button-primary" name="action" value="run">
            {tr('run', lang)}
          </button>
        </div>
      </form>
    </AdminLayout>
  );
}

function ProblemTable({ ctx, problems }: { ctx: AdminContext; problems: Problem[] }) {
  const lang = ctx.lang;
  return (
    <section aria-labelledby="import-problems">
      <Notice kind="error">
        <span id="import-problems">{tr('problems', lang, { n: problems.length })}</span>
      </Notice>
      <div class="table-scroll">
        <table class="data-table import-problems">
          <thead>
            <tr>
              <th scope="col">{tr('row', lang)}</th>
              <th scope="col">{tr('column', lang)}</th>
              <th scope="col">{tr('problem', lang)}</th>
            </tr>
          </thead>
          <tbody>
            {problems.slice(0, 1000).map((problem, index) => (
              <tr key={index}>
                <td>{problem.line > 0 ? problem.line : tr('whole', lang)}</td>
                <td>{problem.column}</td>
                <td>{problem.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

type ImportRow = Pick<LegalDocumentImportsTable, 'status' | 'total' | 'error' | 'result' | 'file_name'> & {
  id: number;
};

export function ProgressPage(props: { ctx: AdminContext; row: ImportRow; done: number | undefined }) {
  const { ctx, row } = props;
  const lang = ctx.lang;
  const pending = row.status === 'queued' || row.status === 'running';
  const written = row.result ? (JSON.parse(row.result) as number[]).length : 0;
  return (
    <AdminLayout ctx={ctx} title={tr('title', lang)}>
      {pending ? <meta http-equiv="refresh" content="2" /> : null}
      <h1>{tr('title', lang)}</h1>
      <p>{row.file_name}</p>
      {pending ? (
        <>
          <p role="status">
            {row.status === 'queued'
              ? tr('queued', lang)
              : tr('running', lang, { done: props.done ?? 0, total: row.total })}
          </p>
          <progress max={row.total} value={props.done ?? 0} aria-label={tr('title', lang)} />
          <p>
            <a href={`${IMPORT_BASE}/${row.id}`}>{tr('reload', lang)}</a>
          </p>
        </>
      ) : row.status === 'done' ? (
        <Notice kind="success">{tr('done', lang, { n: written })}</Notice>
      ) : (
        <Notice kind="error">
          {tr('failed', lang, { reason: '' })}
          <pre class="import-error">{row.error ?? ''}</pre>
        </Notice>
      )}
      <p>
        <a href="/admin/legal-documents">{tr('back', lang)}</a> ·{' '}
        <a href={IMPORT_BASE}>{tr('again', lang)}</a>
      </p>
    </AdminLayout>
  );
}
