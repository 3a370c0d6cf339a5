import multipart from '@fastify/multipart';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { LanguageCode } from '../../../db/schema.ts';
import type { AppServices } from '../../../platform/services.ts';
import { adminContext } from '../../../web/admin/admin-context.ts';
import { auditActor, sendHtml } from '../../../web/admin/form-kit.tsx';
import { idParam, siteIdOf } from '../../../web/admin/request.ts';
import { editRoles } from '../../collections/definition.ts';
import type { Actor } from '../../collections/service.ts';
import { siteDefinition } from '../../collections/site-options.ts';
import { csrfFromFirstPart, partsOf } from '../../media/upload.ts';
import { legalDocuments } from '../legal-documents.collection.ts';
import { baseName, unpackArchive } from './archive.ts';
import { checkAttachments, createImport, dryRun, progressOf } from './job.ts';
import { type Problem, parseList, templateRows } from './rows.ts';
import { readCsv, readXlsx, writeCsv, writeXlsx } from './sheet.ts';
import { tr } from './texts.ts';
import { IMPORT_BASE, ImportPage, ProgressPage } from './views.tsx';

/**
 * /admin/legal-documents/import: the template, the upload (dry run with "Kiểm tra", the job with
 * "Nhập") and the job's progress page. Same roles as editing documents; CSRF from the form's
 * first part (media/upload.ts), so a file is never read for a forged request.
 */

const MB = 1024 * 1024;
/** The list file and the ZIP of attachments at most. */
export const IMPORT_LIMITS = { listBytes: 10 * MB, zipBytes: 150 * MB } as const;

interface Upload {
  list?: { name: string; bytes: Buffer };
  zip?: { name: string; bytes: Buffer };
  action: string;
  tooLarge?: number;
}

async function readUpload(request: FastifyRequest): Promise<Upload> {
  const upload: Upload = { action: 'check' };
  for await (const part of partsOf(request)) {
    if (part.type === 'field') {
      if (part.fieldname === 'action' && typeof part.value === 'string') upload.action = part.value;
      continue;
    }
    const limit = part.fieldname === 'files' ? IMPORT_LIMITS.zipBytes : IMPORT_LIMITS.listBytes;
    let size = 0;
    const chunks: Buffer[] = [];
    for await (const chunk of part.file as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size <= limit) chunks.push(chunk);
    }
    if (size > limit || part.file.truncated) {
      upload.tooLarge = limit / MB;
      continue;
    }
    if (size === 0) continue;
    const file = { name: part.filename.normalize('NFC'), bytes: Buffer.concat(chunks) };
    if (part.fieldname === 'list') upload.list = file;
    else if (part.fieldname === 'files') upload.zip = file;
  }
  return upload;
}

const whole = (lang: LanguageCode, message: string): Problem[] => [
  { line: 0, column: tr('whole', lang), message },
];

export async function importRoutes(app: FastifyInstance, services: AppServices): Promise<void> {
  const access = { config: { access: { roles: editRoles(legalDocuments) } } };
  const page = (
    request: FastifyRequest,
    reply: FastifyReply,
    props: { problems?: Problem[]; checked?: number },
    status = 200,
  ) => sendHtml(reply, <ImportPage ctx={adminContext(request, reply, services)} {...props} />, status);

  app.get(IMPORT_BASE, access, async (request, reply) => page(request, reply, {}));

  app.get(`${IMPORT_BASE}/template.xlsx`, access, async (_request, reply) =>
    reply
      .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
      .header('content-disposition', 'attachment; filename="mau-nhap-van-ban.xlsx"')
      .header('cache-control', 'private, no-store')
      .send(writeXlsx(templateRows(), 'Văn bản')),
  );
  app.get(`${IMPORT_BASE}/template.csv`, access, async (_request, reply) =>
    reply
      .header('content-type', 'text/csv; charset=utf-8')
      .header('content-disposition', 'attachment; filename="mau-nhap-van-ban.csv"')
      .header('cache-control', 'private, no-store')
      .send(writeCsv(templateRows())),
  );

  app.get(`${IMPORT_BASE}/:id`, access, async (request, reply) => {
    const id = idParam(request);
    const row = await services.db
      .selectFrom('legal_document_imports')
      .select(['id', 'status', 'total', 'error', 'result', 'file_name'])
      .where('id', '=', id)
      .where('site_id', '=', siteIdOf(request))
      .executeTakeFirst();
    if (!row) return reply.callNotFound();
    const ctx = adminContext(request, reply, services);
    return sendHtml(reply, <ProgressPage ctx={ctx} row={row} done={progressOf(id)} />);
  });

  await app.register(async (scope) => {
    await scope.register(multipart, {
      limits: { fileSize: IMPORT_LIMITS.zipBytes, files: 2, fields: 5, fieldSize: 8 * 1024, parts: 8 },
    });
    scope.post(IMPORT_BASE, { ...access, preValidation: csrfFromFirstPart }, async (request, reply) => {
      const ctx = adminContext(request, reply, services);
      const lang = ctx.lang;
      const refuse = (problems: Problem[]) => page(request, reply, { problems }, 422);
      if (!request.isMultipart()) return refuse(whole(lang, tr('noList', lang)));
      const upload = await readUpload(request);
      if (upload.tooLarge) return refuse(whole(lang, tr('tooLarge', lang, { mb: upload.tooLarge })));
      if (!upload.list) return refuse(whole(lang, tr('noList', lang)));
      const isXlsx = /\.xlsx$/i.test(upload.list.name);
      if (!isXlsx && !/\.csv$/i.test(upload.list.name)) return refuse(whole(lang, tr('listType', lang)));
      const sheet = isXlsx ? readXlsx(upload.list.bytes) : readCsv(upload.list.bytes);
      if (!sheet.ok) {
        const key = (
          {
            not_xlsx: 'notXlsx',
            archive: 'notXlsx',
            macro: 'macro',
            not_utf8: 'notUtf8',
            unreadable: 'unreadable',
          } as const
        )[sheet.problem];
        return refuse(whole(lang, tr(key, lang)));
      }
      const archive = new Map<string, Buffer>();
      if (upload.zip) {
        const unpacked = unpackArchive(upload.zip.bytes);
        if (!unpacked.ok) {
          const unsafe = ['entry_name', 'symlink', 'duplicate_name'].includes(unpacked.problem);
          const bomb = ['too_many_entries', 'too_large', 'ratio', 'zip64'].includes(unpacked.problem);
          return refuse(whole(lang, tr(unsafe ? 'zipUnsafe' : bomb ? 'zipBomb' : 'zipBroken', lang)));
        }
        for (const [name, bytes] of unpacked.files)
          if (!archive.has(baseName(name))) archive.set(baseName(name), bytes);
      }
      const siteId = siteIdOf(request);
      const declared = await siteDefinition(services.db, siteId, legalDocuments);
      const parsed = parseList(sheet.rows, new Set(archive.keys()), lang, declared.fields);
      if (!parsed.ok) return refuse(parsed.problems);
      const { actorId, actorLabel, ip } = auditActor(request);
      const actor: Actor = { actorId, actorLabel, ip, role: ctx.role?.role };
      // The rows the cells already condemn are not saved: the rest is checked as saved.
      const condemned = new Set(parsed.problems.map((problem) => problem.line));
      const problems = [
        ...parsed.problems,
        ...checkAttachments(parsed.rows, archive, lang),
        ...(await dryRun(services, {
          siteId,
          actor,
          lang,
          rows: parsed.rows.filter((row) => !condemned.has(row.line)),
        })),
      ].sort((a, b) => a.line - b.line);
      if (problems.length > 0) return refuse(problems);
      if (upload.action !== 'run') return page(request, reply, { checked: parsed.rows.length });
      const id = await createImport(services, {
        siteId,
        actor,
        lang,
        fileName: upload.list.name,
        rows: parsed.rows,
        archive,
      });
      return reply.redirect(`${IMPORT_BASE}/${id}`, 303);
    });
  });
}
