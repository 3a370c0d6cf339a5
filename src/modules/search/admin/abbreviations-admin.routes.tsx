import type { FastifyInstance } from 'fastify';
import { formatDateTime } from '../../../i18n/dates.ts';
import { AppError } from '../../../platform/errors.ts';
import type { AppServices } from '../../../platform/services.ts';
import { type AdminContext, adminContext } from '../../../web/admin/admin-context.ts';
import { AdminLayout, CsrfField, PostButton } from '../../../web/admin/admin-layout.tsx';
import {
  auditActor,
  DeletePanel,
  DoneNotice,
  type FieldErrors,
  FormErrors,
  readForm,
  SubmitRow,
  sendHtml,
  TextField,
} from '../../../web/admin/form-kit.tsx';
import { idParam, siteIdOf } from '../../../web/admin/request.ts';
import { ScrollRegion } from '../../../web/admin/scroll-region.tsx';
import { ColumnHeads } from '../../../web/column-heads.tsx';
import { BUILT_IN_ABBREVIATIONS } from '../forgiving.ts';
import {
  type AbbreviationEntry,
  type AbbreviationValues,
  createAbbreviation,
  deleteAbbreviation,
  EXPANSION_MAX,
  findAbbreviation,
  listAbbreviations,
  SHORT_MAX,
  updateAbbreviation,
} from './abbreviations-admin.service.ts';

const BASE = '/admin/search-abbreviations';
const access = { config: { access: { roles: ['admin' as const] } } };
const EMPTY: AbbreviationValues = { short_form: '', expansion: '' };

function EntryFields(props: { ctx: AdminContext; values: AbbreviationValues; errors: FieldErrors }) {
  const a = props.ctx.t.adminAbbreviations;
  return (
    <>
      <TextField
        name="short_form"
        label={a.shortForm}
        hint={a.shortFormHint}
        value={props.values.short_form}
        error={props.errors.short_form}
        required
        maxLength={SHORT_MAX}
        autoComplete="off"
      />
      <TextField
        name="expansion"
        label={a.expansion}
        hint={a.expansionHint}
        value={props.values.expansion}
        error={props.errors.expansion}
        required
        maxLength={EXPANSION_MAX}
        autoComplete="off"
        lang="vi"
      />
    </>
  );
}

function OwnList({ ctx, entries }: { ctx: AdminContext; entries: AbbreviationEntry[] }) {
  const a = ctx.t.adminAbbreviations;
  if (entries.length === 0) return <p>{a.ownNone}</p>;
  return (
    <ScrollRegion label={a.ownTitle}>
      <table class="data-table">
        <ColumnHeads labels={[a.colShortForm, a.colExpansion, a.colUpdated, a.colActions]} />
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.id}>
              <td lang="vi">{entry.shortForm}</td>
              <td lang="vi">{entry.expansion}</td>
              <td>{formatDateTime(new Date(entry.updatedAt), ctx.lang)}</td>
              <td class="row-actions">
                <a class="button" href={`${BASE}/${entry.id}`} aria-label={a.editLabel(entry.shortForm)}>
                  {ctx.t.adminForms.edit}
                </a>{' '}
                <PostButton
                  ctx={ctx}
                  action={`${BASE}/${entry.id}/delete`}
                  label={ctx.t.adminForms.delete}
                  class="button button-danger"
                  ariaLabel={a.deleteLabel(entry.shortForm)}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

function ListPage(props: {
  ctx: AdminContext;
  entries: AbbreviationEntry[];
  values: AbbreviationValues;
  errors: FieldErrors;
  done?: unknown;
}) {
  const { ctx } = props;
  const a = ctx.t.adminAbbreviations;
  return (
    <AdminLayout ctx={ctx} title={a.title}>
      <h1>{a.title}</h1>
      <DoneNotice ctx={ctx} done={props.done} />
      <FormErrors ctx={ctx} errors={props.errors} />
      <p>{a.intro}</p>
      <p>{a.reindexNote}</p>
      <section class="panel" aria-labelledby="add-title">
        <h2 id="add-title">{a.addTitle}</h2>
        <form method="post" action={BASE} class="stack" noValidate>
          <CsrfField ctx={ctx} />
          <EntryFields ctx={ctx} values={props.values} errors={props.errors} />
          <SubmitRow label={a.add} />
        </form>
      </section>
      <section aria-labelledby="own-title">
        <h2 id="own-title">{a.ownTitle}</h2>
        <OwnList ctx={ctx} entries={props.entries} />
      </section>
      <section aria-labelledby="built-in-title">
        <h2 id="built-in-title">{a.builtInTitle}</h2>
        <p>{a.builtInIntro}</p>
        <ScrollRegion label={a.builtInTitle}>
          <table class="data-table">
            <ColumnHeads labels={[a.colShortForm, a.colExpansion]} />
            <tbody>
              {BUILT_IN_ABBREVIATIONS.map(([short, long]) => (
                <tr key={`${short} ${long}`}>
                  <td lang="vi">{short}</td>
                  <td lang="vi">{long}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      </section>
    </AdminLayout>
  );
}

function EditPage(props: {
  ctx: AdminContext;
  entry: AbbreviationEntry;
  values: AbbreviationValues;
  errors: FieldErrors;
}) {
  const { ctx, entry } = props;
  const a = ctx.t.adminAbbreviations;
  const title = a.editTitle(entry.shortForm);
  return (
    <AdminLayout ctx={ctx} title={title}>
      <p>
        <a href={BASE}>{ctx.t.adminForms.back}</a>
      </p>
      <h1>{title}</h1>
      <FormErrors ctx={ctx} errors={props.errors} />
      <form method="post" action={`${BASE}/${entry.id}`} class="stack" noValidate>
        <CsrfField ctx={ctx} />
        <EntryFields ctx={ctx} values={props.values} errors={props.errors} />
        <SubmitRow label={ctx.t.admin.save} />
      </form>
      <DeletePanel
        ctx={ctx}
        action={`${BASE}/${entry.id}/delete`}
        title={a.deleteTitle}
        hint={a.deleteHint}
      />
    </AdminLayout>
  );
}

/**
 * /admin/search-abbreviations: the site's own abbreviations for the search (administrators), with
 * the built-in ones shown read-only. Every change reindexes the site after it commits.
 */
export async function abbreviationsAdminRoutes(app: FastifyInstance, services: AppServices): Promise<void> {
  const entryOf = async (siteId: number, id: number) => {
    const entry = await findAbbreviation(services, siteId, id);
    if (!entry) throw new AppError('NOT_FOUND');
    return entry;
  };

  app.get(BASE, access, async (request, reply) => {
    const ctx = adminContext(request, reply, services);
    const entries = await listAbbreviations(services, ctx.site.id);
    const done = (request.query as Record<string, unknown>).done;
    return sendHtml(reply, <ListPage ctx={ctx} entries={entries} values={EMPTY} errors={{}} done={done} />);
  });

  app.post(BASE, access, async (request, reply) => {
    const ctx = adminContext(request, reply, services);
    const siteId = siteIdOf(request);
    const result = await createAbbreviation(services, {
      siteId,
      form: readForm(request.body),
      t: ctx.t,
      actor: auditActor(request),
    });
    if (result.ok) return reply.redirect(`${BASE}?done=created`, 303);
    const entries = await listAbbreviations(services, siteId);
    return sendHtml(
      reply,
      <ListPage ctx={ctx} entries={entries} values={result.values} errors={result.errors} />,
      400,
    );
  });

  app.get(`${BASE}/:id`, access, async (request, reply) => {
    const ctx = adminContext(request, reply, services);
    const entry = await entryOf(siteIdOf(request), idParam(request));
    const values = { short_form: entry.shortForm, expansion: entry.expansion };
    return sendHtml(reply, <EditPage ctx={ctx} entry={entry} values={values} errors={{}} />);
  });

  app.post(`${BASE}/:id`, access, async (request, reply) => {
    const ctx = adminContext(request, reply, services);
    const siteId = siteIdOf(request);
    const entry = await entryOf(siteId, idParam(request));
    const result = await updateAbbreviation(services, {
      siteId,
      entry,
      form: readForm(request.body),
      t: ctx.t,
      actor: auditActor(request),
    });
    if (result.ok) return reply.redirect(`${BASE}?done=saved`, 303);
    return sendHtml(
      reply,
      <EditPage ctx={ctx} entry={entry} values={result.values} errors={result.errors} />,
      400,
    );
  });

  app.post(`${BASE}/:id/delete`, access, async (request, reply) => {
    const siteId = siteIdOf(request);
    const entry = await entryOf(siteId, idParam(request));
    await deleteAbbreviation(services, { siteId, entry, actor: auditActor(request) });
    return reply.redirect(`${BASE}?done=deleted`, 303);
  });
}
