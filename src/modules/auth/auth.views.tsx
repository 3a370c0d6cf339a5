import QRCode from 'qrcode';
import { totpUri } from '../../platform/totp.ts';
import type { AdminContext } from '../../web/admin/admin-context.ts';
import { AdminLayout, CsrfField, Field, Notice } from '../../web/admin/admin-layout.tsx';

// The sign-in screens: login, second factor, enrolment, forgotten and new password.

/** The one-time code form: authenticator codes (and, at login, recovery codes). */
function CodeForm(props: { ctx: AdminContext; action: string; maxLength: number }) {
  const t = props.ctx.t.auth;
  return (
    <form method="post" action={props.action} class="stack">
      <CsrfField ctx={props.ctx} />
      <Field id="code" label={t.code}>
        <input
          id="code"
          name="code"
          inputMode="numeric"
          autoComplete="one-time-code"
          required
          maxLength={props.maxLength}
        />
      </Field>
      <button type="submit" class="button button-primary">
        {t.verify}
      </button>
    </form>
  );
}

export function LoginPage(props: {
  ctx: AdminContext;
  email?: string;
  error?: string;
  next: string;
  fieldErrors?: { email?: string; password?: string };
}) {
  const { ctx } = props;
  const t = ctx.t.auth;
  return (
    <AdminLayout ctx={ctx} title={t.loginTitle} bare>
      <h1>{t.loginTitle}</h1>
      {props.error ? <Notice kind="error">{props.error}</Notice> : null}
      <form
        method="post"
        action={`/admin/login?next=${encodeURIComponent(props.next)}`}
        class="stack"
        noValidate
      >
        <CsrfField ctx={ctx} />
        <Field id="email" label={t.email} error={props.fieldErrors?.email}>
          <input
            id="email"
            name="email"
            type="email"
            autoComplete="username"
            required
            value={props.email ?? ''}
            aria-invalid={props.fieldErrors?.email ? 'true' : undefined}
            aria-describedby={props.fieldErrors?.email ? 'email-error' : undefined}
          />
        </Field>
        <Field id="password" label={t.password} error={props.fieldErrors?.password}>
          <input
            id="password"
            name="password"
            type="password"
            autoComplete="current-password"
            required
            aria-invalid={props.fieldErrors?.password ? 'true' : undefined}
            aria-describedby={props.fieldErrors?.password ? 'password-error' : undefined}
          />
        </Field>
        <button type="submit" class="button button-primary">
          {t.submit}
        </button>
      </form>
      <p>
        <a href="/admin/password/forgot">{t.forgot}</a>
      </p>
    </AdminLayout>
  );
}

export function CodePage(props: { ctx: AdminContext; error?: string }) {
  const t = props.ctx.t.auth;
  return (
    <AdminLayout ctx={props.ctx} title={t.twoFactorTitle} bare>
      <h1>{t.twoFactorTitle}</h1>
      <p>{t.twoFactorIntro}</p>
      {props.error ? <Notice kind="error">{props.error}</Notice> : null}
      <CodeForm ctx={props.ctx} action="/admin/login/2fa" maxLength={20} />
    </AdminLayout>
  );
}

export async function EnrolPage(props: { ctx: AdminContext; secret: string; email: string; error?: string }) {
  const t = props.ctx.t.auth;
  const uri = totpUri(props.secret, props.email, 'Đình');
  const qr = await QRCode.toDataURL(uri, { margin: 1, width: 220 });
  return (
    <AdminLayout ctx={props.ctx} title={t.enrolTitle} bare>
      <h1>{t.enrolTitle}</h1>
      <p>{t.enrolIntro}</p>
      {props.error ? <Notice kind="error">{props.error}</Notice> : null}
      <img src={qr} alt={t.qrAlt} width="220" height="220" class="qr" />
      <p>
        {t.manualKey}
        {props.ctx.t.colon}
        <code class="totp-key">{props.secret.replace(/(.{4})/g, '$1 ').trim()}</code>
      </p>
      <CodeForm ctx={props.ctx} action="/admin/account/2fa" maxLength={7} />
    </AdminLayout>
  );
}

export function ForgotPage(props: { ctx: AdminContext; sent?: boolean; error?: string }) {
  const t = props.ctx.t.auth;
  return (
    <AdminLayout ctx={props.ctx} title={t.forgotTitle} bare>
      <h1>{t.forgotTitle}</h1>
      {props.sent ? (
        <Notice kind="success">{t.forgotSent}</Notice>
      ) : (
        <>
          <p>{t.forgotIntro}</p>
          {props.error ? <Notice kind="error">{props.error}</Notice> : null}
          <form method="post" action="/admin/password/forgot" class="stack">
            <CsrfField ctx={props.ctx} />
            <Field id="email" label={t.email}>
              <input id="email" name="email" type="email" autoComplete="username" required />
            </Field>
            <button type="submit" class="button button-primary">
              {t.send}
            </button>
          </form>
        </>
      )}
    </AdminLayout>
  );
}

export function ResetPage(props: { ctx: AdminContext; token: string; invalid: boolean; errors?: string[] }) {
  const t = props.ctx.t.auth;
  return (
    <AdminLayout ctx={props.ctx} title={t.resetTitle} bare>
      <h1>{t.resetTitle}</h1>
      {props.invalid ? (
        <Notice kind="error">
          {t.resetInvalid} <a href="/admin/password/forgot">{t.forgotTitle}</a>
        </Notice>
      ) : (
        <form method="post" action="/admin/password/reset" class="stack">
          <CsrfField ctx={props.ctx} />
          <input type="hidden" name="token" value={props.token} />
          <Field id="password" label={t.newPassword} hint={t.passwordHint} error={props.errors?.join(' ')}>
            <input
              id="password"
              name="password"
              type="password"
              autoComplete="new-password"
              required
              minLength={12}
              aria-describedby={props.errors?.length ? 'password-hint password-error' : 'password-hint'}
              aria-invalid={props.errors?.length ? 'true' : undefined}
            />
          </Field>
          <button type="submit" class="button button-primary">
            {props.ctx.t.admin.save}
          </button>
        </form>
      )}
    </AdminLayout>
  );
}
