import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { UserRow } from '../../../db/schema.ts';
import { formatDateTime } from '../../../i18n/dates.ts';
import { isLanguage, languages, messages } from '../../../i18n/index.ts';
import type { AppServices } from '../../../platform/services.ts';
import { type AdminContext, adminContext } from '../../../web/admin/admin-context.ts';
import { AdminLayout, CsrfField, Notice, PostButton } from '../../../web/admin/admin-layout.tsx';
import {
  auditActor,
  DoneNotice,
  type FieldErrors,
  FormErrors,
  Group,
  issuesToErrors,
  PasswordField,
  readForm,
  SelectField,
  SubmitRow,
  sendHtml,
  TextField,
} from '../../../web/admin/form-kit.tsx';
import { changeOwnPassword, updateOwnProfile } from '../users.service.ts';

function AccountPage(props: {
  ctx: AdminContext;
  user: UserRow;
  profile: { display_name: string; locale: string };
  profileErrors?: FieldErrors;
  passwordErrors?: FieldErrors;
  done?: unknown;
}) {
  const { ctx, user } = props;
  const t = ctx.t.adminAccount;
  const profileErrors = props.profileErrors ?? {};
  const passwordErrors = props.passwordErrors ?? {};
  return (
    <AdminLayout ctx={ctx} title={t.title}>
      <h1>{t.title}</h1>
      {props.done === 'password' ? <Notice kind="success">{t.passwordChanged}</Notice> : null}
      <DoneNotice ctx={ctx} done={props.done} />
      <Group legend={t.profile}>
        <FormErrors ctx={ctx} errors={profileErrors} />
        <form method="post" action="/admin/account" class="stack" noValidate>
          <CsrfField ctx={ctx} />
          <TextField
            name="display_name"
            label={t.displayName}
            value={props.profile.display_name}
            error={profileErrors.display_name}
            required
            maxLength={200}
            autoComplete="name"
          />
          <SelectField
            name="locale"
            label={t.locale}
            value={props.profile.locale}
            error={profileErrors.locale}
            options={languages.map((code) => ({ value: code, label: messages(code).languageName }))}
          />
          <SubmitRow label={t.saveProfile} />
        </form>
      </Group>
      <Group legend={t.passwordTitle}>
        <FormErrors ctx={ctx} errors={passwordErrors} />
        <form method="post" action="/admin/account/password" class="stack" noValidate>
          <CsrfField ctx={ctx} />
          <PasswordField
            name="current_password"
            label={t.currentPassword}
            autoComplete="current-password"
            error={passwordErrors.current_password}
          />
          <PasswordField
            name="new_password"
            label={t.newPassword}
            autoComplete="new-password"
            error={passwordErrors.new_password}
            hint={ctx.t.auth.passwordHint}
          />
          <PasswordField
            name="confirm_password"
            label={t.confirmPassword}
            autoComplete="new-password"
            error={passwordErrors.confirm_password}
          />
          <SubmitRow label={t.changePassword} />
        </form>
      </Group>
      <section class="panel" aria-labelledby="security-title">
        <h2 id="security-title">{t.securityTitle}</h2>
        <p>{user.totp_enabled === 1 ? t.twoFactorOn : t.twoFactorOff}</p>
        {user.totp_enabled === 1 ? null : (
          <p>
            <a class="button" href="/admin/account/2fa">
              {t.enableTwoFactor}
            </a>
          </p>
        )}
        {user.last_login_at ? (
          <p>{t.lastLogin(formatDateTime(new Date(user.last_login_at), ctx.lang))}</p>
        ) : null}
        <PostButton ctx={ctx} action="/admin/account/sessions/revoke" label={ctx.t.admin.logoutEverywhere} />
      </section>
    </AdminLayout>
  );
}

/** /admin/account: every signed-in person's name, interface language and password. */
export async function accountRoutes(app: FastifyInstance, services: AppServices): Promise<void> {
  const access = { config: { access: 'user' as const } };

  app.get('/admin/account', access, async (request, reply) => {
    const ctx = adminContext(request, reply, services);
    const user = request.auth!.user;
    return sendHtml(
      reply,
      <AccountPage
        ctx={ctx}
        user={user}
        profile={{ display_name: user.display_name, locale: user.locale }}
        done={(request.query as Record<string, unknown>).done}
      />,
    );
  });

  app.post('/admin/account', access, async (request, reply) => {
    const user = request.auth!.user;
    const form = readForm(request.body);
    const profile = { display_name: form.text('display_name', 300), locale: form.text('locale', 10) };
    const ctx = adminContext(request, reply, services);
    const f = ctx.t.adminForms;
    const parsed = z
      .object({
        display_name: z.string().trim().min(1, f.required).max(200, f.tooLong(200)),
        locale: z.string().refine(isLanguage, f.choiceInvalid),
      })
      .safeParse(profile);
    if (!parsed.success) {
      const errors = issuesToErrors(parsed.error);
      return sendHtml(
        reply,
        <AccountPage ctx={ctx} user={user} profile={profile} profileErrors={errors} />,
        400,
      );
    }
    await updateOwnProfile(services.db, {
      user,
      displayName: parsed.data.display_name,
      locale: parsed.data.locale as UserRow['locale'],
      actor: auditActor(request),
      at: services.clock(),
    });
    return reply.redirect('/admin/account?done=saved', 303);
  });

  app.post(
    '/admin/account/password',
    { config: { access: 'user', rateLimit: { max: 10, timeWindow: '15 minutes' } } },
    async (request, reply) => {
      const auth = request.auth!;
      const user = auth.user;
      const ctx = adminContext(request, reply, services);
      const t = ctx.t.adminAccount;
      const form = readForm(request.body);
      const result = await changeOwnPassword(services.db, {
        user,
        current: form.text('current_password', 1000),
        next: form.text('new_password', 1000),
        confirm: form.text('confirm_password', 1000),
        keepSession: auth.session?.id_hash,
        actor: auditActor(request),
        at: services.clock(),
      });
      if (!result.ok) {
        const { current, next, confirm } = result.problems;
        const errors: FieldErrors = {};
        const required = ctx.t.adminForms.required;
        if (current) errors.current_password = current === 'wrong' ? t.wrongPassword : required;
        if (next)
          errors.new_password =
            next === 'required' ? required : next.map((problem) => ctx.t.auth[problem]).join(' ');
        if (confirm) errors.confirm_password = t.mismatch;
        const profile = { display_name: user.display_name, locale: user.locale };
        return sendHtml(
          reply,
          <AccountPage ctx={ctx} user={user} profile={profile} passwordErrors={errors} />,
          400,
        );
      }
      return reply.redirect('/admin/account?done=password', 303);
    },
  );
}
