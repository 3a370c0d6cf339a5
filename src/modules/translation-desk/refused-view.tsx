import type { FastifyReply } from 'fastify';
import type { LanguageCode } from '../../db/schema.ts';
import type { AdminContext } from '../../web/admin/admin-context.ts';
import { AdminLayout, Notice } from '../../web/admin/admin-layout.tsx';
import { sendHtml } from '../../web/admin/form-kit.tsx';
import { editUrl } from '../translations/translations.repository.ts';
import type { TranslateResult } from '../translations/translations.service.ts';

type Refusal = Exclude<TranslateResult, { ok: true }>;

/** The page that says why "Thêm bản dịch" was refused; nothing was changed. */
function RefusedPage(props: { ctx: AdminContext; refusal: Refusal; lang: LanguageCode; back: string }) {
  const { ctx, refusal, lang } = props;
  const t = ctx.t.adminTranslations;
  const language = t.inSentence[lang];
  const message =
    refusal.problem === 'sameLanguage'
      ? t.sameLanguage(language)
      : refusal.problem === 'exists'
        ? t.exists(language)
        : t.parentMissing(refusal.parentTitle ?? '', language);
  return (
    <AdminLayout ctx={ctx} title={t.refusedTitle}>
      <h1>{t.refusedTitle}</h1>
      <Notice kind="error">{message}</Notice>
      <p>
        {refusal.existing ? (
          <>
            <a class="button button-primary" href={editUrl(refusal.existing)} lang={refusal.existing.lang}>
              {t.openExisting(language)}
            </a>{' '}
          </>
        ) : null}
        <a class="button" href={props.back}>
          {t.back}
        </a>
      </p>
    </AdminLayout>
  );
}

/** Answers a refused translation: 400 for the item's own language, 409 when it conflicts with what exists. */
export function sendRefusal(
  reply: FastifyReply,
  ctx: AdminContext,
  input: { refusal: Refusal; lang: LanguageCode; back: string },
) {
  const status = input.refusal.problem === 'sameLanguage' ? 400 : 409;
  return sendHtml(
    reply,
    <RefusedPage ctx={ctx} refusal={input.refusal} lang={input.lang} back={input.back} />,
    status,
  );
}
