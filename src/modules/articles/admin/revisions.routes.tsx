import type { FastifyInstance } from 'fastify';
import { formatDateTime } from '../../../i18n/dates.ts';
import { sendError } from '../../../platform/error-handler.ts';
import type { AppServices } from '../../../platform/services.ts';
import type { AdminContext } from '../../../web/admin/admin-context.ts';
import { adminContext } from '../../../web/admin/admin-context.ts';
import { AdminLayout, CsrfField, Notice } from '../../../web/admin/admin-layout.tsx';
import { sendHtml } from '../../../web/admin/form-kit.tsx';
import { actorOf, idParam, siteIdOf } from '../../../web/admin/request.ts';
import { ScrollRegion } from '../../../web/admin/scroll-region.tsx';
import { ComparisonView } from '../../revisions/diff-view.tsx';
import { compareSnapshots, type RevisionView, revisionsRepository } from '../../revisions/revisions.ts';
import { can, inScope, newsroom } from '../articles.policy.ts';
import { findArticle, inputFromSnapshot, saveArticle } from '../articles.service.ts';
import { isWorkflowStep } from '../workflow.ts';
import { queryText } from './shared.tsx';

/** What a revision records, in the person's language (an unknown note is shown as stored). */
function noteText(ctx: AdminContext, note: string): string {
  const notes = ctx.t.articlesAdmin.revisions.notes;
  const restored = /^restore:(\d+)$/.exec(note);
  if (restored) return notes.restore(Number(restored[1]));
  if (isWorkflowStep(note)) return notes[note];
  return note === 'create' || note === 'save' || note === 'autosave' || note === 'translate'
    ? notes[note]
    : note;
}

function RevisionsPage(props: {
  ctx: AdminContext;
  articleId: number;
  title: string;
  revisions: RevisionView[];
  a?: RevisionView | undefined;
  b?: RevisionView | undefined;
  canRestore: boolean;
  error?: string | undefined;
}) {
  const { ctx, revisions, a, b } = props;
  const t = ctx.t.articlesAdmin;
  const heading = t.revisions.title(props.title);
  // The two radio columns that pick the older (a) and the newer (b) version to compare.
  const sides = [
    ['a', a, t.revisions.chooseOlder],
    ['b', b, t.revisions.chooseNewer],
  ] as const;
  return (
    <AdminLayout ctx={ctx} title={heading}>
      <h1>{heading}</h1>
      <p>
        <a href={`/admin/articles/${props.articleId}/edit`}>{t.actions.edit}</a>
        {' · '}
        <a href="/admin/articles">{t.actions.backToList}</a>
      </p>
      {props.error ? <Notice kind="error">{props.error}</Notice> : null}
      {a && b ? (
        <section class="panel" aria-labelledby="compare-title">
          <h2 id="compare-title">{t.compare.heading(a.version, b.version)}</h2>
          <ComparisonView ctx={ctx} comparison={compareSnapshots(a.data, b.data)} headingLevel={3} />
        </section>
      ) : null}
      <form method="get" action={`/admin/articles/${props.articleId}/revisions`}>
        <ScrollRegion label={heading}>
          <table class="data-table">
            <thead>
              <tr>
                <th scope="col">{t.revisions.version}</th>
                <th scope="col">{t.revisions.at}</th>
                <th scope="col">{t.revisions.by}</th>
                <th scope="col">{t.revisions.note}</th>
                <th scope="col">{t.revisions.older}</th>
                <th scope="col">{t.revisions.newer}</th>
                {props.canRestore ? <td /> : null}
              </tr>
            </thead>
            <tbody>
              {revisions.map((revision) => (
                <tr key={revision.id}>
                  <td>{revision.version}</td>
                  <td>{formatDateTime(new Date(revision.createdAt), ctx.lang)}</td>
                  <td>{revision.authorName || t.revisions.unknownUser}</td>
                  <td>{noteText(ctx, revision.note)}</td>
                  {sides.map(([name, chosen, label]) => (
                    <td key={name}>
                      <input
                        type="radio"
                        name={name}
                        value={String(revision.id)}
                        checked={chosen?.id === revision.id}
                        aria-label={label(revision.version)}
                      />
                    </td>
                  ))}
                  {props.canRestore && isWorkflowStep(revision.note) ? (
                    <td />
                  ) : props.canRestore ? (
                    <td>
                      <button
                        type="submit"
                        form="restore-form"
                        name="revision"
                        value={String(revision.id)}
                        class="button"
                      >
                        {t.revisions.restore(revision.version)}
                      </button>
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
        <p>
          <button type="submit" class="button">
            {t.revisions.compare}
          </button>
        </p>
      </form>
      {props.canRestore ? (
        <form id="restore-form" method="post" action={`/admin/articles/${props.articleId}/revisions/restore`}>
          <CsrfField ctx={ctx} />
        </form>
      ) : null}
    </AdminLayout>
  );
}

/** /admin/articles/:id/revisions: every save, any two compared word by word, an old one restored. */
export async function articleRevisionRoutes(app: FastifyInstance, services: AppServices): Promise<void> {
  app.get('/admin/articles/:id/revisions', newsroom, async (request, reply) => {
    const actor = actorOf(request, services);
    const article = await findArticle(services.db, siteIdOf(request), idParam(request));
    if (!article) return sendError(request, reply, services, 'NOT_FOUND');
    if (!can(actor, 'view', article)) return sendError(request, reply, services, 'FORBIDDEN');
    const revisions = await revisionsRepository(services.db).list(article.id);
    const pick = (key: string) => {
      const id = Number(queryText(request.query, key));
      return revisions.find((revision) => revision.id === id);
    };
    // By default: the latest version against the one before it (workflow steps repeat a version).
    const latest = revisions[0];
    let a = pick('a') ?? revisions.find((revision) => latest && revision.version < latest.version);
    let b = pick('b') ?? latest;
    if (a && b && a.id > b.id) [a, b] = [b, a];
    return sendHtml(
      reply,
      <RevisionsPage
        ctx={adminContext(request, reply, services)}
        articleId={article.id}
        title={article.title}
        revisions={revisions}
        a={a}
        b={b}
        canRestore={can(actor, 'edit', article)}
      />,
    );
  });

  app.post('/admin/articles/:id/revisions/restore', newsroom, async (request, reply) => {
    const actor = actorOf(request, services);
    const article = await findArticle(services.db, siteIdOf(request), idParam(request));
    if (!article) return sendError(request, reply, services, 'NOT_FOUND');
    if (!can(actor, 'edit', article)) return sendError(request, reply, services, 'FORBIDDEN');
    const revisionId = Number((request.body as Record<string, unknown> | undefined)?.revision);
    const revision = Number.isSafeInteger(revisionId)
      ? await revisionsRepository(services.db).find(article.id, revisionId)
      : undefined;
    if (!revision) return sendError(request, reply, services, 'NOT_FOUND');
    if (!inScope(actor.role, revision.data.categoryId))
      return sendError(request, reply, services, 'FORBIDDEN');
    const input = inputFromSnapshot(revision.data, article);
    const saved = await saveArticle(services, article, actor, input, {
      expectedVersion: article.version,
      at: services.clock(),
      note: `restore:${revision.version}`,
    });
    if (saved.kind === 'conflict') return sendError(request, reply, services, 'CONFLICT');
    return reply.redirect(`/admin/articles/${article.id}/edit?done=restore`, 303);
  });
}
