import type { FastifyInstance, FastifyRequest } from 'fastify';
import { formatDateTime } from '../../i18n/dates.ts';
import type { AppServices } from '../../platform/services.ts';
import { type AdminContext, adminContext } from '../../web/admin/admin-context.ts';
import { AdminLayout, CsrfField, Notice, PostButton } from '../../web/admin/admin-layout.tsx';
import { type FieldErrors, readForm, sendHtml, TextField } from '../../web/admin/form-kit.tsx';
import { ScrollRegion } from '../../web/admin/scroll-region.tsx';
import { ColumnHeads } from '../../web/column-heads.tsx';
import { actorLabel } from './api.context.ts';
import { issueToken, isTokenScope, listTokens, revokeToken, TOKEN_SCOPES, type TokenView } from './tokens.ts';

const ADMIN_ONLY = { config: { access: { roles: ['admin' as const] } } };
const NAME_MAX = 100;

interface FormValues {
  name: string;
  scopes: string[];
  expiresOn: string;
}

/** "2026-12-31" → the end of that day in Viet Nam (UTC+7), as ISO; undefined when not a date. */
export function endOfVietnamDay(value: string): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  if (!match) return undefined;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day)
    return undefined;
  return new Date(Date.UTC(year, month - 1, day + 1, -7)).toISOString();
}

function actor(request: FastifyRequest) {
  return { actorId: request.auth!.user.id, actorLabel: actorLabel(request), ip: request.ip };
}

function TokenList({ ctx, tokens }: { ctx: AdminContext; tokens: TokenView[] }) {
  const t = ctx.t.apiAdmin;
  const when = (iso: string | null) => (iso ? formatDateTime(new Date(iso), ctx.lang) : '');
  if (tokens.length === 0) return <p>{t.none}</p>;
  return (
    <ScrollRegion label={t.list}>
      <table class="data-table">
        <ColumnHeads
          labels={[
            t.colName,
            t.colScopes,
            t.colCreated,
            t.colLastUsed,
            t.colExpires,
            t.colStatus,
            t.colActions,
          ]}
        />
        <tbody>
          {tokens.map((token) => (
            <tr key={token.id}>
              <td>{token.name}</td>
              <td>
                {token.scopes.map((scope) => (
                  <code key={scope}>{scope} </code>
                ))}
              </td>
              <td>{when(token.createdAt)}</td>
              <td>{token.lastUsedAt ? when(token.lastUsedAt) : t.neverUsed}</td>
              <td>{token.expiresAt ? when(token.expiresAt) : t.noExpiry}</td>
              <td>
                <span class="status-badge">{t[token.state]}</span>
              </td>
              <td>
                {token.state === 'active' ? (
                  <PostButton
                    ctx={ctx}
                    action={`/admin/api-tokens/${token.id}/revoke`}
                    label={t.revoke}
                    class="button button-danger"
                    ariaLabel={t.revokeLabel(token.name)}
                  />
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

function TokensPage(props: {
  ctx: AdminContext;
  tokens: TokenView[];
  values: FormValues;
  errors: FieldErrors;
  issued?: string;
  notice?: string;
}) {
  const { ctx, values, errors } = props;
  const t = ctx.t.apiAdmin;
  const scopeError = errors.scopes;
  return (
    <AdminLayout ctx={ctx} title={t.title}>
      <h1>{t.title}</h1>
      <p>{t.intro}</p>
      <p>
        <a href="/api/v1/docs">{t.docsLink}</a>
      </p>
      {props.notice ? <Notice kind="success">{props.notice}</Notice> : null}
      {props.issued ? (
        <div class="notice notice-success" role="status">
          <p>{t.issued}</p>
          <label for="new-token">{t.tokenLabel}</label>
          <input
            id="new-token"
            type="text"
            readOnly
            value={props.issued}
            class="totp-key"
            autoComplete="off"
          />
          <p>{t.usage('Authorization: Bearer …')}</p>
        </div>
      ) : null}
      {Object.keys(errors).length > 0 ? <Notice kind="error">{ctx.t.admin.formErrors}</Notice> : null}
      <section class="panel" aria-labelledby="issue-title">
        <h2 id="issue-title">{t.issueTitle}</h2>
        <form method="post" action="/admin/api-tokens" class="stack" noValidate>
          <CsrfField ctx={ctx} />
          <TextField
            name="name"
            label={t.name}
            hint={t.nameHint}
            value={values.name}
            error={errors.name}
            required
            maxLength={NAME_MAX}
          />
          <fieldset
            class={scopeError ? 'field field-invalid' : 'field'}
            aria-describedby={scopeError ? 'f-scopes-error' : undefined}
          >
            <legend>{t.scopes}</legend>
            {TOKEN_SCOPES.map((scope) => (
              <div class="field-checkbox" key={scope}>
                <input
                  id={`f-scope-${scope.replace(':', '-')}`}
                  type="checkbox"
                  name="scopes"
                  value={scope}
                  checked={values.scopes.includes(scope)}
                />{' '}
                <label for={`f-scope-${scope.replace(':', '-')}`}>{t.scopeLabels[scope]}</label>
              </div>
            ))}
            {scopeError ? (
              <p class="field-error" id="f-scopes-error">
                {scopeError}
              </p>
            ) : null}
          </fieldset>
          <TextField
            name="expires_on"
            type="date"
            label={t.expiresOn}
            hint={t.expiresHint}
            value={values.expiresOn}
            error={errors.expires_on}
          />
          <p>
            <button type="submit" class="button button-primary">
              {t.issue}
            </button>
          </p>
        </form>
      </section>
      <section aria-labelledby="list-title">
        <h2 id="list-title">{t.list}</h2>
        <TokenList ctx={ctx} tokens={props.tokens} />
      </section>
    </AdminLayout>
  );
}

const EMPTY: FormValues = { name: '', scopes: [], expiresOn: '' };

/** /admin/api-tokens: administrators issue (shown once), list and revoke the site's API tokens. */
export async function tokenAdminRoutes(app: FastifyInstance, services: AppServices): Promise<void> {
  app.get('/admin/api-tokens', ADMIN_ONLY, async (request, reply) => {
    const ctx = adminContext(request, reply, services);
    const tokens = await listTokens(services.db, ctx.site.id, services.clock());
    const done = (request.query as { done?: unknown }).done;
    const notice = done === 'revoked' ? ctx.t.apiAdmin.revokedNotice : undefined;
    return sendHtml(
      reply,
      <TokensPage ctx={ctx} tokens={tokens} values={EMPTY} errors={{}} {...(notice ? { notice } : {})} />,
    );
  });

  app.post('/admin/api-tokens', ADMIN_ONLY, async (request, reply) => {
    const ctx = adminContext(request, reply, services);
    const t = ctx.t.apiAdmin;
    const form = readForm(request.body);
    const values: FormValues = {
      name: form.text('name', 500).trim(),
      scopes: form.list('scopes'),
      expiresOn: form.text('expires_on', 20).trim(),
    };
    const errors: FieldErrors = {};
    if (!values.name) errors.name = t.nameRequired;
    else if (values.name.length > NAME_MAX) errors.name = t.nameTooLong(NAME_MAX);
    const scopes = values.scopes.filter(isTokenScope);
    if (scopes.length === 0 || scopes.length !== values.scopes.length) errors.scopes = t.scopesRequired;
    let expiresAt: string | null = null;
    if (values.expiresOn) {
      const end = endOfVietnamDay(values.expiresOn);
      if (!end || Date.parse(end) <= services.clock().getTime()) errors.expires_on = t.expiryInvalid;
      else expiresAt = end;
    }
    if (Object.keys(errors).length > 0) {
      const tokens = await listTokens(services.db, ctx.site.id, services.clock());
      return sendHtml(reply, <TokensPage ctx={ctx} tokens={tokens} values={values} errors={errors} />, 400);
    }
    const issued = await issueToken(services, {
      siteId: ctx.site.id,
      name: values.name,
      scopes,
      expiresAt,
      actor: actor(request),
    });
    const tokens = await listTokens(services.db, ctx.site.id, services.clock());
    return sendHtml(
      reply,
      <TokensPage ctx={ctx} tokens={tokens} values={EMPTY} errors={{}} issued={issued.token} />,
    );
  });

  app.post('/admin/api-tokens/:id/revoke', ADMIN_ONLY, async (request, reply) => {
    const site = request.site!;
    const id = Number((request.params as { id: string }).id);
    const revoked =
      Number.isSafeInteger(id) &&
      id > 0 &&
      (await revokeToken(services, { siteId: site.id, id, actor: actor(request) }));
    return reply.redirect(revoked ? '/admin/api-tokens?done=revoked' : '/admin/api-tokens', 303);
  });
}
