import type { FastifyInstance } from 'fastify';
import { languages } from '../../../i18n/index.ts';
import { AppError } from '../../../platform/errors.ts';
import type { AppServices } from '../../../platform/services.ts';
import { type AdminContext, adminContext } from '../../../web/admin/admin-context.ts';
import { AdminLayout, CsrfField } from '../../../web/admin/admin-layout.tsx';
import {
  auditActor,
  DoneNotice,
  type FieldErrors,
  FormErrors,
  Group,
  readForm,
  SubmitRow,
  sendHtml,
  TextAreaField,
  TextField,
} from '../../../web/admin/form-kit.tsx';
import {
  localizedFields,
  type SettingsValues,
  saveSettings,
  settingsValues,
} from './settings-admin.service.ts';

type Localized = keyof typeof localizedFields;

function LocalizedFields(props: {
  ctx: AdminContext;
  field: Localized;
  label: string;
  hint?: string;
  values: SettingsValues;
  errors: FieldErrors;
  multiline?: boolean;
}) {
  const f = props.ctx.t.adminForms;
  const rule = localizedFields[props.field];
  return (
    <>
      {languages.map((lang) => {
        const name = `${props.field}_${lang}`;
        const language = f.languageNames[lang];
        const label = `${props.label} - ${rule.required && lang === 'vi' ? language : f.optionalLanguage(language)}`;
        const common = {
          name,
          label,
          value: props.values[name] ?? '',
          error: props.errors[name],
          hint: lang === 'vi' ? props.hint : undefined,
          required: rule.required && lang === 'vi',
          maxLength: rule.max,
          lang,
        };
        return props.multiline ? (
          <TextAreaField key={lang} {...common} rows={2} />
        ) : (
          <TextField key={lang} {...common} />
        );
      })}
    </>
  );
}

function SettingsPage(props: {
  ctx: AdminContext;
  values: SettingsValues;
  errors: FieldErrors;
  done?: unknown;
}) {
  const { ctx, values, errors } = props;
  const s = ctx.t.adminSettings;
  return (
    <AdminLayout ctx={ctx} title={s.title}>
      <h1>{s.title}</h1>
      <DoneNotice ctx={ctx} done={props.done} />
      <FormErrors ctx={ctx} errors={errors} />
      <p>{s.intro}</p>
      <form method="post" action="/admin/settings" class="stack" noValidate>
        <CsrfField ctx={ctx} />
        <Group legend={s.names}>
          <LocalizedFields ctx={ctx} field="name" label={s.name} values={values} errors={errors} />
          <LocalizedFields ctx={ctx} field="unit" label={s.unitName} values={values} errors={errors} />
          <TextField
            name="emblem"
            label={s.emblem}
            value={values.emblem ?? ''}
            error={errors.emblem}
            hint={s.emblemHint}
            maxLength={500}
          />
        </Group>
        <Group legend={s.footer}>
          <LocalizedFields
            ctx={ctx}
            field="responsible"
            label={s.responsible}
            hint={s.responsibleHint}
            values={values}
            errors={errors}
          />
          <LocalizedFields
            ctx={ctx}
            field="address"
            label={s.address}
            values={values}
            errors={errors}
            multiline
          />
          <TextField
            name="phone"
            label={s.phone}
            value={values.phone ?? ''}
            error={errors.phone}
            type="tel"
            autoComplete="tel"
            maxLength={40}
          />
          <TextField
            name="email"
            label={s.email}
            value={values.email ?? ''}
            error={errors.email}
            type="email"
            autoComplete="email"
            maxLength={254}
          />
          <LocalizedFields
            ctx={ctx}
            field="licence"
            label={s.licence}
            hint={s.licenceHint}
            values={values}
            errors={errors}
            multiline
          />
        </Group>
        <TextAreaField
          name="hostnames"
          label={s.hostnames}
          value={values.hostnames ?? ''}
          error={errors.hostnames}
          hint={s.hostnamesHint}
          rows={4}
        />
        <SubmitRow label={ctx.t.admin.save} />
      </form>
    </AdminLayout>
  );
}

const access = { config: { access: { roles: ['admin' as const] } } };

/** /admin/settings: the current site's name, emblem, footer data and hostnames (admin). */
export async function settingsAdminRoutes(app: FastifyInstance, services: AppServices): Promise<void> {
  app.get('/admin/settings', access, async (request, reply) => {
    const ctx = adminContext(request, reply, services);
    const done = (request.query as Record<string, unknown>).done;
    return sendHtml(
      reply,
      <SettingsPage ctx={ctx} values={settingsValues(ctx.site)} errors={{}} done={done} />,
    );
  });

  app.post('/admin/settings', access, async (request, reply) => {
    const ctx = adminContext(request, reply, services);
    const site = services.sites.byId(ctx.site.id);
    if (!site) throw new AppError('NOT_FOUND');
    const result = await saveSettings(services, {
      site,
      form: readForm(request.body),
      t: ctx.t,
      actor: auditActor(request),
    });
    if (result.ok) return reply.redirect('/admin/settings?done=saved', 303);
    return sendHtml(reply, <SettingsPage ctx={ctx} values={result.values} errors={result.errors} />, 400);
  });
}
