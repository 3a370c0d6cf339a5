import type { Role } from '../../../db/schema.ts';
import { formatDateTime } from '../../../i18n/dates.ts';
import { roleRequiresTwoFactor } from '../../../platform/roles.ts';
import type { AdminContext } from '../../../web/admin/admin-context.ts';
import { AdminLayout, CsrfField, Notice } from '../../../web/admin/admin-layout.tsx';
import {
  DoneNotice,
  type FieldErrors,
  FormErrors,
  Group,
  PasswordField,
  SelectField,
  SubmitRow,
  TextField,
} from '../../../web/admin/form-kit.tsx';
import { AdminListPage } from '../../../web/admin/list-page.tsx';
import { ScrollRegion } from '../../../web/admin/scroll-region.tsx';
import { ColumnHeads } from '../../../web/column-heads.tsx';
import type { CategoryRecord } from '../../categories/categories.repository.ts';
import { roles, type SiteUser, type UserFormValues } from './users-admin.service.ts';

const when = (ctx: AdminContext, stamp: string | null) =>
  stamp ? formatDateTime(new Date(stamp), ctx.lang) : ctx.t.adminUsers.never;

/** GET /admin/users. */
export function UserListPage(props: { ctx: AdminContext; users: SiteUser[]; done?: unknown }) {
  const { ctx } = props;
  const t = ctx.t.adminUsers;
  return (
    <AdminListPage
      ctx={ctx}
      texts={t}
      add="/admin/users/new"
      done={props.done}
      empty={props.users.length === 0}
    >
      <ScrollRegion label={t.title}>
        <table class="data-table">
          <ColumnHeads labels={[t.name, t.email, t.role, t.twoFactor, t.lastLogin, t.status]} />
          <tbody>
            {props.users.map(({ user, role }) => (
              <tr key={user.id}>
                <td>
                  <a href={`/admin/users/${user.id}`}>{user.display_name}</a>
                </td>
                <td>{user.email}</td>
                <td>{t.roles[role]}</td>
                <td>{user.totp_enabled === 1 ? t.on : t.off}</td>
                <td>{when(ctx, user.last_login_at)}</td>
                <td>
                  <span class="status-badge">{user.is_active === 1 ? t.active : t.inactive}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </AdminListPage>
  );
}

function RoleFields(props: {
  ctx: AdminContext;
  role: string;
  categoryIds: number[];
  categories: CategoryRecord[];
  errors: FieldErrors;
}) {
  const { ctx, errors } = props;
  const t = ctx.t.adminUsers;
  const hintId = 'f-category-ids-hint';
  return (
    <>
      <SelectField
        name="role"
        label={t.role}
        value={props.role}
        error={errors.role}
        required
        placeholder={t.rolePlaceholder}
        options={roles.map((role) => ({ value: role, label: t.roles[role] }))}
      />
      {props.categories.length > 0 ? (
        <fieldset class={errors.category_ids ? 'field field-invalid' : 'field'} aria-describedby={hintId}>
          <legend>{t.categories}</legend>
          <p class="field-hint" id={hintId}>
            {t.categoriesHint}
          </p>
          {props.categories.map((category) => (
            <div key={category.id} class="field-checkbox">
              <input
                type="checkbox"
                id={`f-category-${category.id}`}
                name="category_ids"
                value={String(category.id)}
                checked={props.categoryIds.includes(category.id)}
              />{' '}
              <label for={`f-category-${category.id}`}>{category.texts.vi?.name ?? `#${category.id}`}</label>
            </div>
          ))}
          {errors.category_ids ? <p class="field-error">{errors.category_ids}</p> : null}
        </fieldset>
      ) : null}
    </>
  );
}

/** GET /admin/users/new and its re-display after errors. */
export function NewUserPage(props: {
  ctx: AdminContext;
  values: UserFormValues;
  categoryIds: number[];
  categories: CategoryRecord[];
  errors: FieldErrors;
}) {
  const { ctx, values, errors } = props;
  const t = ctx.t.adminUsers;
  return (
    <AdminLayout ctx={ctx} title={t.newTitle}>
      <p>
        <a href="/admin/users">{ctx.t.adminForms.back}</a>
      </p>
      <h1>{t.newTitle}</h1>
      <FormErrors ctx={ctx} errors={errors} />
      <form method="post" action="/admin/users" class="stack" noValidate>
        <CsrfField ctx={ctx} />
        <TextField
          name="name"
          label={t.name}
          value={values.name ?? ''}
          error={errors.name}
          required
          maxLength={200}
        />
        <TextField
          name="email"
          label={t.email}
          type="email"
          autoComplete="off"
          value={values.email ?? ''}
          error={errors.email}
          required
          maxLength={254}
        />
        <PasswordField
          name="password"
          label={t.password}
          autoComplete="new-password"
          error={errors.password}
          hint={t.passwordHint}
        />
        <RoleFields
          ctx={ctx}
          role={values.role || 'contributor'}
          categoryIds={props.categoryIds}
          categories={props.categories}
          errors={errors}
        />
        <SubmitRow label={ctx.t.admin.save} />
      </form>
    </AdminLayout>
  );
}

/** GET /admin/users/:id: role, category limits, locking and 2FA reset. */
export function EditUserPage(props: {
  ctx: AdminContext;
  target: SiteUser;
  categories: CategoryRecord[];
  errors: FieldErrors;
  role?: string;
  categoryIds?: number[];
  done?: unknown;
  message?: string;
}) {
  const { ctx, target, errors } = props;
  const { user } = target;
  const t = ctx.t.adminUsers;
  const base = `/admin/users/${user.id}`;
  return (
    <AdminLayout ctx={ctx} title={t.editTitle(user.display_name)}>
      <p>
        <a href="/admin/users">{ctx.t.adminForms.back}</a>
      </p>
      <h1>{t.editTitle(user.display_name)}</h1>
      {props.done === 'created' ? (
        <Notice kind="success">{t.created}</Notice>
      ) : (
        <DoneNotice ctx={ctx} done={props.done} />
      )}
      {props.message ? <Notice kind="success">{props.message}</Notice> : null}
      {errors._action ? <Notice kind="error">{errors._action}</Notice> : null}
      {roleRequiresTwoFactor(target.role as Role) && user.totp_enabled !== 1 ? (
        <Notice kind="info">{t.enrolNote}</Notice>
      ) : null}
      <dl class="details">
        <dt>{t.email}</dt>
        <dd>{user.email}</dd>
        <dt>{t.twoFactor}</dt>
        <dd>{user.totp_enabled === 1 ? t.on : t.off}</dd>
        <dt>{t.lastLogin}</dt>
        <dd>{when(ctx, user.last_login_at)}</dd>
        <dt>{t.status}</dt>
        <dd>{user.is_active === 1 ? t.active : t.inactive}</dd>
      </dl>
      <Group legend={t.roleTitle}>
        <FormErrors ctx={ctx} errors={errors} />
        <form method="post" action={base} class="stack" noValidate>
          <CsrfField ctx={ctx} />
          <RoleFields
            ctx={ctx}
            role={props.role ?? target.role}
            categoryIds={props.categoryIds ?? target.categoryIds}
            categories={props.categories}
            errors={errors}
          />
          <SubmitRow label={t.saveRole} />
        </form>
      </Group>
      {ctx.user?.id === user.id ? null : (
        <section class="panel" aria-labelledby="account-actions">
          <h2 id="account-actions">{t.accountTitle}</h2>
          <form method="post" action={`${base}/${user.is_active === 1 ? 'deactivate' : 'reactivate'}`}>
            <CsrfField ctx={ctx} />
            {user.is_active === 1 ? <p>{t.deactivateHint}</p> : null}
            <button type="submit" class={user.is_active === 1 ? 'button button-danger' : 'button'}>
              {user.is_active === 1 ? t.deactivate : t.reactivate}
            </button>
          </form>
          {user.totp_enabled === 1 || user.totp_secret ? (
            <form method="post" action={`${base}/reset-2fa`}>
              <CsrfField ctx={ctx} />
              <p>{t.resetTwoFactorHint}</p>
              <button type="submit" class="button">
                {t.resetTwoFactor}
              </button>
            </form>
          ) : null}
        </section>
      )}
    </AdminLayout>
  );
}
