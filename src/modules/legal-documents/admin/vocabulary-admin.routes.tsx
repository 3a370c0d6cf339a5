import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { LanguageCode } from '../../../db/schema.ts';
import { AppError } from '../../../platform/errors.ts';
import type { AppServices } from '../../../platform/services.ts';
import { type AdminContext, adminContext } from '../../../web/admin/admin-context.ts';
import { AdminLayout, CsrfField, Notice, PostButton } from '../../../web/admin/admin-layout.tsx';
import {
  auditActor,
  type FieldErrors,
  FormErrors,
  readForm,
  SubmitRow,
  sendHtml,
  TextField,
} from '../../../web/admin/form-kit.tsx';
import { siteIdOf } from '../../../web/admin/request.ts';
import { ScrollRegion } from '../../../web/admin/scroll-region.tsx';
import { ColumnHeads } from '../../../web/column-heads.tsx';
import { readList, type SiteEntry, VOCABULARY_LISTS, type VocabularyList } from '../site-vocabulary.ts';
import {
  type ChangeAction,
  CODE,
  CODE_MAX,
  changeVocabulary,
  type EntryValues,
  NAME_MAX,
  readEntryForm,
  usageCounts,
} from './vocabulary-admin.service.ts';
import { listIntros, listNames, vocabularyWords as w } from './vocabulary-messages.ts';

/** The registry's lists screen: site administrators only (CSRF by the access hook). */
export const VOCABULARY_BASE = '/admin/legal-documents/settings';
const access = { config: { access: { roles: ['admin' as const] } } };
const EMPTY: EntryValues = { code: '', name_vi: '', name_en: '', name_zh: '' };

interface ListView {
  list: VocabularyList;
  entries: SiteEntry[];
  used: Map<string, number>;
}

function NameFields(props: { lang: LanguageCode; values: EntryValues; errors: FieldErrors; id: string }) {
  const { lang, values, errors, id } = props;
  return (
    <>
      <TextField
        id={`${id}-vi`}
        name="name_vi"
        label={w.nameVi[lang]}
        value={values.name_vi}
        error={errors.name_vi}
        required
        maxLength={NAME_MAX}
        autoComplete="off"
        lang="vi"
      />
      <TextField
        id={`${id}-en`}
        name="name_en"
        label={w.nameEn[lang]}
        hint={w.otherNamesHint[lang]}
        value={values.name_en}
        error={errors.name_en}
        maxLength={NAME_MAX}
        autoComplete="off"
        lang="en"
      />
      <TextField
        id={`${id}-zh`}
        name="name_zh"
        label={w.nameZh[lang]}
        hint={w.otherNamesHint[lang]}
        value={values.name_zh}
        error={errors.name_zh}
        maxLength={NAME_MAX}
        autoComplete="off"
        lang="zh"
      />
    </>
  );
}

function Row(props: { ctx: AdminContext; view: ListView; entry: SiteEntry; index: number }) {
  const { ctx, view, entry, index } = props;
  const lang = ctx.lang;
  const base = `${VOCABULARY_BASE}/${view.list}/${entry.code}`;
  const name = entry.name.vi;
  const used = view.used.get(entry.code) ?? 0;
  const post = (action: ChangeAction, label: string, aria: string, danger = false) => (
    <PostButton
      ctx={ctx}
      action={`${base}/${action}`}
      label={label}
      ariaLabel={aria}
      class={danger ? 'button button-danger' : 'button'}
    />
  );
  return (
    <tr class={entry.retired ? 'is-retired' : undefined}>
      <td>
        <strong lang="vi">{entry.name.vi}</strong>
        {entry.retired ? ` (${w.retired[lang].toLocaleLowerCase(lang)})` : ''}
        <br />
        <small>
          <span lang="en">{entry.name.en}</span> · <span lang="zh">{entry.name.zh}</span>
          <br />
          {w.code[lang]}: <code>{entry.code}</code>
        </small>
      </td>
      <td class="numeric">{used}</td>
      <td>
        <div class="button-row">
          <a class="button" href={base} aria-label={w.editLabel(name)[lang]}>
            {w.edit[lang]}
          </a>
          {index > 0 ? post('up', w.up[lang], w.upLabel(name)[lang]) : null}
          {index < view.entries.length - 1 ? post('down', w.down[lang], w.downLabel(name)[lang]) : null}
          {entry.retired
            ? post('restore', w.restore[lang], w.restoreLabel(name)[lang])
            : post('retire', w.retire[lang], w.retireLabel(name)[lang])}
          {used === 0 ? post('delete', w.delete[lang], w.deleteLabel(name)[lang], true) : null}
        </div>
      </td>
    </tr>
  );
}

function ListSection(props: { ctx: AdminContext; view: ListView; values: EntryValues; errors: FieldErrors }) {
  const { ctx, view } = props;
  const lang = ctx.lang;
  const id = `list-${view.list}`;
  return (
    <section aria-labelledby={`${id}-title`} id={id}>
      <h2 id={`${id}-title`}>{listNames[view.list][lang]}</h2>
      <p>{listIntros[view.list][lang]}</p>
      {view.entries.some((entry) => entry.stored) ? null : <p class="hint">{w.defaultsNote[lang]}</p>}
      <ScrollRegion label={listNames[view.list][lang]}>
        <table class="data-table">
          <ColumnHeads labels={[w.colEntry[lang], w.colUsed[lang], w.colActions[lang]]} />
          <tbody>
            {view.entries.map((entry, index) => (
              <Row key={entry.code} ctx={ctx} view={view} entry={entry} index={index} />
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      <details class="panel" open={Object.keys(props.errors).length > 0}>
        <summary>{w.addTitle(view.list)[lang]}</summary>
        <form method="post" action={`${VOCABULARY_BASE}/${view.list}`} class="stack" noValidate>
          <CsrfField ctx={ctx} />
          <TextField
            id={`${id}-code`}
            name="code"
            label={w.code[lang]}
            hint={w.codeHint[lang]}
            value={props.values.code}
            error={props.errors.code}
            required
            maxLength={CODE_MAX}
            autoComplete="off"
          />
          <NameFields lang={lang} values={props.values} errors={props.errors} id={id} />
          <SubmitRow label={w.add[lang]} />
        </form>
      </details>
    </section>
  );
}

function SettingsPage(props: {
  ctx: AdminContext;
  views: ListView[];
  /** The list whose add form failed, with what was typed. */
  failed?: { list: VocabularyList; values: EntryValues };
  errors: FieldErrors;
  done?: unknown;
}) {
  const { ctx } = props;
  const lang = ctx.lang;
  return (
    <AdminLayout ctx={ctx} title={w.title[lang]}>
      <p>
        <a href="/admin/legal-documents">{ctx.t.adminForms.back}</a>
      </p>
      <h1>{w.title[lang]}</h1>
      {props.done === 'saved' ? <Notice kind="success">{w.saved[lang]}</Notice> : null}
      <FormErrors ctx={ctx} errors={props.errors} />
      <p>{w.intro[lang]}</p>
      {props.views.map((view) => {
        const failed = props.failed?.list === view.list;
        return (
          <ListSection
            key={view.list}
            ctx={ctx}
            view={view}
            values={failed ? props.failed!.values : EMPTY}
            errors={failed ? props.errors : {}}
          />
        );
      })}
    </AdminLayout>
  );
}

function EditPage(props: {
  ctx: AdminContext;
  list: VocabularyList;
  entry: SiteEntry;
  values: EntryValues;
  errors: FieldErrors;
}) {
  const { ctx, list, entry } = props;
  const lang = ctx.lang;
  const title = w.editTitle(entry.name.vi)[lang];
  return (
    <AdminLayout ctx={ctx} title={title}>
      <p>
        <a href={`${VOCABULARY_BASE}#list-${list}`}>{w.back[lang]}</a>
      </p>
      <h1>{title}</h1>
      <FormErrors ctx={ctx} errors={props.errors} />
      <p>
        {listNames[list][lang]} · {w.code[lang]}: <code>{entry.code}</code>
        {entry.retired ? ` · ${w.retired[lang]}` : ''}
      </p>
      <form method="post" action={`${VOCABULARY_BASE}/${list}/${entry.code}`} class="stack" noValidate>
        <CsrfField ctx={ctx} />
        <NameFields lang={lang} values={props.values} errors={props.errors} id="edit" />
        <SubmitRow label={ctx.t.admin.save} />
      </form>
    </AdminLayout>
  );
}

const valuesOf = (entry: SiteEntry): EntryValues => ({
  code: entry.code,
  name_vi: entry.name.vi,
  name_en: entry.name.en,
  name_zh: entry.name.zh,
});

/**
 * /admin/legal-documents/settings: the site's document types, sections and fields — add, rename
 * in three languages, reorder, retire, delete what no document uses (vocabulary-admin.service.ts).
 */
export async function vocabularyAdminRoutes(app: FastifyInstance, services: AppServices): Promise<void> {
  const listParam = (request: FastifyRequest): VocabularyList => {
    const list = (request.params as { list?: string }).list;
    const found = VOCABULARY_LISTS.find((candidate) => candidate === list);
    if (!found) throw new AppError('NOT_FOUND');
    return found;
  };
  const codeParam = (request: FastifyRequest): string => {
    const code = (request.params as { code?: string }).code ?? '';
    return CODE.test(code) && code.length <= CODE_MAX ? code : '';
  };
  const views = async (siteId: number): Promise<ListView[]> =>
    Promise.all(
      VOCABULARY_LISTS.map(async (list) => ({
        list,
        entries: await readList(services.db, siteId, list),
        used: await usageCounts(services.db, siteId, list),
      })),
    );
  const page = async (
    request: FastifyRequest,
    reply: FastifyReply,
    input: {
      errors?: FieldErrors;
      failed?: { list: VocabularyList; values: EntryValues };
      status?: number;
    } = {},
  ) => {
    const ctx = adminContext(request, reply, services);
    return sendHtml(
      reply,
      <SettingsPage
        ctx={ctx}
        views={await views(siteIdOf(request))}
        errors={input.errors ?? {}}
        done={(request.query as { done?: unknown }).done}
        {...(input.failed ? { failed: input.failed } : {})}
      />,
      input.status ?? 200,
    );
  };

  app.get(VOCABULARY_BASE, access, async (request, reply) => page(request, reply));

  app.post(`${VOCABULARY_BASE}/:list`, access, async (request, reply) => {
    const ctx = adminContext(request, reply, services);
    const list = listParam(request);
    const values = readEntryForm(readForm(request.body));
    const result = await changeVocabulary(services, {
      siteId: siteIdOf(request),
      list,
      action: 'add',
      values,
      lang: ctx.lang,
      actor: auditActor(request),
    });
    if (result.ok) return reply.redirect(`${VOCABULARY_BASE}?done=saved#list-${list}`, 303);
    return page(request, reply, { errors: result.errors, failed: { list, values }, status: result.status });
  });

  const entryOf = async (request: FastifyRequest) => {
    const list = listParam(request);
    const code = codeParam(request);
    const entry = (await readList(services.db, siteIdOf(request), list)).find((item) => item.code === code);
    if (!entry) throw new AppError('NOT_FOUND');
    return { list, entry };
  };

  app.get(`${VOCABULARY_BASE}/:list/:code`, access, async (request, reply) => {
    const ctx = adminContext(request, reply, services);
    const { list, entry } = await entryOf(request);
    return sendHtml(
      reply,
      <EditPage ctx={ctx} list={list} entry={entry} values={valuesOf(entry)} errors={{}} />,
    );
  });

  app.post(`${VOCABULARY_BASE}/:list/:code`, access, async (request, reply) => {
    const ctx = adminContext(request, reply, services);
    const { list, entry } = await entryOf(request);
    const values = { ...readEntryForm(readForm(request.body)), code: entry.code };
    const result = await changeVocabulary(services, {
      siteId: siteIdOf(request),
      list,
      action: 'rename',
      code: entry.code,
      values,
      lang: ctx.lang,
      actor: auditActor(request),
    });
    if (result.ok) return reply.redirect(`${VOCABULARY_BASE}?done=saved#list-${list}`, 303);
    return sendHtml(
      reply,
      <EditPage ctx={ctx} list={list} entry={entry} values={values} errors={result.errors} />,
      result.status,
    );
  });

  for (const action of ['up', 'down', 'retire', 'restore', 'delete'] as const)
    app.post(`${VOCABULARY_BASE}/:list/:code/${action}`, access, async (request, reply) => {
      const ctx = adminContext(request, reply, services);
      const list = listParam(request);
      const result = await changeVocabulary(services, {
        siteId: siteIdOf(request),
        list,
        action,
        code: codeParam(request),
        lang: ctx.lang,
        actor: auditActor(request),
      });
      if (result.ok) return reply.redirect(`${VOCABULARY_BASE}?done=saved#list-${list}`, 303);
      return page(request, reply, { errors: result.errors, status: result.status });
    });
}
